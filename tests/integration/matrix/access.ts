/**
 * The route × role matrix (issue 10, §8), as data: who reaches each page, route handler and server
 * action of the app, called with tenant A's real ids. `tests/integration/route-role-matrix.int.test.ts`
 * lists every page and route of `app/` and every export of every "use server" module, and fails on any
 * of them without an entry here, or whose answer differs.
 *
 * One line per entry, grouped by feature:
 *   "page /[tenant]/admin/requests/[id]": "staff",
 *   "route GET /[tenant]/portal/events/[id]/ics": "portalRoute",
 *   "action lib/events/actions.ts#createEventAction": "staff",
 * The value is a profile, optionally followed by exceptions: "signedIn; memberA=redirect".
 *
 * Callers: anonymous, memberA, staffA, coordinatorA (tenant A), staffB, memberB (tenant B, calling A's
 * URLs), newcomer (signed in, no membership), platformAdmin (second factor passed).
 * Answers: ok, signIn (sent to sign in / 401 / errors.signedOut), forbidden (403 page / errors.forbidden),
 * notFound (404 / errors.notFound), redirect (somewhere else than sign-in), skip (not called: say why).
 * For an action, "ok" means its wrapper let the caller through (a call without input then gets the
 * validation answer, and changes nothing).
 *
 * Path parameters come from tenant A's real rows by the segment before them (see PARAM_SOURCES in the
 * test): `events/[id]` is an event of A, `requests/[id]` a request of A, `track/[token]` its tracking token
 * (pages only: actions get an unknown token, so that a token-holder's action never runs in the matrix).
 */
export const PROFILES = {
  public: { all: "ok" },
  signedIn: { all: "ok", anonymous: "signIn" },
  portal: { all: "forbidden", anonymous: "signIn", memberA: "ok", staffA: "ok", coordinatorA: "ok" },
  staff: { all: "forbidden", anonymous: "signIn", staffA: "ok", coordinatorA: "ok" },
  coordinator: { all: "forbidden", anonymous: "signIn", coordinatorA: "ok" },
  platform: { all: "forbidden", anonymous: "signIn", platformAdmin: "ok" },
  /** Route handlers reveal nothing: a refusal is the same 404 as "does not exist". */
  staffRoute: { all: "notFound", anonymous: "signIn", staffA: "ok", coordinatorA: "ok" },
  portalRoute: { all: "notFound", anonymous: "signIn", memberA: "ok", staffA: "ok", coordinatorA: "ok" },
  /** Public by token: without the token (the matrix never passes a real one), nobody gets anything. */
  notFound: { all: "notFound" },
  redirect: { all: "redirect" },
  skip: { all: "skip" },
} as const;

export const ACCESS: Record<string, Record<string, string>> = {
  foundation: {
    "page /": "public",
    "page /[tenant]": "public",
    "page /espace":
      "signedIn; memberA=redirect; staffA=redirect; coordinatorA=redirect; staffB=redirect; memberB=redirect; platformAdmin=redirect",
    "route GET /api/health": "public",
    "route GET /api/ready": "public",
    "action lib/i18n/actions.ts#switchLocaleAction": "skip: sets a cookie, needs a request (e2e workspace.spec.ts)",
  },
  signIn: {
    "page /login": "public",
    "page /login/check": "public",
    "page /login/confirm": "public",
    "page /login/error": "public",
    "route GET /api/auth/[...nextauth]":
      "skip: Auth.js's handler (tests/integration/sign-in-hardening.int.test.ts, e2e sign-in-hardening.spec.ts)",
    "route POST /api/auth/[...nextauth]": "skip: Auth.js's handler (same)",
    "action lib/auth/actions.ts#requestSignInLink": "public",
    "action lib/auth/actions.ts#signOutAction": "skip: signs the request's cookie out (e2e foundation.spec.ts)",
  },
  security: {
    "page /espace/securite": "signedIn",
    "page /login/second-factor": "signedIn",
    "action lib/auth/security-actions.ts#startTotpEnrolmentAction": "signedIn",
    "action lib/auth/security-actions.ts#confirmTotpEnrolmentAction": "signedIn",
    "action lib/auth/security-actions.ts#verifySecondFactorAction": "signedIn",
    "action lib/auth/security-actions.ts#regenerateRecoveryCodesAction": "signedIn",
    "action lib/auth/security-actions.ts#disableSecondFactorAction": "signedIn",
    "action lib/auth/security-actions.ts#endSessionAction": "signedIn",
    "action lib/auth/security-actions.ts#endOtherSessionsAction": "signedIn",
    "action lib/auth/tenant-security-actions.ts#requireStaffSecondFactorAction": "coordinator",
  },
  platform: {
    "page /platform": "platform",
    "action lib/platform/actions.ts#createTenantAction": "platform",
  },
  settings: {
    "page /[tenant]/admin/settings": "coordinator",
    "action lib/settings/actions.ts#saveTenantSettings": "coordinator",
  },
  workspace: {
    "page /[tenant]/admin": "staff",
    "page /[tenant]/admin/emails": "staff",
    "action lib/mail/actions.ts#retryEmail": "staff",
  },
  invitations: {
    "action lib/invitations/actions.ts#inviteMember": "staff",
    "action lib/invitations/actions.ts#revokePendingInvitation": "staff",
    "action lib/invitations/actions.ts#acceptInvitation": "public",
  },
  requests: {
    "page /[tenant]/installation": "public",
    "page /[tenant]/installation/merci": "public",
    "page /[tenant]/track/[token]": "public",
    "page /mes-demandes": "signedIn",
    "page /[tenant]/admin/requests": "staff",
    "page /[tenant]/admin/requests/[id]": "staff",
    "action lib/requests/intake-actions.ts#submitInstallationRequest": "public",
    "action lib/requests/tracking-actions.ts#sendNewcomerReply": "public",
    "action lib/requests/tracking-actions.ts#updateNewcomerContact": "public",
    "action lib/requests/tracking-actions.ts#withdrawRequest": "notFound",
    "action lib/requests/tracking-actions.ts#requestDataDeletion": "notFound",
    "action lib/requests/mine-actions.ts#emailMyTrackingLinkAction": "signedIn",
    "action lib/requests/staff-actions.ts#changeRequestStage": "staff",
    "action lib/requests/staff-actions.ts#addRequestNote": "staff",
    "action lib/requests/staff-actions.ts#sendRequestMessage": "staff",
    "action lib/requests/staff-actions.ts#updateRequestNeed": "staff",
    "action lib/requests/staff-actions.ts#assignRequest": "staff",
    "action lib/requests/staff-actions.ts#reissueTrackingLink": "staff",
    "action lib/requests/staff-actions.ts#anonymiseRequest": "coordinator",
    "action lib/requests/staff-actions.ts#revokeTrackingLink": "staff",
    "action lib/requests/staff-actions.ts#setRequestPriority": "staff",
    "action lib/events/actions.ts#inviteNewcomerToEvent": "staff",
    "action lib/events/actions.ts#unregisterNewcomerFromEvent": "staff",
  },
  members: {
    "page /[tenant]/admin/members": "staff",
    "page /[tenant]/admin/members/[id]": "staff",
    "page /[tenant]/admin/members/import": "staff",
    "page /[tenant]/portal": "portal",
    "page /[tenant]/portal/profile": "portal",
    "page /[tenant]/portal/directory": "portal",
    "page /[tenant]/invitation/[token]": "public",
    "action lib/members/actions.ts#changeRole": "coordinator",
    "action lib/members/actions.ts#removeMember": "coordinator",
    "action lib/members/actions.ts#saveMemberDetails": "staff",
    "action lib/members/actions.ts#recordDues": "staff",
    "action lib/members/actions.ts#changeMemberStatus": "coordinator",
    "action lib/members/actions.ts#importMembersCsv": "staff",
    "action lib/members/profile-actions.ts#saveMyProfile": "portal",
    "action lib/members/profile-actions.ts#addToMyHousehold": "portal",
    "action lib/members/profile-actions.ts#removeFromMyHousehold": "portal",
  },
  events: {
    "page /[tenant]/admin/events": "staff",
    "page /[tenant]/admin/events/[id]": "staff",
    "page /[tenant]/portal/events": "portal",
    "route GET /[tenant]/admin/events/[id]/registrations.csv": "staffRoute",
    "route GET /[tenant]/portal/events/[id]/ics": "portalRoute",
    "route GET /[tenant]/calendar/[token]": "notFound",
    "action lib/events/actions.ts#createEvent": "staff",
    "action lib/events/actions.ts#updateEvent": "staff",
    "action lib/events/actions.ts#checkInRegistration": "staff",
    "action lib/events/actions.ts#messageRegistrants": "staff",
    "action lib/events/actions.ts#cancelWholeEvent": "staff",
    "action lib/events/actions.ts#registerToEvent": "portal",
    "action lib/events/actions.ts#cancelMyRegistration": "portal",
    "action lib/events/actions.ts#createMyCalendarFeed": "portal",
    "action lib/events/actions.ts#revokeMyCalendarFeed": "portal",
  },
  offers: {
    "page /[tenant]/admin/partners": "staff",
    "page /[tenant]/admin/partners/[id]": "staff",
    "page /[tenant]/admin/partners/offers/[id]": "staff",
    "page /[tenant]/portal/offers": "portal",
    "page /[tenant]/unsubscribe/[token]": "notFound",
    "route GET /[tenant]/unsubscribe/[token]/one-click": "redirect",
    "route POST /[tenant]/unsubscribe/[token]/one-click": "notFound",
    "action lib/offers/actions.ts#createPartner": "staff",
    "action lib/offers/actions.ts#updatePartner": "staff",
    "action lib/offers/actions.ts#createOffer": "staff",
    "action lib/offers/actions.ts#updateOffer": "staff",
    "action lib/offers/actions.ts#changeOfferStatus": "staff",
    "action lib/offers/actions.ts#revealOffer": "portal",
    "action lib/offers/actions.ts#claimOffer": "portal",
  },
};
