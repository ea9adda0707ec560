import { expect, type Locator, type Page } from "@playwright/test";

/** The side panel, its tabs, and the workspace preferences, by role and accessible name. */

export const sidePanel = (page: Page): Locator =>
  page.getByRole("complementary", { name: "Side panel" });

export const panelTab = (page: Page, name: "Inspector" | "Threats" | "Questions" | "Summary") =>
  sidePanel(page).getByRole("tab", { name, exact: true });

/** Show a tab of the side panel (opening the panel if it is collapsed). */
export async function showTab(
  page: Page,
  name: "Inspector" | "Threats" | "Questions" | "Summary",
): Promise<void> {
  const reopen = sidePanel(page).getByRole("button", { name: `Show ${name}`, exact: true });
  if (await reopen.isVisible()) await reopen.click();
  else await panelTab(page, name).click();
  await expect(panelTab(page, name)).toHaveAttribute("aria-selected", "true");
}

export const PREFS_KEY = "threatcanvas.workspace.v1";

/** Start the page with these workspace preferences (as a browser that chose them before). */
export async function withPrefs(page: Page, prefs: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
    },
    [PREFS_KEY, JSON.stringify(prefs)],
  );
}

/** Press a key until `target` has focus (at most `max` times); fails if it never does. */
export async function pressUntilFocused(
  page: Page,
  target: Locator,
  key = "Tab",
  max = 40,
): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return i;
  }
  throw new Error(`focus never reached the target after ${max} presses of ${key}`);
}

export const focused = (page: Page): Locator => page.locator("*:focus");

/** Press a key until focus is inside the element matching `selector`; how many presses. */
export async function pressUntilFocusIn(
  page: Page,
  selector: string,
  key = "Tab",
  max = 40,
): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    const inside = await page.evaluate(
      (sel) => document.activeElement?.closest(sel) != null,
      selector,
    );
    if (inside) return i;
  }
  throw new Error(`focus never reached ${selector} after ${max} presses of ${key}`);
}
