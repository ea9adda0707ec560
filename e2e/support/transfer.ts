import { readFile } from "node:fs/promises";
import { expect, type Download, type Locator, type Page } from "@playwright/test";
/** Import and export, through the top bar, as a person does it. */

export const exportMenuButton = (page: Page): Locator =>
  page.getByRole("button", { name: "Export", exact: true });

/** Choose an item of the Export menu and wait for the file it downloads. */
export async function exportVia(page: Page, item: string): Promise<Download> {
  await exportMenuButton(page).click();
  const menu = page.getByRole("menu", { name: "Export" });
  await expect(menu).toBeVisible();
  const downloaded = page.waitForEvent("download");
  await menu.getByRole("menuitem", { name: item }).click();
  return downloaded;
}

export async function downloadedText(download: Download): Promise<string> {
  return readFile(await download.path(), "utf8");
}

/** Choose a file with the top bar's Import… button; the import dialog then shows what arrived. */
export async function importFile(
  page: Page,
  name: string,
  content: string | Buffer,
): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Import…", exact: true }).click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: "application/json",
    buffer: typeof content === "string" ? Buffer.from(content, "utf8") : content,
  });
}

/** Drop a file on the window, as dragging it from the desktop does. */
export async function dropFile(page: Page, name: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: "application/json" }));
      return transfer;
    },
    [name, content] as const,
  );
  await page.dispatchEvent(".tc-canvas", "dragenter", { dataTransfer });
  await page.dispatchEvent(".tc-canvas", "dragover", { dataTransfer });
  await page.dispatchEvent(".tc-canvas", "drop", { dataTransfer });
}

export const importDialog = (page: Page, title: string | RegExp): Locator =>
  page.getByRole("dialog", { name: title });

/** The dialog of a ThreatCanvas file that was read: store what it holds. */
export async function openImported(
  page: Page,
  button: string | RegExp = "Open imported model",
): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name: /^Import from ThreatCanvas (model|backup)$/ });
  await dialog.getByRole("button", { name: button }).click();
  return dialog;
}

/** When the imported model's id is already here: answer "Import as copy" or "Replace". */
export async function answerConflict(
  page: Page,
  answer: "Import as copy" | "Replace",
): Promise<Locator> {
  const group = page.getByRole("group", { name: "Model already here" });
  await expect(group).toBeVisible();
  await group.getByRole("button", { name: answer }).click();
  return group;
}
