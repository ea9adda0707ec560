import { hostileModel } from "../src/testing/hostile/hostileModel";
import { HOSTILE_PAYLOADS } from "../src/testing/hostile/payloads";
import { openApp, openModels, inspector } from "./support/app";
import { showTab } from "./support/workspace";
import { allNodes, canvas, clickNode } from "./support/canvas";
import { test, expect } from "./support/fixtures";
import { expectNothingHostile, seedAndOpen, watchForExecution } from "./support/hostile";

/**
 * The XSS corpus in the app: a model whose every text field (and a third of the ids) is a
 * payload, opened and used — select, inspect, read the findings, list the models, copy and
 * paste, paste a bad fragment. Nothing runs, no dialog opens, no element or link is made from
 * user text, and no name reorders the app's own sentences.
 */

const model = hostileModel();
/** The hosts of the catalogs our references link to, and React Flow's attribution. */
const OUR_HOSTS = new Set([
  "atlas.mitre.org",
  "owasp.org",
  "genai.owasp.org",
  "owaspai.org",
  "linddun.org",
  "www.databricks.com",
  "csrc.nist.gov",
  "cloudsecurityalliance.org",
  "reactflow.dev",
]);
/** Catalogs published on shared hosts: only their own paths count as ours. */
const OUR_PATHS = ["https://github.com/cosai-oasis/secure-ai-tooling"];
const isOurLink = (value: string) => {
  try {
    const url = new URL(value);
    if (url.protocol !== "https:") return false;
    return (
      OUR_HOSTS.has(url.hostname) || OUR_PATHS.some((p) => value.startsWith(`${p}/`) || value === p)
    );
  } catch {
    return false;
  }
};

function stringsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === "string") out.add(value.trim());
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value && typeof value === "object")
    Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}
const userTexts = stringsOf(model);

test("a model full of payloads opens, is used, and nothing in it runs or reorders our text", async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const watch = await watchForExecution(page);
  const check = () => expectNothingHostile(page, watch, isOurLink, userTexts);

  await openApp(page);
  await seedAndOpen(page, model);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(model.name);
  await expect(allNodes(page)).toHaveCount(model.elements.length);
  await check();

  // Inspect several elements: the fields hold the payloads as typed.
  await showTab(page, "Inspector");
  const nodes = allNodes(page);
  for (const index of [1, 2, 3, 7, 12, 20]) {
    const target = nodes.nth(index);
    await target.scrollIntoViewIfNeeded();
    await clickNode(page, target);
    const name = inspector(page).getByRole("textbox", { name: "Name", exact: true });
    await expect(name).toBeVisible();
    expect(model.elements.map((e) => e.name)).toContain(await name.inputValue());
  }
  await check();

  // The findings panel, details open.
  await canvas(page).click({ position: { x: 5, y: 5 } });
  await showTab(page, "Threats");
  const threats = page.getByRole("region", { name: "Threats" });
  const details = threats.getByRole("button", { name: "Details" });
  await expect(details.first()).toBeVisible();
  for (let i = 0; i < 6; i++) await details.nth(i).click();
  await check();

  // The model list, with a row per model (the names are payloads).
  const dialog = await openModels(page);
  await expect(dialog.getByRole("listitem")).toHaveCount(2);
  await check();
  await page.keyboard.press("Escape");

  // Copy and paste hostile elements; then paste a fragment the app refuses, naming a hostile id.
  await clickNode(page, nodes.nth(1));
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await expect(allNodes(page)).toHaveCount(model.elements.length + 1);
  const rlo = HOSTILE_PAYLOADS.find((p) => p.id === "bidi-rlo")!.text;
  const bad = {
    format: "threatcanvas/fragment",
    version: 1,
    elements: [0, 1].map((i) => ({
      id: rlo,
      type: "process",
      name: rlo,
      position: { x: i * 100, y: 0 },
    })),
    flows: [],
  };
  await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify(bad));
  await canvas(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+v");
  await expect(page.getByRole("alert").filter({ hasText: "Nothing pasted" })).toContainText(
    "duplicate id",
  );
  await check();

  // The Export menu and a report's options dialog, with a payload typed as "prepared by".
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page
    .getByRole("menu", { name: "Export" })
    .getByRole("menuitem", { name: "PDF report…" })
    .click();
  const options = page.getByRole("dialog", { name: "PDF report" });
  await options.getByRole("textbox", { name: "Prepared by" }).fill(rlo);
  await check();
  await options.getByRole("button", { name: "Cancel" }).click();

  // The print view: the whole report rendered into the page from the model's text.
  const printRoot = page.locator("#tc-print-root");
  await expect
    .poll(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
      return printRoot.innerText();
    })
    .toContain("Executive summary");
  await check();
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
});
