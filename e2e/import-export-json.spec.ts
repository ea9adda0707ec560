import { readFileSync } from "node:fs";
import { test, expect } from "./support/fixtures";
import { alertSaying, modelTitle, openApp, openModels, saveStatus, waitSaved } from "./support/app";
import { allNodes, node } from "./support/canvas";
import { readDb, storedDocNamed, storedOpenDoc } from "./support/db";
import { GATEWAY, SAMPLE_NAME } from "./support/sample";
import {
  answerConflict,
  downloadedText,
  dropFile,
  exportVia,
  importDialog,
  importFile,
  openImported,
} from "./support/transfer";

/** Issue 8: native JSON export and import; issue 11 point 5: export from the storage banner. */

const TRIAGED_NAME = "Triaged serving pipeline";
const TRIAGED = JSON.stringify({
  ...JSON.parse(
    readFileSync(
      new URL("../src/domain/migrations/fixtures/v2-triaged-pipeline.json", import.meta.url),
      "utf8",
    ),
  ),
  name: TRIAGED_NAME,
});

test("export JSON, delete the model, import the file: the same model comes back, triage included", async ({
  page,
}) => {
  await openApp(page);
  await importFile(page, "triaged.json", TRIAGED);
  // Our own file holds decisions (its findings are generated when it opens): they are counted.
  const parsed = JSON.parse(TRIAGED) as { triage: object; customThreats: Array<{ id: string }> };
  const decided = new Set([...Object.keys(parsed.triage), ...parsed.customThreats.map((t) => t.id)])
    .size;
  await expect(
    importDialog(page, "Import from ThreatCanvas model").getByRole("row", {
      name: `Decided findings and custom threats ${decided} ${decided}`,
    }),
  ).toBeVisible();
  await openImported(page);
  await expect(modelTitle(page)).toHaveText(TRIAGED_NAME);
  await waitSaved(page);
  const before = await storedOpenDoc(page);
  expect(Object.keys((before as unknown as { triage: object }).triage)).toHaveLength(3);

  const download = await exportVia(page, "Model as JSON");
  expect(download.suggestedFilename()).toBe("triaged-serving-pipeline.threatcanvas.json");
  const exported = await downloadedText(download);

  const dialog = await openModels(page);
  await dialog.getByRole("button", { name: `Delete ${TRIAGED_NAME}` }).click();
  await dialog.getByRole("button", { name: "Yes, delete" }).click();
  await expect(dialog.getByRole("listitem", { name: TRIAGED_NAME })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Close" }).click();

  await importFile(page, download.suggestedFilename(), exported);
  await openImported(page);
  await expect(modelTitle(page)).toHaveText(TRIAGED_NAME);
  await expect(
    page.getByRole("status").filter({ hasText: `Imported "${TRIAGED_NAME}".` }),
  ).toBeVisible();
  await waitSaved(page);
  const after = await storedDocNamed(page, TRIAGED_NAME);
  expect(after).toEqual(before);

  // Exporting again gives the same text.
  const again = await downloadedText(await exportVia(page, "Model as JSON"));
  expect(again).toBe(exported);
});

test("Ctrl+S exports the open model as JSON instead of saving the page", async ({ page }) => {
  await openApp(page);
  const downloaded = page.waitForEvent("download");
  await page.keyboard.press("Control+s");
  const download = await downloaded;
  const doc = JSON.parse(await downloadedText(download));
  expect(doc).toMatchObject({ schemaVersion: 3, name: SAMPLE_NAME });
  expect(doc.elements).toHaveLength(14);
});

test("a broken file dropped on the window: the error names the fields, the model is unchanged", async ({
  page,
}) => {
  await openApp(page);
  const before = await storedOpenDoc(page);
  const broken = JSON.parse(TRIAGED);
  broken.id = before.id;
  broken.elements[8].props.internetExposed = "sometimes";
  broken.flows[0].target = "nowhere";
  await dropFile(page, "broken.json", JSON.stringify(broken));

  const dialog = importDialog(page, "Could not import broken.json");
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Nothing was imported; the open model is unchanged.");
  await expect(dialog.getByRole("listitem")).toContainText([
    /Element 9 "API gateway", property "Internet exposed": must be one of "yes", "no" or "unknown", but is the text "sometimes"/,
  ]);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  await dropFile(page, "notes.txt", "these are my meeting notes");
  await expect(importDialog(page, "Could not import notes.txt")).toContainText("it is not JSON");
  await page.keyboard.press("Escape");

  await expect(modelTitle(page)).toHaveText(SAMPLE_NAME);
  await expect(allNodes(page)).toHaveCount(14);
  expect(await storedOpenDoc(page)).toEqual(before);
  expect((await readDb(page)).models).toHaveLength(1);
});

test("importing a model whose id is already here asks: copy keeps both, replace swaps it", async ({
  page,
}) => {
  await openApp(page);
  const original = await storedOpenDoc(page);
  const changed = {
    ...original,
    name: "Changed in the file",
    elements: original.elements.slice(0, 6),
    flows: [],
  };

  await importFile(page, "same-id.json", JSON.stringify(changed));
  await openImported(page);
  const group = page.getByRole("group", { name: "Model already here" });
  await expect(group).toContainText(`A model with the same id is already here: "${SAMPLE_NAME}"`);
  await answerConflict(page, "Import as copy");
  await expect(modelTitle(page)).toHaveText("Changed in the file (imported copy)");
  await waitSaved(page);
  expect((await storedDocNamed(page, SAMPLE_NAME)).elements).toHaveLength(14);

  await importFile(page, "same-id.json", JSON.stringify(changed));
  await openImported(page);
  await answerConflict(page, "Replace");
  await expect(modelTitle(page)).toHaveText("Changed in the file");
  await waitSaved(page);
  const db = await readDb(page);
  expect(db.models.map((m) => m.name).sort()).toEqual([
    "Changed in the file",
    "Changed in the file (imported copy)",
  ]);
  expect(db.documents[original.id]?.elements).toHaveLength(6);
});

test("a backup of all models restores every model", async ({ page, browser }) => {
  await openApp(page);
  await importFile(page, "triaged.json", TRIAGED);
  await openImported(page);
  await expect(modelTitle(page)).toHaveText(TRIAGED_NAME);
  await waitSaved(page);
  const download = await exportVia(page, "All models (backup)");
  expect(download.suggestedFilename()).toMatch(/^threatcanvas-backup-\d{4}-\d\d-\d\d\.json$/);
  const backup = await downloadedText(download);
  const stored = (await readDb(page)).documents;

  // A fresh browser profile, with its own sample.
  const context = await browser.newContext();
  const other = await context.newPage();
  await openApp(other);
  await importFile(other, download.suggestedFilename(), backup);
  await openImported(other, "Open 2 models");
  await expect(other.getByRole("status").filter({ hasText: "Imported 2 models" })).toBeVisible();
  await expect.poll(async () => Object.keys((await readDb(other)).documents).length).toBe(3);
  const restored = (await readDb(other)).documents;
  for (const id of Object.keys(stored)) expect(restored[id]).toEqual(stored[id]);
  await context.close();
});

test("pasting a whole model with Ctrl+V imports it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), TRIAGED);
  await node(page, GATEWAY).click();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+v");
  await openImported(page);
  await expect(modelTitle(page)).toHaveText(TRIAGED_NAME);
  await expect(allNodes(page)).toHaveCount(14);
});

test("without IndexedDB the banner offers the export right there", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
  });
  await page.goto("/");
  await expect(saveStatus(page)).toHaveText("Not saved: storage unavailable");
  const banner = alertSaying(page, "Your work is not being saved.");
  const downloaded = page.waitForEvent("download");
  await banner.getByRole("button", { name: "Export model (JSON)" }).click();
  const doc = JSON.parse(await downloadedText(await downloaded));
  expect(doc).toMatchObject({ schemaVersion: 3, name: SAMPLE_NAME });
});
