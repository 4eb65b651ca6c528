import type { Adapter, AdapterUser } from "next-auth/adapters";

import type { Space } from "@/lib/auth/spaces";
import { db } from "@/lib/db";

import { lastSeenDue, sessionLimitReached } from "./session-limits";

type DbUser = {
  id: string;
  email: string;
  name: string | null;
  emailVerified: Date | null;
  image: string | null;
  isPlatformAdmin?: boolean;
};

/** What the session carries beyond Auth.js's user: read with the session, in the same statement. */
export type SessionExtras = {
  isPlatformAdmin: boolean;
  locale: string;
  spaces: Space[];
  /** A TOTP is set up for this person. */
  secondFactorEnrolled: boolean;
};

function toAdapterUser(user: DbUser): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified, image: user.image };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The browser that opens a session, shown in the profile's list of sessions (best effort). */
async function requestUserAgent(): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return ((await headers()).get("user-agent") ?? "").slice(0, 300);
  } catch {
    return "";
  }
}

/** Auth.js adapter on our own tables: only what email sign-in with database sessions needs. */
export function authAdapter(): Adapter {
  return {
    async createUser(user) {
      const email = normaliseEmail(user.email);
      const created = await db.user.upsert({
        where: { email },
        update: { emailVerified: user.emailVerified ?? new Date() },
        create: {
          email,
          name: user.name ?? null,
          emailVerified: user.emailVerified ?? new Date(),
          image: user.image ?? null,
        },
      });
      return toAdapterUser(created);
    },
    async getUser(id) {
      const user = await db.user.findUnique({ where: { id } });
      return user ? toAdapterUser(user) : null;
    },
    async getUserByEmail(email) {
      const user = await db.user.findUnique({ where: { email: normaliseEmail(email) } });
      return user ? toAdapterUser(user) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: true },
      });
      return account ? toAdapterUser(account.user) : null;
    },
    async updateUser({ id, ...data }) {
      const user = await db.user.update({
        where: { id },
        data: {
          ...(data.name !== undefined ? { name: data.name } : {}),
          ...(data.emailVerified !== undefined ? { emailVerified: data.emailVerified } : {}),
          ...(data.image !== undefined ? { image: data.image } : {}),
        },
      });
      return toAdapterUser(user);
    },
    async linkAccount(account) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
        },
      });
    },
    async createSession(session) {
      return db.session.create({
        data: {
          sessionToken: session.sessionToken,
          userId: session.userId,
          expires: session.expires,
          userAgent: await requestUserAgent(),
        },
        select: { sessionToken: true, userId: true, expires: true },
      });
    },
    // Staff sessions end after 2 hours idle or 12 hours in all (members keep long sessions): the
    // session row is deleted, so every later request of that cookie is signed out.
    async getSessionAndUser(sessionToken) {
      // One statement (relation joins): the session, its user and the user's active spaces for the header.
      const found = await db.session.findUnique({
        where: { sessionToken },
        select: {
          id: true,
          sessionToken: true,
          userId: true,
          expires: true,
          createdAt: true,
          lastSeenAt: true,
          secondFactorAt: true,
          user: {
            include: {
              memberships: {
                where: { status: "ACTIVE" },
                orderBy: { createdAt: "asc" },
                take: 20,
                select: { role: true, tenant: { select: { slug: true, name: true } } },
              },
            },
          },
        },
      });
      if (!found) return null;
      const { user, createdAt, lastSeenAt, ...session } = found;
      // Staff sessions have idle and absolute limits; members keep long sessions.
      const isStaff = user.isPlatformAdmin || user.memberships.some((m) => m.role !== "MEMBER");
      const now = new Date();
      if (sessionLimitReached({ createdAt, lastSeenAt }, isStaff, now)) {
        await db.session.deleteMany({ where: { sessionToken } });
        return null;
      }
      if (lastSeenDue({ createdAt, lastSeenAt }, now)) {
        await db.session.updateMany({ where: { sessionToken }, data: { lastSeenAt: now } });
      }
      const extras: SessionExtras = {
        isPlatformAdmin: user.isPlatformAdmin,
        locale: user.locale,
        spaces: user.memberships.map((m) => ({ tenantSlug: m.tenant.slug, tenantName: m.tenant.name, role: m.role })),
        secondFactorEnrolled: !!user.totpEnabledAt,
      };
      return { session, user: { ...toAdapterUser(user), ...extras } };
    },
    async updateSession({ sessionToken, expires }) {
      const updated = await db.session.updateMany({ where: { sessionToken }, data: expires ? { expires } : {} });
      if (updated.count === 0) return null;
      return db.session.findUnique({
        where: { sessionToken },
        select: { sessionToken: true, userId: true, expires: true },
      });
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
    // A new link makes the older links of that address useless: only the latest email works.
    async createVerificationToken(token) {
      const identifier = normaliseEmail(token.identifier);
      await db.$transaction([
        db.verificationToken.deleteMany({ where: { identifier } }),
        db.verificationToken.create({ data: { identifier, token: token.token, expires: token.expires } }),
      ]);
      return token;
    },
    // Deleting on lookup makes each link single use, whether or not it has expired.
    async useVerificationToken({ identifier, token }) {
      const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
        DELETE FROM "VerificationToken"
        WHERE "identifier" = ${normaliseEmail(identifier)} AND "token" = ${token}
        RETURNING "identifier", "token", "expires"`;
      return rows[0] ?? null;
    },
  };
}
