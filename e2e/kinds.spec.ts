import { test, expect } from "./support/fixtures";
import { modelTitle, openApp, waitSaved } from "./support/app";
import { clickNode, node } from "./support/canvas";
import { storedOpenDoc } from "./support/db";
import { selectField } from "./support/inspector";
import { showTab } from "./support/workspace";

/**
 * Issue 6: an ML kind that does not fit its element's type (an "LLM" drawn as an external
 * entity, as older versions allowed) is fitted to the nearest kind of the type when the file is
 * imported, and the import report says so; the inspector offers only kinds that fit.
 */

const model = {
  schemaVersion: 2,
  id: "misfit-kinds",
  name: "Chat with a vendor model",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  elements: [
    { id: "app", type: "process", name: "Chat app", position: { x: 80, y: 120 } },
    {
      id: "vendor",
      type: "externalEntity",
      name: "Vendor LLM",
      mlKind: "llm",
      position: { x: 460, y: 120 },
    },
  ],
  flows: [{ id: "f1", source: "app", target: "vendor", label: "prompts" }],
};

test("importing a model with a kind that does not fit its type: fitted, reported, kept", async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel("Import a threat model file").setInputFiles({
    name: "misfit.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(model)),
  });
  const dialog = page.getByRole("dialog", { name: "Import from ThreatCanvas model" });
  await expect(dialog).toBeVisible();
  const entry = dialog.getByRole("listitem").filter({ hasText: '"Vendor LLM": ML kind "llm"' });
  await expect(entry).toContainText(
    'ML kind "llm" does not fit an external entity; changed to "third-party-ai-api"',
  );

  await dialog.getByRole("button", { name: "Open imported model" }).click();
  await expect(dialog).toBeHidden();
  await expect(modelTitle(page)).toHaveText("Chat with a vendor model");
  const vendor = node(page, "External entity (Third-party AI API): Vendor LLM");
  await expect(vendor).toBeVisible();

  await clickNode(page, vendor);
  await showTab(page, "Inspector");
  const kind = selectField(page, "ML asset kind");
  await expect(kind.locator("option:checked")).toHaveText("Third-party AI API");
  // Only kinds of an external entity are offered: no LLM, no vector store.
  await expect(kind.getByRole("option", { name: "LLM", exact: true })).toHaveCount(0);
  await expect(kind.getByRole("option", { name: "Vector store", exact: true })).toHaveCount(0);

  await waitSaved(page);
  const stored = await storedOpenDoc(page);
  expect(stored.elements.find((e: { id: string }) => e.id === "vendor")).toMatchObject({
    mlKind: "third-party-ai-api",
  });
});
