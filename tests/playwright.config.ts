import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

import { E2E_APP_URL } from "./e2e/helpers/ports";

const root = path.resolve(import.meta.dirname, "..");

// Debian's chromium (never a downloaded browser); flags keep it off this machine's closed network.
const chromium = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: path.join(root, "tests/e2e"),
  outputDir: path.join(root, "test-results"),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: path.join(root, "test-results/e2e.json") }]],
  use: {
    baseURL: E2E_APP_URL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    cwd: root,
    url: `${E2E_APP_URL}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
