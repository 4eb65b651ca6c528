import { randomUUID } from "node:crypto";

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NeedType } from "@/lib/generated/prisma/enums";
import type { TIntake } from "@/lib/requests/intake-schema";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import { intakeInput } from "../intake";

type RequestOverrides = Partial<
  Omit<Prisma.InstallationRequestUncheckedCreateInput, "tenantId" | "needs" | "trackingTokenHash">
> & {
  /** The needs as the intake form sends them (details per type); the intake's three by default, `{}` for none. */
  needs?: TIntake["needs"];
};

/**
 * A newcomer's request of the tenant, written directly in a few short statements (the intake's own
 * transaction, emails and limits are tested with `submitIntake`): Camille Martin, a midwife, with the
 * intake form's needs and the public "request.created" line of the timeline. Its tracking link works:
 * `token` is the secret whose hash is stored.
 */
export async function createTestRequest(tenantId: string, overrides: RequestOverrides = {}) {
  const { needs = intakeInput().needs, ...fields } = overrides;
  const unique = randomUUID().slice(0, 8);
  const token = newLinkToken();
  const now = new Date();
  const request = await db.installationRequest.create({
    data: {
      reference: `T-${now.getUTCFullYear()}-${unique}`,
      firstName: "Camille",
      lastName: "Martin",
      email: `camille.${unique}@exemple.test`,
      phone: "+33 6 12 34 56 78",
      profession: "SAGE_FEMME",
      practiceMode: "LIBERAL",
      currentCity: "Lyon",
      currentCountry: "France",
      desiredArrivalDate: new Date("2027-03-01T00:00:00Z"),
      practiceArea: "Saint-Laurent-du-Maroni",
      consentAt: now,
      commitmentAcceptedAt: now,
      idempotencyKey: randomUUID(),
      submitterIpHash: `test-${unique}`,
      ...fields,
      tenantId,
      trackingTokenHash: hashLinkToken(token),
      needs: {
        createMany: {
          data: Object.entries(needs).map(([type, details]) => ({
            tenantId,
            type: type as NeedType,
            details: details as Prisma.InputJsonValue,
          })),
        },
      },
      events: { create: { tenantId, actorLabel: "Camille Martin", type: "request.created", public: true } },
    },
    select: { id: true, reference: true, email: true, needs: { select: { id: true, type: true } } },
  });
  return { ...request, token };
}

type NeedOverrides = Partial<Omit<Prisma.RequestNeedUncheckedCreateInput, "tenantId" | "requestId">>;

/** A need of a request (temporary housing, to do, by default). */
export function createTestNeed(tenantId: string, requestId: string, overrides: NeedOverrides = {}) {
  return db.requestNeed.create({
    data: {
      type: "TEMPORARY_HOUSING",
      details: { from: "2027-03-01", to: "2027-05-31", budget: 900, notes: "" },
      ...overrides,
      tenantId,
      requestId,
    },
    select: { id: true, type: true, status: true },
  });
}

type MessageOverrides = Partial<Omit<Prisma.RequestMessageUncheckedCreateInput, "tenantId" | "requestId">>;

/** A message of a request's thread, seen by the staff and the newcomer (the newcomer's, by default). */
export function createTestMessage(tenantId: string, requestId: string, overrides: MessageOverrides = {}) {
  return db.requestMessage.create({
    data: { author: "NEWCOMER", body: "Bonjour, avez-vous des nouvelles ?", ...overrides, tenantId, requestId },
    select: { id: true, author: true, body: true },
  });
}

type NoteOverrides = Partial<Omit<Prisma.RequestNoteUncheckedCreateInput, "tenantId" | "requestId">>;

/** An internal note of the staff on a request (never shown to the newcomer). */
export function createTestNote(tenantId: string, requestId: string, overrides: NoteOverrides = {}) {
  return db.requestNote.create({
    data: { body: "Appelée le 3 : préfère Saint-Laurent.", ...overrides, tenantId, requestId },
    select: { id: true, body: true },
  });
}

type CheckInOverrides = Partial<
  Omit<Prisma.FollowUpCheckInUncheckedCreateInput, "tenantId" | "requestId" | "tokenHash">
>;

/** A follow-up check-in of a request (3 months, sent now, unanswered, link valid 30 days); `token` opens it. */
export async function createTestCheckIn(tenantId: string, requestId: string, overrides: CheckInOverrides = {}) {
  const token = newLinkToken();
  const checkIn = await db.followUpCheckIn.create({
    data: {
      milestone: 3,
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
      ...overrides,
      tenantId,
      requestId,
      tokenHash: hashLinkToken(token),
    },
    select: { id: true, milestone: true },
  });
  return { ...checkIn, token };
}
