/** Who a registration is for: a member, or a newcomer invited from their installation request. */
export const registrantContactSelect = {
  membership: { select: { user: { select: { name: true, email: true, locale: true } } } },
  request: { select: { id: true, reference: true, firstName: true, lastName: true, email: true, locale: true } },
} as const;

type WithContact = {
  membership: { user: { name: string | null; email: string; locale: string } } | null;
  request: {
    id: string;
    reference: string;
    firstName: string;
    lastName: string;
    email: string;
    locale: string;
  } | null;
};

export function registrantContact(r: WithContact): {
  name: string;
  email: string;
  /** The language their emails are written in. */
  locale: string;
  newcomerRequestId: string | null;
  reference: string | null;
} {
  if (r.membership)
    return {
      name: r.membership.user.name ?? "",
      email: r.membership.user.email,
      locale: r.membership.user.locale,
      newcomerRequestId: null,
      reference: null,
    };
  if (r.request)
    return {
      name: `${r.request.firstName} ${r.request.lastName}`,
      email: r.request.email,
      locale: r.request.locale,
      newcomerRequestId: r.request.id,
      reference: r.request.reference,
    };
  throw new Error("A registration has neither a member nor a newcomer");
}
