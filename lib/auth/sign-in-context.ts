import { AsyncLocalStorage } from "node:async_hooks";

// Carries the outcome of the sign-in email from Auth.js's sendVerificationRequest back to our server
// action, so that the person is told the truth: sent now, or queued for retry.
export type SignInMailOutcome = { delivered: boolean | null };

export const signInMailContext = new AsyncLocalStorage<SignInMailOutcome>();
