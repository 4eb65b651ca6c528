import type { NextAuthConfig } from "next-auth";

import { getEnv } from "@/lib/env";
import { logUnexpected } from "@/lib/forms/log-unexpected";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { requestLocale } from "@/lib/i18n/request-locale";
import { acceptPendingInvitations } from "@/lib/invitations/accept";
import { sendPlatformEmailNow } from "@/lib/mail/outbox";
import { signInEmail } from "@/lib/mail/templates/sign-in";

import { authAdapter, type SessionExtras } from "./adapter";
import { normaliseIdentifier } from "./identifier";
import { signInMailContext } from "./sign-in-context";

export const SIGN_IN_LINK_MINUTES = 10;
export const EMAIL_PROVIDER_ID = "email";

/** The link in the email opens our confirmation page; only its button reaches Auth.js's callback. */
export function confirmationUrlFor(callbackUrl: string, appUrl: string): string {
  const original = new URL(callbackUrl);
  const confirm = new URL("/login/confirm", appUrl);
  confirm.searchParams.set("token", original.searchParams.get("token") ?? "");
  confirm.searchParams.set("email", original.searchParams.get("email") ?? "");
  confirm.searchParams.set("callbackUrl", safeRedirectPath(original.searchParams.get("callbackUrl"), appUrl));
  return confirm.toString();
}

export function authConfig(): NextAuthConfig {
  const env = getEnv();
  const secure = env.APP_URL.startsWith("https://");
  return {
    adapter: authAdapter(),
    secret: env.AUTH_SECRET,
    trustHost: true,
    basePath: "/api/auth",
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    useSecureCookies: secure,
    pages: { signIn: "/login", verifyRequest: "/login/check", error: "/login/error" },
    // A used or expired link is an expected outcome shown to the person, not a server error.
    logger: {
      error(error) {
        if (error.name === "Verification" || (error as { type?: string }).type === "Verification") return;
        logUnexpected("Auth.js", error);
      },
    },
    providers: [
      {
        id: EMAIL_PROVIDER_ID,
        name: "E-mail",
        type: "email",
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        from: env.MAIL_FROM,
        options: {},
        normalizeIdentifier: normaliseIdentifier,
        async sendVerificationRequest({ identifier, url }) {
          const link = confirmationUrlFor(url, env.APP_URL);
          const outcome = await sendPlatformEmailNow({
            to: identifier,
            ...signInEmail({ url: link, minutes: SIGN_IN_LINK_MINUTES, locale: await requestLocale() }),
          });
          const store = signInMailContext.getStore();
          if (store) store.delivered = outcome.delivered;
        },
      },
    ],
    callbacks: {
      // Redirects use the public address (APP_URL), never the host a proxy or the server guessed.
      redirect({ url }) {
        return new URL(safeRedirectPath(url, env.APP_URL), env.APP_URL).toString();
      },
      // What /api/auth/session answers: never the session token (the cookie is httpOnly for a reason);
      // the session's id (to tell it in the list of sessions), whether it passed the second factor, and what
      // the adapter read with it (platform role, language, spaces: one statement per request).
      session({ session, user }) {
        const row = session as unknown as { id?: string; secondFactorAt?: Date | null };
        const {
          isPlatformAdmin = false,
          locale = "fr",
          spaces = [],
          secondFactorEnrolled = false,
        } = user as Partial<SessionExtras>;
        return {
          user: {
            id: user.id,
            email: user.email,
            name: user.name,
            image: user.image,
            isPlatformAdmin,
            locale,
            spaces,
            secondFactorEnrolled,
          },
          expires: session.expires,
          sessionId: row.id ?? null,
          secondFactorPassed: !!row.secondFactorAt,
        } as unknown as typeof session;
      },
    },
    events: {
      // The invitation link is redeemed on the first sign-in of the invited address.
      async signIn({ user }) {
        if (user.id && user.email) await acceptPendingInvitations({ id: user.id, email: user.email });
      },
    },
  };
}
