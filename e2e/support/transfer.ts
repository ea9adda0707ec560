import { readFile } from "node:fs/promises";
import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { toolbar } from "./app";

/** Import and export, through the toolbar, as a person does it. */

export const exportMenuButton = (page: Page): Locator =>
  toolbar(page).getByRole("button", { name: "Export", exact: true });

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

/** Import a file through the toolbar's Import button and the file picker. */
export async function importFile(
  page: Page,
  name: string,
  content: string | Buffer,
): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await toolbar(page).getByRole("button", { name: "Import", exact: true }).click();
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
