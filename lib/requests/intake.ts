import { createHash } from "node:crypto";

import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ActionError } from "@/lib/forms/result";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NeedType } from "@/lib/generated/prisma/enums";
import { toLocale } from "@/lib/i18n/config";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { newRequestStaffEmail, requestReceivedEmail } from "@/lib/mail/templates/requests";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import { NEED_TYPES, type TIntake } from "./intake-schema";
import { staffRequestUrl, trackingUrl } from "./links";

export const RATE_LIMITS = { perEmailPerHour: 3, perIpPerHour: 10 };

export type IntakeTenant = {
  id: string;
  slug: string;
  name: string;
  referencePrefix: string;
  firstResponseDays: number;
};
export type IntakeResult = { reference: string | null; duplicate: boolean };

export function hashIp(ip: string): string {
  return createHash("sha256").update(`${getEnv().AUTH_SECRET}:${ip}`).digest("hex");
}

async function nextReference(tx: Tx, tenant: IntakeTenant, year: number): Promise<string> {
  // The upsert takes a row lock on (tenant, year): concurrent submissions get consecutive numbers.
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "RequestCounter" ("tenantId", "year", "value") VALUES (${tenant.id}, ${year}, 1)
    ON CONFLICT ("tenantId", "year") DO UPDATE SET "value" = "RequestCounter"."value" + 1
    RETURNING "value"`;
  return `${tenant.referencePrefix}-${year}-${String(row.value).padStart(4, "0")}`;
}

async function assertUnderRateLimits(tenantId: string, email: string, ipHash: string) {
  const since = new Date(Date.now() - 60 * 60 * 1000);
  const [byEmail, byIp] = await Promise.all([
    db.installationRequest.count({ where: { tenantId, email, createdAt: { gt: since } } }),
    db.installationRequest.count({ where: { tenantId, submitterIpHash: ipHash, createdAt: { gt: since } } }),
  ]);
  if (byEmail >= RATE_LIMITS.perEmailPerHour || byIp >= RATE_LIMITS.perIpPerHour) {
    throw new ActionError("requests.errors.rateLimited");
  }
}

function needRows(needs: TIntake["needs"]) {
  return NEED_TYPES.flatMap((type) => {
    const details = needs[type];
    return details ? [{ type: type as NeedType, details: details as Prisma.InputJsonValue }] : [];
  });
}

/**
 * Records a newcomer's request with its needs, timeline and emails (outbox) in one transaction.
 * The same draft submitted twice (double click, network retry) yields the same request.
 */
export async function submitIntake(
  tenant: IntakeTenant,
  input: TIntake,
  /** `locale`: the language the newcomer used (their emails are written in it), French by default. */
  meta: { ip: string; locale?: string },
  now = new Date(),
): Promise<IntakeResult> {
  if (input.website) return { reference: null, duplicate: false }; // a bot: answer as if all went well
  const existing = await db.installationRequest.findUnique({
    where: { tenantId_idempotencyKey: { tenantId: tenant.id, idempotencyKey: input.idempotencyKey } },
    select: { reference: true },
  });
  if (existing) return { reference: existing.reference, duplicate: true };
  const ipHash = hashIp(meta.ip);
  await assertUnderRateLimits(tenant.id, input.identity.email, ipHash);

  try {
    return await db.$transaction(async (tx) => {
      const reference = await nextReference(tx, tenant, now.getUTCFullYear());
      const token = newLinkToken();
      const { identity, project, household } = input;
      const request = await tx.installationRequest.create({
        data: {
          tenantId: tenant.id,
          reference,
          locale: toLocale(meta.locale),
          firstName: identity.firstName,
          lastName: identity.lastName,
          email: identity.email,
          phone: identity.phone,
          profession: identity.profession,
          specialty: identity.specialty || null,
          practiceMode: identity.practiceMode,
          currentCity: project.currentCity,
          currentCountry: project.currentCountry,
          desiredArrivalDate: project.desiredArrivalDate ? new Date(`${project.desiredArrivalDate}T00:00:00Z`) : null,
          practiceArea: project.practiceArea,
          household: {
            partner: household.hasPartner ? { profession: household.partnerProfession || null } : null,
            children: household.children,
          },
          message: input.message || "",
          consentAt: now,
          commitmentAcceptedAt: now,
          trackingTokenHash: hashLinkToken(token),
          idempotencyKey: input.idempotencyKey,
          submitterIpHash: ipHash,
          needs: { createMany: { data: needRows(input.needs).map((n) => ({ ...n, tenantId: tenant.id })) } },
        },
        select: { id: true },
      });
      const applicant = `${identity.firstName} ${identity.lastName}`;
      await tx.requestEvent.create({
        data: {
          tenantId: tenant.id,
          requestId: request.id,
          actorLabel: applicant,
          type: "request.created",
          public: true,
        },
      });
      await recordAudit(tx, {
        tenantId: tenant.id,
        actorId: null,
        action: "request.created",
        targetType: "InstallationRequest",
        targetId: request.id,
        details: { reference },
      });
      await queueTenantEmail(tx, {
        tenantId: tenant.id,
        kind: "request.received",
        to: identity.email,
        ...requestReceivedEmail({
          locale: meta.locale,
          tenantName: tenant.name,
          firstName: identity.firstName,
          reference,
          trackingUrl: trackingUrl(tenant.slug, token),
          firstResponseDays: tenant.firstResponseDays,
        }),
      });
      const staff = await tx.membership.findMany({
        where: { tenantId: tenant.id, status: "ACTIVE", role: { in: ["COORDINATOR", "STAFF"] } },
        select: { user: { select: { email: true, locale: true } } },
      });
      for (const { user } of staff) {
        await queueTenantEmail(tx, {
          tenantId: tenant.id,
          kind: "request.new",
          to: user.email,
          ...newRequestStaffEmail({
            tenantName: tenant.name,
            reference,
            applicant,
            locale: user.locale,
            profession: identity.profession,
            requestUrl: staffRequestUrl(tenant.slug, request.id),
          }),
        });
      }
      return { reference, duplicate: false };
    });
  } catch (error) {
    // Two identical submissions raced: the loser returns the winner's request.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.installationRequest.findUnique({
        where: { tenantId_idempotencyKey: { tenantId: tenant.id, idempotencyKey: input.idempotencyKey } },
        select: { reference: true },
      });
      if (winner) return { reference: winner.reference, duplicate: true };
    }
    throw error;
  }
}
