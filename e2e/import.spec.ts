import { test, expect } from "./support/fixtures";
import type { Locator, Page } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { modelTitle, openApp, waitSaved } from "./support/app";
import { allFlows, allNodes, canvas, node } from "./support/canvas";
import { storedOpenDoc } from "./support/db";

/**
 * Issue 10: a file from Threat Dragon, Microsoft TMT, Open Threat Model or the OWASP Threat
 * Model Library, opened from Import… or dropped on the window, shows what it brings (counts,
 * threat statuses, what was dropped or approximated), then opens as a model on the canvas. A
 * broken file says why and leaves the open model as it was.
 */

const fixture = (path: string) => fileURLToPath(new URL(`../src/io/${path}`, import.meta.url));

const FIXTURES = [
  {
    file: "threat-dragon/fixtures/threat-dragon-v2-demo.json",
    format: "OWASP Threat Dragon v2",
    title: "Demo Threat Model",
    counts: { elements: 7, flows: 10, boundaries: 3, threats: 14 },
    statuses: "10 Open, 4 Mitigated",
    shown: "Data store: Database",
    report: /drawn as a line in Threat Dragon; made a box around the side it cuts off/,
  },
  {
    file: "threat-dragon/fixtures/threat-dragon-v1-demo.json",
    format: "OWASP Threat Dragon v1",
    title: "Demo Threat Model",
    counts: { elements: 2, flows: 2, boundaries: 1, threats: 3 },
    statuses: "1 Open, 2 Mitigated",
    shown: "External entity: Browser",
    report: /drawn as a line in Threat Dragon/,
  },
  {
    file: "otm/fixtures/otm-0.2.0-example.json",
    format: "Open Threat Model",
    title: "Test project",
    counts: { elements: 4, flows: 2, boundaries: 2, threats: 2 },
    statuses: "2 Open",
    shown: "Data store: Customer Database",
    report: /type "web-client" taken as an external entity/,
  },
  {
    file: "tm-library/fixtures/cryptocurrency-wallet-threat-model.json",
    format: "OWASP Threat Model Library",
    title: "Electrum Wallet + Exchange + Blockchain Integration",
    counts: { elements: 14, flows: 11, boundaries: 3, threats: 3 },
    statuses: "3 Open",
    shown: "External entity: End User",
    report: /the diagram was laid out automatically/,
  },
  {
    file: "tm-library/fixtures/hashicorp-vault-threat-model.json",
    format: "OWASP Threat Model Library",
    title: "HashiCorp Vault",
    counts: { elements: 18, flows: 24, boundaries: 4, threats: 8 },
    statuses: "5 Open, 3 Mitigation in progress",
    shown: "Data store: Vault Integrated Storage (Raft)",
    report: /its trust zone "public-internet" is not in the file/,
  },
  {
    file: "tmt/fixtures/MTMT_example.tm7",
    format: "Microsoft Threat Modeling Tool",
    title: "MTMT_example",
    counts: { elements: 4, flows: 6, boundaries: 2, threats: 43 },
    statuses: "43 Open",
    shown: "Process: Public API v2",
    report: /stencil properties have no ThreatCanvas equivalent/,
  },
  {
    file: "tmt/fixtures/MTMT_nested_tz.tm7",
    format: "Microsoft Threat Modeling Tool",
    title: "MTMT_nested_tz",
    counts: { elements: 4, flows: 3, boundaries: 3, threats: 16 },
    statuses: "16 Open",
    shown: "Data store: Sandbox Mongo",
    report: /a line boundary in TMT; made a box around the side it cuts off/,
  },
  {
    file: "tmt/fixtures/MTMT_simple_line_boundary.tm7",
    format: "Microsoft Threat Modeling Tool",
    title: "MTMT_simple_line_boundary",
    counts: { elements: 4, flows: 6, boundaries: 1, threats: 39 },
    statuses: "39 Open",
    shown: "External entity: Mobile Client",
    report: /a line boundary in TMT/,
  },
] as const;

const importInput = (page: Page): Locator => page.getByLabel("Import a threat model file");

async function countRow(dialog: Locator, label: string): Promise<[string, string]> {
  const row = dialog.getByRole("row", { name: new RegExp(`^${label}`) });
  const cells = row.getByRole("cell");
  return [await cells.nth(0).innerText(), await cells.nth(1).innerText()];
}

for (const f of FIXTURES) {
  test(`imports ${f.file.split("/").pop()} through the UI`, async ({ page }) => {
    await openApp(page);
    await importInput(page).setInputFiles(fixture(f.file));
    const dialog = page.getByRole("dialog", { name: `Import from ${f.format}` });
    await expect(dialog).toBeVisible();
    expect(await countRow(dialog, "Elements")).toEqual([
      String(f.counts.elements),
      String(f.counts.elements),
    ]);
    expect(await countRow(dialog, "Flows")).toEqual([
      String(f.counts.flows),
      String(f.counts.flows),
    ]);
    expect(await countRow(dialog, "Trust boundaries")).toEqual([
      String(f.counts.boundaries),
      String(f.counts.boundaries),
    ]);
    expect(await countRow(dialog, "Threats")).toEqual([
      String(f.counts.threats),
      String(f.counts.threats),
    ]);
    await expect(dialog.getByText(`Threat statuses: ${f.statuses}`)).toBeVisible();
    await expect(dialog.getByRole("heading", { name: "Import report" })).toBeVisible();
    await expect(dialog.getByRole("listitem").filter({ hasText: f.report }).first()).toBeVisible();

    await dialog.getByRole("button", { name: "Open imported model" }).click();
    await expect(dialog).toBeHidden();
    await expect(modelTitle(page)).toHaveText(f.title);
    await expect(allNodes(page)).toHaveCount(f.counts.elements + f.counts.boundaries);
    await expect(allFlows(page)).toHaveCount(f.counts.flows);
    await expect(node(page, f.shown)).toBeVisible();
    await waitSaved(page);
    const stored = await storedOpenDoc(page);
    expect(stored.elements).toHaveLength(f.counts.elements + f.counts.boundaries);
  });
}

test("a file with several diagrams: choose one, or import each as its own model", async ({
  page,
}) => {
  await openApp(page);
  const cell = (id: string, type: string, name: string) => ({
    id,
    shape: type.slice(3).toLowerCase(),
    zIndex: 1,
    position: { x: 0, y: 0 },
    size: { width: 100, height: 60 },
    data: {
      type,
      name,
      threats: [
        { title: `${name} threat`, status: "Accepted", severity: "High", type: "Spoofing" },
      ],
    },
  });
  const file = {
    summary: { title: "Shop" },
    detail: {
      diagrams: [
        { title: "Checkout", diagramType: "STRIDE", cells: [cell("a1", "tm.Actor", "Shopper")] },
        {
          title: "Back office",
          diagramType: "STRIDE",
          cells: [cell("p1", "tm.Process", "Stock service")],
        },
      ],
    },
  };
  const upload = {
    name: "shop.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  };
  await importInput(page).setInputFiles(upload);
  const dialog = page.getByRole("dialog", { name: "Import from OWASP Threat Dragon v2" });
  await dialog.getByRole("radio", { name: /Back office/ }).check();
  await expect(dialog.getByText("Threat statuses: 1 Accepted")).toBeVisible();
  await dialog.getByRole("button", { name: "Open imported model" }).click();
  await expect(modelTitle(page)).toHaveText("Shop — Back office");
  await expect(node(page, "Process: Stock service")).toBeVisible();

  await importInput(page).setInputFiles(upload);
  await dialog.getByRole("radio", { name: "Each diagram as its own model" }).check();
  await expect(dialog.getByRole("region", { name: "Import report for Checkout" })).toBeVisible();
  await dialog.getByRole("button", { name: "Open 2 models" }).click();
  await expect(modelTitle(page)).toHaveText("Shop — Checkout");
  await page.getByRole("button", { name: "Models", exact: true }).click();
  const models = page.getByRole("dialog", { name: "Threat models" });
  await expect(
    models.getByRole("button", { name: "Open Shop — Back office", exact: true }),
  ).toHaveCount(2);
});

test("a broken file dropped on the window says why, and the open model is unchanged", async ({
  page,
}) => {
  await openApp(page);
  const title = await modelTitle(page).innerText();
  const before = await storedOpenDoc(page);
  const broken = JSON.stringify({
    summary: { title: "Broken" },
    detail: { diagrams: "not a list" },
  });
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "broken.json", { type: "application/json" }));
    return transfer;
  }, broken);
  await canvas(page).dispatchEvent("dragenter", { dataTransfer });
  await canvas(page).dispatchEvent("dragover", { dataTransfer });
  await canvas(page).dispatchEvent("drop", { dataTransfer });
  const dialog = page.getByRole("dialog", { name: "Could not import broken.json" });
  const alert = dialog.getByRole("alert");
  await expect(alert).toContainText(
    'detail.diagrams: should be a list of diagrams, but is the text "not a list".',
  );
  await expect(alert).toContainText("Nothing was imported; the open model is unchanged.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(modelTitle(page)).toHaveText(title);
  expect(await storedOpenDoc(page)).toEqual(before);
});
