import { describe, expect, it } from "vitest";

import { clientAddress, keyedHash, SOCKET_ADDRESS_HEADER } from "./client-address";

const h = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("uses the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    const headers = h({ [SOCKET_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "1.2.3.4" });
    expect(clientAddress(headers, 0)).toBe("203.0.113.7");
  });

  it("unwraps IPv4-mapped IPv6 socket addresses", () => {
    expect(clientAddress(h({ [SOCKET_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
  });

  it("takes the entry the trusted proxies wrote, never one the client wrote", () => {
    // client → proxy A (appends the client) → proxy B (appends A) → app (socket = B)
    const headers = h({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "1.2.3.4, 198.51.100.9, 10.0.0.1" });
    expect(clientAddress(headers, 1)).toBe("10.0.0.1");
    expect(clientAddress(headers, 2)).toBe("198.51.100.9");
  });

  it("falls back to the socket when the chain is shorter than the proxies or not an address", () => {
    expect(clientAddress(h({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
    expect(clientAddress(h({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "evil" }), 1)).toBe("10.0.0.2");
  });

  it("says unknown without a socket address (never a client-written header)", () => {
    expect(clientAddress(h({ "x-forwarded-for": "1.2.3.4" }), 0)).toBe("unknown");
  });

  it("hashes with a key and a kind", () => {
    expect(keyedHash("k".repeat(32), "ip", "1.2.3.4")).not.toBe(keyedHash("k".repeat(32), "email", "1.2.3.4"));
    expect(keyedHash("k".repeat(32), "ip", "1.2.3.4")).not.toBe(keyedHash("j".repeat(32), "ip", "1.2.3.4"));
  });
});
