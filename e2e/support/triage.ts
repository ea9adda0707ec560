import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { showTab, sidePanel } from "./workspace";

/** Locators and steps the triage specs share. */

export const threats = (page: Page): Locator => page.getByRole("region", { name: "Threats" });
export const item = (page: Page, title: RegExp): Locator =>
  threats(page).getByRole("listitem", { name: title });
export const statusOf = (row: Locator): Locator => row.getByRole("button", { name: /^Status: / });
export const expectStatus = (row: Locator, label: string): Promise<void> =>
  expect(statusOf(row)).toHaveAttribute("aria-label", `Status: ${label}`);
/**
 * A tab of the side panel (Threats, Summary, …) or one of the Summary tab's views (Overview,
 * Mitigations, Assumptions, Log, No longer applies (n)); each name is used once.
 */
export const tab = (page: Page, name: string): Locator =>
  page.getByRole("tab", { name, exact: true });
/** The side panel's Summary tab: the overview and the team's records (mitigations, log, …). */
export const records = (page: Page): Locator =>
  sidePanel(page).getByRole("tabpanel", { name: "Summary" });

/** Show one of the Summary tab's views. */
export async function openView(page: Page, name: string): Promise<void> {
  await showTab(page, "Summary");
  await tab(page, name).click();
  await expect(tab(page, name)).toHaveAttribute("aria-selected", "true");
}

/** Filter the Threats list by triage status (the Status filter is in the Filters menu). */
export async function filterByStatus(page: Page, value: string): Promise<void> {
  const menu = threats(page).getByRole("button", { name: /^Filters/ });
  if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  await threats(page).getByRole("combobox", { name: "Status", exact: true }).selectOption(value);
}
export const decisionEditor = (page: Page): Locator =>
  threats(page).getByRole("region", { name: /^Decision: / });

export const PROMPT_INJECTION =
  /^Prompts sent to GPU inference server can override its instructions/;
export const LOGS_KEEP_PROMPTS =
  /^Requests to GPU inference server and its answers are logged in Inference log store/;

export async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const text =
    (await threats(page)
      .getByText(/^\d+ of \d+ shown$/)
      .textContent()) ?? "";
  const [, shown, total] = /^(\d+) of (\d+) shown$/.exec(text) ?? [];
  return { shown: Number(shown), total: Number(total) };
}

/** The name dialog comes on the first decision; give the name. */
export async function giveName(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole("dialog", { name: "Your name for the decision log" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("textbox", { name: "Name" }).fill(name);
  await dialog.getByRole("button", { name: "Save name" }).click();
  await expect(dialog).toBeHidden();
}
