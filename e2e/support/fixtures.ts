import { test as base, expect } from "@playwright/test";

/**
 * Every test gets a fresh browser context (so an empty IndexedDB), and fails if any page of it
 * throws an uncaught error.
 */
export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on("weberror", (error) => errors.push(String(error.error())));
      await use();
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
