import { test as base, expect } from "@playwright/test";

// Refused requests that a test provokes on purpose (404, 403) are reported by the browser as console
// errors: they are answers, not faults of the page.
const EXPECTED_NOISE = [/^Failed to load resource: the server responded with a status of 4\d\d/];

/**
 * Every spec imports `test` from here: a page error or an unexpected console error (a missing message,
 * a hydration mismatch, a React warning) fails the test that caused it.
 */
export const test = base.extend<{ failOnConsoleErrors: void }>({
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
