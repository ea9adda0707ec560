import { expect, type Locator, type Page } from "@playwright/test";

/** Locators and actions on the app shell, all by role and accessible name. */

export const saveStatus = (page: Page): Locator =>
  page.getByRole("status", { name: "Save status" });

export const modelTitle = (page: Page): Locator => page.getByRole("heading", { level: 1 });

export const toolbar = (page: Page): Locator => page.getByRole("toolbar", { name: "Editor" });

export const toolbarButton = (page: Page, name: string): Locator =>
  toolbar(page).getByRole("button", { name, exact: true });

export const palette = (page: Page): Locator => page.getByRole("navigation", { name: "Palette" });

export const paletteItem = (page: Page, name: string): Locator =>
  palette(page).getByRole("button", { name, exact: true });

export const inspector = (page: Page): Locator => page.getByRole("region", { name: "Inspector" });

/** Open the app on the model it opens by itself and wait until it is drawn and saved. */
export async function openApp(page: Page): Promise<void> {
  await page.goto("/");
  await expect(page.getByRole("application", { name: "Diagram canvas" })).toBeVisible();
  await expect(saveStatus(page)).toHaveText("Saved");
}

/** Wait until everything is stored (the status reads "Saved"). */
export async function waitSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText("Saved");
}

/** The model list dialog, opened from the top bar. */
export async function openModels(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Models", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Threat models" });
  await expect(dialog).toBeVisible();
  return dialog;
}

export const modelRow = (dialog: Locator, name: string): Locator =>
  dialog.getByRole("listitem", { name, exact: true });

/** Create a blank model from the model list; it opens in the editor. */
export async function createBlankModel(
  page: Page,
  fields: { name: string; description?: string; owner?: string },
): Promise<void> {
  const dialog = await openModels(page);
  const form = dialog.getByRole("form", { name: "New model" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill(fields.name);
  if (fields.description !== undefined) {
    await form.getByRole("textbox", { name: "Description" }).fill(fields.description);
  }
  if (fields.owner !== undefined) {
    await form.getByRole("textbox", { name: "Owner" }).fill(fields.owner);
  }
  await form.getByRole("button", { name: "Create blank model" }).click();
  await expect(dialog).toBeHidden();
  await expect(modelTitle(page)).toHaveText(fields.name);
}

/** Open a model by name from the model list. */
export async function openModel(page: Page, name: string): Promise<void> {
  const dialog = await openModels(page);
  await dialog.getByRole("button", { name: `Open ${name}`, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(modelTitle(page)).toHaveText(name);
}

/** An alert (a refused command, an invalid field, a storage problem) saying `text`. */
export const alertSaying = (page: Page, text: string | RegExp): Locator =>
  page.getByRole("alert").filter({ hasText: text });
