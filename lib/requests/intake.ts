import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { ActionError } from "@/lib/forms/result";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NeedType } from "@/lib/generated/prisma/enums";
import { keyedHash } from "@/lib/http/client-address";
import { toLocale } from "@/lib/i18n/config";
import { queueTenantEmail } from "@/lib/mail/outbox";
import { requestReceivedEmail } from "@/lib/mail/templates/requests";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";

import { NEED_TYPES, type TIntake } from "./intake-schema";
import { trackingUrl } from "./links";
import { scheduleStaffNotification } from "./staff-notification";

/** Per hour and tenant: per address, per client address, and for the whole tenant (floods that rotate addresses). */
export const RATE_LIMITS = { perEmailPerHour: 3, perIpPerHour: 10, perTenantPerHour: 60 };

export type IntakeTenant = {
  id: string;
  slug: string;
  name: string;
  referencePrefix: string;
  firstResponseDays: number;
};
export type IntakeResult = { reference: string | null; duplicate: boolean };

export function hashIp(ip: string): string {
  return keyedHash(getEnv().CLIENT_ADDRESS_SECRET, "ip", ip);
}

async function nextReference(tx: Tx, tenant: IntakeTenant, year: number): Promise<string> {
  // The upsert takes a row lock on (tenant, year): concurrent submissions get consecutive numbers.
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "RequestCounter" ("tenantId", "year", "value") VALUES (${tenant.id}, ${year}, 1)
    ON CONFLICT ("tenantId", "year") DO UPDATE SET "value" = "RequestCounter"."value" + 1
    RETURNING "value"`;
  return `${tenant.referencePrefix}-${year}-${String(row.value).padStart(4, "0")}`;
}

/**
 * Inside the writing transaction, under a per-tenant lock: simultaneous submissions are counted one
 * after the other, so none can slip under a limit that the others are about to reach.
 */
async function assertUnderRateLimits(
  tx: Tx,
  tenantId: string,
  { email, ipHash, now }: { email: string; ipHash: string; now: Date },
) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`intake:${tenantId}`}, 0))`;
  const createdAt = { gt: new Date(now.getTime() - 60 * 60 * 1000) };
  const byTenant = await tx.installationRequest.count({ where: { tenantId, createdAt } });
  const byEmail = await tx.installationRequest.count({ where: { tenantId, email, createdAt } });
  const byIp = await tx.installationRequest.count({ where: { tenantId, submitterIpHash: ipHash, createdAt } });
  if (
    byEmail >= RATE_LIMITS.perEmailPerHour ||
    byIp >= RATE_LIMITS.perIpPerHour ||
    byTenant >= RATE_LIMITS.perTenantPerHour
  ) {
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
  { now = new Date(), ...meta }: { ip: string; locale?: string; now?: Date },
): Promise<IntakeResult> {
  if (input.website) return { reference: null, duplicate: false }; // a bot: answer as if all went well
  const existing = await db.installationRequest.findUnique({
    where: { tenantId_idempotencyKey: { tenantId: tenant.id, idempotencyKey: input.idempotencyKey } },
    select: { reference: true },
  });
  if (existing) return { reference: existing.reference, duplicate: true };
  const ipHash = hashIp(meta.ip);

  try {
    return await db.$transaction(async (tx) => {
      await assertUnderRateLimits(tx, tenant.id, { email: input.identity.email, ipHash, now });
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
      // The staff hear of it in a grouped email a few minutes later (one per flood, not one per request).
      await scheduleStaffNotification(tx, tenant.id);
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
