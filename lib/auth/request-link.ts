import "server-only";

import { EMAIL_PROVIDER_ID } from "./config";
import { signIn } from "./index";
import { signInMailContext, type SignInMailOutcome } from "./sign-in-context";

/** Asks Auth.js for a magic link and reports whether the email left at once (else it is queued for retry). */
export async function requestSignInLinkFor(email: string, redirectTo: string): Promise<{ delivered: boolean }> {
  const outcome: SignInMailOutcome = { delivered: null };
  await signInMailContext.run(outcome, () => signIn(EMAIL_PROVIDER_ID, { email, redirectTo, redirect: false }));
  return { delivered: outcome.delivered === true };
}
