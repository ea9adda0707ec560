import { expect, type Locator, type Page } from "@playwright/test";
import { inspector } from "./app";

/** The inspector's controls, by their visible labels (which are their accessible names). */

export type TriValue = "Yes" | "No" | "Unknown";

export const triState = (page: Page, label: string): Locator =>
  inspector(page).getByRole("radiogroup", { name: label, exact: true });

export const triOption = (page: Page, label: string, value: TriValue): Locator =>
  triState(page, label).getByRole("radio", { name: value, exact: true });

/** Exactly `value` is checked in the tri-state group `label`. */
export async function expectTriState(page: Page, label: string, value: TriValue): Promise<void> {
  for (const option of ["Yes", "No", "Unknown"] as const) {
    const radio = triOption(page, label, option);
    if (option === value) await expect(radio, `${label}: ${option}`).toBeChecked();
    else await expect(radio, `${label}: ${option}`).not.toBeChecked();
  }
}

export const textField = (page: Page, label: string): Locator =>
  inspector(page).getByRole("textbox", { name: label, exact: true });

export const numberField = (page: Page, label: string): Locator =>
  inspector(page).getByRole("spinbutton", { name: label, exact: true });

export const selectField = (page: Page, label: string): Locator =>
  inspector(page).getByRole("combobox", { name: label, exact: true });

export const checkbox = (page: Page, label: string): Locator =>
  inspector(page).getByRole("checkbox", { name: label, exact: true });

/** Type into a text field and commit with Enter (as a user does). */
export async function commitText(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press("Enter");
}

/** The inspector heading: "Process", "Data flow", "2 items selected", "Model" ... */
export const inspectorHeading = (page: Page): Locator =>
  inspector(page).getByRole("heading", { level: 2 });
