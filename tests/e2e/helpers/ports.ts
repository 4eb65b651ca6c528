import { tmpdir } from "node:os";

// Ports of the end-to-end stack. E2E_APP_PORT moves all three, so two checkouts can run their suites side by side.
const appPort = Number(process.env.E2E_APP_PORT ?? 3100);

export const E2E = { appPort, smtpPort: appPort - 1975, inboxPort: appPort - 1920 };
export const E2E_APP_URL = `http://127.0.0.1:${E2E.appPort}`;
export const E2E_INBOX_URL = `http://127.0.0.1:${E2E.inboxPort}`;

/** Where the e2e server writes the address of its throw-away database, for the sign-in fixture. */
export const E2E_STATE_FILE = `${tmpdir()}/conciergerie-e2e-${appPort}.json`;
