export const SECOND_FACTOR_PATH = "/login/second-factor";
export const SECURITY_PATH = "/espace/securite";

/** The page that asks for the code (or sets the second factor up), then goes back where the person was. */
export function secondFactorPath(returnTo: string): string {
  return `${SECOND_FACTOR_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`;
}
