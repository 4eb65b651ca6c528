import { describe, expect, it } from "vitest";

import { base32Decode, base32Encode, hotp, matchTotp, otpauthUri, totpAt, totpStep } from "./totp";

// RFC 6238 appendix B (SHA-1): the ASCII secret "12345678901234567890", 8 digits.
const RFC_SECRET = base32Encode(Buffer.from("12345678901234567890"));

describe("TOTP (RFC 6238)", () => {
  it("gives the RFC's test vectors", () => {
    expect(totpAt(RFC_SECRET, 59_000, 8)).toBe("94287082");
    expect(totpAt(RFC_SECRET, 1_111_111_109_000, 8)).toBe("07081804");
    expect(totpAt(RFC_SECRET, 1_234_567_890_000, 8)).toBe("89005924");
    expect(totpAt(RFC_SECRET, 20_000_000_000_000, 8)).toBe("65353130");
  });

  it("gives RFC 4226's HOTP values", () => {
    const secret = Buffer.from("12345678901234567890");
    expect([0, 1, 2, 9].map((c) => hotp(secret, c))).toEqual(["755224", "287082", "359152", "520489"]);
  });

  it("round-trips base32", () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(() => base32Decode("not*base32")).toThrow();
  });

  it("accepts a code one step either side, never a used step again", () => {
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    const code = totpAt(RFC_SECRET, now);
    expect(matchTotp(RFC_SECRET, code, { now })).toBe(step);
    expect(matchTotp(RFC_SECRET, code, { now: now + 30_000 })).toBe(step);
    expect(matchTotp(RFC_SECRET, code, { now: now + 90_000 })).toBeNull();
    expect(matchTotp(RFC_SECRET, code, { now, lastStep: step })).toBeNull();
    expect(matchTotp(RFC_SECRET, "12345", { now })).toBeNull();
    expect(matchTotp(RFC_SECRET, "abcdef", { now })).toBeNull();
  });

  it("writes an otpauth URI that apps read", () => {
    const uri = otpauthUri({ secret: "JBSWY3DPEHPK3PXP", account: "anne@exemple.fr", issuer: "Conciergerie CPTS" });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Conciergerie%20CPTS:anne%40exemple\.fr\?/);
    expect(new URL(uri).searchParams.get("secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(new URL(uri).searchParams.get("period")).toBe("30");
  });
});
