import { createHmac } from "node:crypto";
import { isIP } from "node:net";

/**
 * Set by our HTTP server (scripts/next-server.ts) from the TCP socket, after dropping any value a
 * client sent under that name: the only address the client cannot choose.
 */
export const SOCKET_ADDRESS_HEADER = "x-conciergerie-socket-address";

type HeaderReader = { get(name: string): string | null };

function clean(value: string | undefined | null): string | null {
  const v = value?.trim().replace(/^::ffff:/, "");
  return v && isIP(v) ? v : null;
}

/**
 * The one place that says who the client is. With no trusted proxy (the default) it is the socket
 * address; behind N proxies that each append the address they received from, it is the N-th entry of
 * X-Forwarded-For counted from the right (entries further left were written by the client itself).
 */
export function clientAddress(headers: HeaderReader, trustedProxyHops: number): string {
  const socket = clean(headers.get(SOCKET_ADDRESS_HEADER));
  if (trustedProxyHops === 0) return socket ?? "unknown";
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").filter((v) => v.trim() !== "");
  const chain = [...forwarded, socket ?? ""];
  const entry = chain[chain.length - 1 - trustedProxyHops];
  // Fewer entries than proxies: someone reached the app around the proxies; count them by socket.
  return clean(entry) ?? socket ?? "unknown";
}

/** Keyed hash, so that stored limits never hold an address (or an email) in clear. */
export function keyedHash(secret: string, kind: "ip" | "email", value: string): string {
  return createHmac("sha256", secret).update(`${kind}:${value}`).digest("hex");
}
