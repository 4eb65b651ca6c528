import type { NextAuthConfig } from "next-auth";
import { getEnv } from "@/lib/env";
import { sendPlatformEmailNow } from "@/lib/mail/outbox";
import { signInEmail } from "@/lib/mail/templates/sign-in";
import { acceptPendingInvitations } from "@/lib/invitations/accept";
import { authAdapter, normaliseEmail } from "./adapter";
import { signInMailContext } from "./sign-in-context";

export const SIGN_IN_LINK_MINUTES = 10;
export const EMAIL_PROVIDER_ID = "email";

/** The link in the email opens our confirmation page; only its button reaches Auth.js's callback. */
export function confirmationUrlFor(callbackUrl: string, appUrl: string): string {
  const original = new URL(callbackUrl);
  const confirm = new URL("/login/confirm", appUrl);
  for (const key of ["token", "email", "callbackUrl"]) {
    const value = original.searchParams.get(key);
    if (value) confirm.searchParams.set(key, value);
  }
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
    providers: [
      {
        id: EMAIL_PROVIDER_ID,
        name: "E-mail",
        type: "email",
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        from: env.MAIL_FROM,
        options: {},
        normalizeIdentifier: (identifier: string) => normaliseEmail(identifier),
        async sendVerificationRequest({ identifier, url }) {
          const link = confirmationUrlFor(url, env.APP_URL);
          const outcome = await sendPlatformEmailNow({ to: identifier, ...signInEmail({ url: link, minutes: SIGN_IN_LINK_MINUTES }) });
          const store = signInMailContext.getStore();
          if (store) store.delivered = outcome.delivered;
        },
      },
    ],
    callbacks: {
      session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
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
