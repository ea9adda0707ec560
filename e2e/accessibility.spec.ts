import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { openApp, openModels } from "./support/app";
import { flow, node, viewport } from "./support/canvas";
import { expect, test } from "./support/fixtures";
import { SAMPLE_ELEMENTS, SAMPLE_FLOWS } from "./support/sample";
import { PROMPT_INJECTION, item, openView, statusOf, threats } from "./support/triage";
import { exportMenuButton, importFile } from "./support/transfer";
import { showTab, sidePanel, withPrefs } from "./support/workspace";

/**
 * axe-core on every screen of the workspace, in each theme (issue 9, item 6): no violations.
 * Colour contrast on the canvas (which axe cannot judge under transforms) is checked by the
 * unit test of the theme palettes.
 */

/** A valid model file to import. */
const SMALL_MODEL = {
  schemaVersion: 2,
  id: "a11y-import",
  name: "Chat app",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
  elements: [
    { id: "app", type: "process", name: "Chat app", position: { x: 80, y: 120 } },
    { id: "user", type: "externalEntity", name: "User", position: { x: 460, y: 120 } },
  ],
  flows: [{ id: "f1", source: "user", target: "app", label: "prompts" }],
};

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ")}`)
        .join("\n"),
  );
  expect(found, `axe on ${screen}`).toEqual([]);
}

for (const theme of ["light", "dark", "contrast"] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ viewport: { width: 1280, height: 720 } });
    // axe takes a few seconds a screen on this machine, and each test checks several.
    test.describe.configure({ timeout: 180_000 });
    test.beforeEach(async ({ page }) => {
      await withPrefs(page, { theme });
      await openApp(page);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    });

    test("the editor and each tab of the side panel", async ({ page }) => {
      await expectNoViolations(page, "Threats tab");
      await page.getByRole("button", { name: /^Filters/ }).click();
      await expectNoViolations(page, "Threats tab, filter menu open");
      await showTab(page, "Questions");
      await expectNoViolations(page, "Questions tab");
      await showTab(page, "Summary");
      await expectNoViolations(page, "Summary tab");
      await showTab(page, "Inspector");
      await expectNoViolations(page, "Inspector, model details");
      await node(page, SAMPLE_ELEMENTS["inference-server"]).click();
      await expectNoViolations(page, "Inspector, an element");
      await flow(page, SAMPLE_FLOWS["flow-forward"]).focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("region", { name: "Inspector" })).toContainText("Data flow");
      await expectNoViolations(page, "Inspector, a flow");
      await showTab(page, "Summary");
      await expectNoViolations(page, "Summary tab with a selection");
    });

    test("palette expanded, panel collapsed, minimap shown", async ({ page }) => {
      await page.getByRole("button", { name: "Expand palette" }).click();
      await sidePanel(page).getByRole("button", { name: "Hide side panel" }).click();
      await page
        .getByRole("toolbar", { name: "Editor" })
        .getByRole("button", { name: "Minimap" })
        .click();
      await expect(page.getByRole("img", { name: "Minimap" })).toBeVisible();
      await expectNoViolations(page, "palette expanded, panel collapsed, minimap");
      // Zoomed out below legible text: the overview (canvas/detailLevel.ts).
      const zoomOut = page.getByRole("button", { name: "Zoom Out" });
      while ((await viewport(page)).zoom >= 0.2) await zoomOut.click();
      await expect(page.locator(".tc-node.is-overview").first()).toBeVisible();
      await expectNoViolations(page, "the canvas zoomed out to its overview");
    });

    test("dialogs: models, connect, keyboard shortcuts, templates", async ({ page }) => {
      await openModels(page);
      await expectNoViolations(page, "Models dialog");
      await page.keyboard.press("Escape");
      await node(page, SAMPLE_ELEMENTS["api-gateway"]).click();
      await page.keyboard.press("c");
      await expect(page.getByRole("dialog", { name: /^Connect API gateway/ })).toBeVisible();
      await expectNoViolations(page, "Connect dialog");
      await page.keyboard.press("Escape");
      await page.keyboard.press("?");
      await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
      await expectNoViolations(page, "Keyboard shortcuts dialog");
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Templates", exact: true }).click();
      await expect(page.getByRole("dialog", { name: "New model from a template" })).toBeVisible();
      await expectNoViolations(page, "Template gallery");
    });

    test("triage: status menu, name dialog, decision editor, bulk bar, Add threat; the Summary views", async ({
      page,
    }) => {
      const injection = item(page, PROMPT_INJECTION);
      await statusOf(injection).click();
      const menu = injection.getByRole("menu", { name: /^Set the status of: / });
      await expect(menu).toBeVisible();
      await expectNoViolations(page, "status menu");
      await menu.getByRole("menuitemradio", { name: /^Needs investigation/ }).click();
      const nameDialog = page.getByRole("dialog", { name: "Your name for the decision log" });
      await expect(nameDialog).toBeVisible();
      await expectNoViolations(page, "name dialog");
      await nameDialog.getByRole("textbox", { name: "Name" }).fill("Dana Kim");
      await nameDialog.getByRole("button", { name: "Save name" }).click();
      await injection.focus();
      await page.keyboard.press("e");
      await expect(threats(page).getByRole("region", { name: /^Decision: / })).toBeVisible();
      await expectNoViolations(page, "decision editor");
      await threats(page).getByRole("button", { name: "Cancel" }).click();
      await threats(page)
        .getByRole("checkbox", { name: /^Select: / })
        .first()
        .check();
      await expect(threats(page).getByRole("group", { name: "Bulk triage" })).toBeVisible();
      await expectNoViolations(page, "bulk bar, findings marked");
      await threats(page).getByRole("button", { name: "Add threat" }).click();
      await expect(page.getByRole("dialog", { name: /threat/i })).toBeVisible();
      await expectNoViolations(page, "Add threat dialog");
      await page.keyboard.press("Escape");
      for (const view of ["Overview", "Mitigations", "Assumptions", "Log"]) {
        await openView(page, view);
        await expectNoViolations(page, `Summary tab, ${view}`);
      }
    });

    test("export menu, report options, import dialog", async ({ page }) => {
      await exportMenuButton(page).click();
      await expect(page.getByRole("menu", { name: "Export" })).toBeVisible();
      await expectNoViolations(page, "Export menu");
      await page
        .getByRole("menu", { name: "Export" })
        .getByRole("menuitem", { name: "PDF report…" })
        .click();
      await expect(page.getByRole("form", { name: /options$/ })).toBeVisible();
      await expectNoViolations(page, "PDF report options");
      await page.keyboard.press("Escape");
      await importFile(page, "broken.json", '{"schemaVersion": 2, "elements": "none"}');
      const refused = page.getByRole("dialog", { name: "Could not import broken.json" });
      await expect(refused).toBeVisible();
      await expectNoViolations(page, "Import dialog, a refused file");
      await refused.getByRole("button", { name: "Close" }).click();
      await importFile(page, "small.json", JSON.stringify(SMALL_MODEL));
      await expect(
        page.getByRole("dialog", { name: "Import from ThreatCanvas model" }),
      ).toBeVisible();
      await expectNoViolations(page, "Import dialog, a model to open");
    });
  });
}
