import { test, expect } from "./support/fixtures";
import { withPrefs } from "./support/workspace";
import {
  createBlankModel,
  inspector,
  modelRow,
  modelTitle,
  openApp,
  openModel,
  openModels,
  paletteItem,
  saveStatus,
  toolbarButton,
  waitSaved,
} from "./support/app";
import { allFlows, allNodes, node } from "./support/canvas";
import { readDb, storedDocNamed } from "./support/db";
import { textField } from "./support/inspector";
import { GATEWAY, SAMPLE_NAME } from "./support/sample";

// These tests edit in the Inspector: it is the side panel's open tab, as a user would leave it.
test.beforeEach(async ({ page }) => {
  await withPrefs(page, { panelTab: "inspector" });
});

/** Issue 2, point 2: many models — create blank, open, rename, duplicate, delete (asks first). */

test("create a blank model with a name, description and owner; it opens empty", async ({
  page,
}) => {
  await openApp(page);
  await createBlankModel(page, {
    name: "Fraud scoring",
    description: "Card fraud model behind the payments API",
    owner: "Risk ML team",
  });

  await expect(allNodes(page)).toHaveCount(0);
  await expect(allFlows(page)).toHaveCount(0);
  // Nothing selected: the inspector shows the model's details.
  await expect(textField(page, "Name")).toHaveValue("Fraud scoring");
  await expect(textField(page, "Description")).toHaveValue(
    "Card fraud model behind the payments API",
  );
  await expect(textField(page, "Owner")).toHaveValue("Risk ML team");
  await waitSaved(page);

  const dialog = await openModels(page);
  await expect(modelRow(dialog, "Fraud scoring")).toContainText("Risk ML team");
  await expect(modelRow(dialog, SAMPLE_NAME)).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Open Fraud scoring" })).toBeDisabled();

  const stored = await storedDocNamed(page, "Fraud scoring");
  expect(stored).toMatchObject({
    description: "Card fraud model behind the payments API",
    owner: "Risk ML team",
    elements: [],
    flows: [],
  });

  // The model last opened is the one a reload shows.
  await page.reload();
  await expect(modelTitle(page)).toHaveText("Fraud scoring");
});

test("a new model needs a name", async ({ page }) => {
  await openApp(page);
  const dialog = await openModels(page);
  const form = dialog.getByRole("form", { name: "New model" });
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("   ");
  await form.getByRole("button", { name: "Create blank model" }).click();
  await expect(form.getByRole("alert")).toHaveText("Name must not be empty");
  await expect(form.getByRole("textbox", { name: "Name", exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(dialog.getByRole("listitem")).toHaveCount(1);
  expect((await readDb(page)).models).toHaveLength(1);
});

test("open switches the editor between models", async ({ page }) => {
  await openApp(page);
  await createBlankModel(page, { name: "RAG assistant" });
  await paletteItem(page, "Vector store").click();
  await expect(node(page, "Data store (Vector store): Vector store")).toBeVisible();
  await waitSaved(page);

  await openModel(page, SAMPLE_NAME);
  await expect(allNodes(page)).toHaveCount(14);
  await expect(node(page, GATEWAY)).toBeVisible();
  await expect(node(page, "Data store (Vector store): Vector store")).toHaveCount(0);
  // History belongs to a model: nothing to undo right after opening one.
  await expect(toolbarButton(page, "Undo")).toBeDisabled();

  await openModel(page, "RAG assistant");
  await expect(allNodes(page)).toHaveCount(1);
  await expect(node(page, "Data store (Vector store): Vector store")).toBeVisible();
});

test("rename a model from the list, the open one included", async ({ page }) => {
  await openApp(page);
  await createBlankModel(page, { name: "Draft" });

  // A model that is not open.
  let dialog = await openModels(page);
  await dialog.getByRole("button", { name: `Rename ${SAMPLE_NAME}` }).click();
  const renameSample = dialog.getByRole("textbox", { name: `New name for ${SAMPLE_NAME}` });
  await renameSample.fill("Production LLM");
  await renameSample.press("Enter");
  await expect(modelRow(dialog, "Production LLM")).toBeVisible();
  await expect(modelRow(dialog, SAMPLE_NAME)).toHaveCount(0);
  await expect
    .poll(async () => (await readDb(page)).models.map((m) => m.name).sort())
    .toEqual(["Draft", "Production LLM"]);

  // The open model: the title follows, and the rename is saved.
  await dialog.getByRole("button", { name: "Rename Draft" }).click();
  await dialog.getByRole("textbox", { name: "New name for Draft" }).fill("Chatbot v2");
  await dialog.getByRole("button", { name: "Save name" }).click();
  await expect(modelRow(dialog, "Chatbot v2")).toBeVisible();
  await expect(modelTitle(page)).toHaveText("Chatbot v2");

  // An empty name is refused with a message, and nothing changes.
  await dialog.getByRole("button", { name: "Rename Chatbot v2" }).click();
  await dialog.getByRole("textbox", { name: "New name for Chatbot v2" }).fill("");
  await dialog.getByRole("button", { name: "Save name" }).click();
  await expect(modelRow(dialog, "Chatbot v2").getByRole("alert")).toHaveText(
    "Name must not be empty",
  );
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();

  await waitSaved(page);
  await page.reload();
  await expect(modelTitle(page)).toHaveText("Chatbot v2");
  dialog = await openModels(page);
  await expect(dialog.getByRole("listitem")).toHaveCount(2);
  await expect(modelRow(dialog, "Production LLM")).toBeVisible();
});

test("duplicate a model: a separate copy with the same diagram", async ({ page }) => {
  await openApp(page);
  const dialog = await openModels(page);
  await dialog.getByRole("button", { name: `Duplicate ${SAMPLE_NAME}` }).click();
  const copyName = `Copy of ${SAMPLE_NAME}`;
  await expect(modelRow(dialog, copyName)).toContainText("14 elements, 8 flows");

  await dialog.getByRole("button", { name: `Open ${copyName}` }).click();
  await expect(modelTitle(page)).toHaveText(copyName);
  await expect(allNodes(page)).toHaveCount(14);
  await expect(allFlows(page)).toHaveCount(8);

  // Editing the copy leaves the original alone.
  await node(page, GATEWAY).click();
  await page.keyboard.press("Delete");
  await expect(node(page, GATEWAY)).toHaveCount(0);
  await waitSaved(page);
  await expect.poll(async () => (await storedDocNamed(page, copyName)).elements.length).toBe(13);
  const original = await storedDocNamed(page, SAMPLE_NAME);
  expect(original.elements).toHaveLength(14);
  expect(original.elements.some((e) => e.id === "api-gateway")).toBe(true);
  expect(original.id).not.toBe((await storedDocNamed(page, copyName)).id);
});

test("delete asks first; Cancel keeps the model, Yes deletes it", async ({ page }) => {
  await openApp(page);
  await createBlankModel(page, { name: "Scratch" });
  const dialog = await openModels(page);

  await dialog.getByRole("button", { name: `Delete ${SAMPLE_NAME}` }).click();
  const confirm = dialog.getByRole("group", { name: `Confirm deleting ${SAMPLE_NAME}` });
  await expect(confirm).toContainText("This cannot be undone");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(modelRow(dialog, SAMPLE_NAME)).toBeVisible();
  expect((await readDb(page)).models).toHaveLength(2);

  await dialog.getByRole("button", { name: `Delete ${SAMPLE_NAME}` }).click();
  await confirm.getByRole("button", { name: "Yes, delete" }).click();
  await expect(modelRow(dialog, SAMPLE_NAME)).toHaveCount(0);
  await expect
    .poll(async () => (await readDb(page)).models.map((m) => m.name))
    .toEqual(["Scratch"]);
  expect(Object.keys((await readDb(page)).documents)).toHaveLength(1);
  // The open model was not the one deleted.
  await expect(modelTitle(page)).toHaveText("Scratch");
});

test("deleting the open model closes it; the sample does not come back", async ({ page }) => {
  await openApp(page);
  const dialog = await openModels(page);
  await dialog.getByRole("button", { name: `Delete ${SAMPLE_NAME}` }).click();
  await dialog.getByRole("button", { name: "Yes, delete" }).click();
  await expect(dialog.getByText("No models yet. Create one above.")).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();

  await expect(page.getByText("No model is open.")).toBeVisible();
  await expect(modelTitle(page)).toHaveCount(0);
  await expect(saveStatus(page)).toHaveCount(0);
  expect((await readDb(page)).models).toHaveLength(0);

  await page.reload();
  await expect(page.getByText("No model is open.")).toBeVisible();
  expect((await readDb(page)).models).toHaveLength(0);

  // From the empty state, a new model can be made.
  await page.getByRole("button", { name: "Create or open a model" }).click();
  const again = page.getByRole("dialog", { name: "Threat models" });
  await again.getByRole("button", { name: "New from sample (LLM pipeline)" }).click();
  await expect(modelTitle(page)).toHaveText(SAMPLE_NAME);
  await expect(allNodes(page)).toHaveCount(14);
  await expect(inspector(page)).toBeVisible();
});
