import { describe, expect, it } from "vitest";

import { getEnv, productionSecretProblems, resetEnvCache } from "./env";

function envWith(values: Record<string, string | undefined>) {
  const saved = { ...process.env };
  Object.assign(process.env, values);
  for (const [k, v] of Object.entries(values)) if (v === undefined) delete process.env[k];
  resetEnvCache();
  try {
    return getEnv();
  } finally {
    process.env = saved;
    resetEnvCache();
  }
}

describe("production secrets", () => {
  it("refuses the development defaults and short secrets in production", () => {
    const defaults = envWith({
      NODE_ENV: "production",
      AUTH_SECRET: undefined,
      CLIENT_ADDRESS_SECRET: undefined,
      SECOND_FACTOR_SECRET: undefined,
    });
    expect(productionSecretProblems(defaults)).toHaveLength(3);
    const short = envWith({
      NODE_ENV: "production",
      AUTH_SECRET: "0123456789abcdef",
      CLIENT_ADDRESS_SECRET: "c".repeat(40),
      SECOND_FACTOR_SECRET: "f".repeat(40),
    });
    expect(productionSecretProblems(short)).toEqual([expect.stringContaining("AUTH_SECRET est trop court")]);
    const same = envWith({
      NODE_ENV: "production",
      AUTH_SECRET: "s".repeat(40),
      CLIENT_ADDRESS_SECRET: "s".repeat(40),
      SECOND_FACTOR_SECRET: "f".repeat(40),
    });
    expect(productionSecretProblems(same)).toEqual([expect.stringContaining("distinct")]);
  });

  it("wants a second-factor secret of its own", () => {
    const shared = envWith({
      NODE_ENV: "production",
      AUTH_SECRET: "a".repeat(40),
      CLIENT_ADDRESS_SECRET: "b".repeat(40),
      SECOND_FACTOR_SECRET: "a".repeat(40),
    });
    expect(productionSecretProblems(shared)).toEqual([
      expect.stringContaining("SECOND_FACTOR_SECRET doit être distinct"),
    ]);
  });

  it("accepts long, distinct secrets, and anything in development", () => {
    expect(
      productionSecretProblems(
        envWith({
          NODE_ENV: "production",
          AUTH_SECRET: "a".repeat(40),
          CLIENT_ADDRESS_SECRET: "b".repeat(40),
          SECOND_FACTOR_SECRET: "f".repeat(40),
        }),
      ),
    ).toEqual([]);
    expect(productionSecretProblems(envWith({ NODE_ENV: "development", AUTH_SECRET: undefined }))).toEqual([]);
  });
});
