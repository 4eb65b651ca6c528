import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's links, without prefetching. Every page is dynamic and none has a `loading.js`, so a prefetch
 * brings back only the target's head (about 1 KB) while costing the server about 3 ms: a staff list view sent
 * 52 of them (its row and navigation links), eight times the server time of the page itself. A click fetches
 * the page, as it had to anyway.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
