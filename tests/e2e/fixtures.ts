import { test as base, expect, type BrowserContext } from "@playwright/test";

// Refused requests that a test provokes on purpose (404, 403) are reported by the browser as console
// errors: they are answers, not faults of the page.
const EXPECTED_NOISE = [
  /^Failed to load resource: the server responded with a status of 4\d\d/,
  // Content-Security-Policy refusals are counted by cspViolations below (which a test may expect).
  /Content Security Policy/,
];

declare global {
  interface Window {
    __reportCspViolation?: (violation: string) => void;
  }
}

async function watchCsp(context: BrowserContext, violations: string[]) {
  await context.exposeBinding("__reportCspViolation", (_source, violation: string) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__reportCspViolation?.(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} in ${e.documentURI}`);
    });
  });
}

/**
 * Every spec imports `test` from here: a page error or an unexpected console error (a missing message,
 * a hydration mismatch, a React warning) fails the test that caused it.
 */
export const test = base.extend<{ failOnConsoleErrors: void; cspViolations: string[] }>({
  /**
   * The Content-Security-Policy violations of every page the test opens (contexts made with
   * browser.newContext() included): any fails the test, a page the policy breaks is broken for real.
   */
  cspViolations: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      const original = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const created = await original(options);
        await watchCsp(created, violations);
        return created;
      };
      await use(violations);
      browser.newContext = original;
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  failOnConsoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        if (EXPECTED_NOISE.some((pattern) => pattern.test(message.text()))) return;
        errors.push(`console.error: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      await use();
      expect(errors, "the browser reported errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
