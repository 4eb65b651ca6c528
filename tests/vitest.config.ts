import path from "node:path";

import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");
const alias = [
  { find: /^@\//, replacement: `${root}/` },
  { find: "server-only", replacement: path.join(root, "tests/empty-module.ts") },
  // next-auth imports "next/server" without the extension Node's ESM resolver needs.
  { find: /^next\/(server|navigation|headers|cache)$/, replacement: "next/$1.js" },
];
const server = { deps: { inline: ["next-auth", "@auth/core"] } };

export default defineConfig({
  root,
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          root,
          environment: "node",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
          setupFiles: ["tests/helpers/fail-on-console-error.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          server,
          root,
          environment: "node",
          include: ["tests/integration/**/*.int.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/setup-db.ts", "tests/helpers/fail-on-console-error.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
