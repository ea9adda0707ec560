import { openApp, waitSaved } from "./support/app";
import { node } from "./support/canvas";
import { expect, test } from "./support/fixtures";
import {
  expectStatus,
  filterByStatus,
  giveName,
  item,
  LOGS_KEEP_PROMPTS,
  openView,
  PROMPT_INJECTION,
  records,
  shownCount,
  statusOf,
  tab,
  threats,
} from "./support/triage";

/**
 * Triage in the built app: keys on the list, the decision editor, scoring, mitigation records
 * and the implemented offer, custom threats with catalog references, bulk changes, the summary's
 * heat map, and decisions that outlive a deletion. Every test starts with an empty IndexedDB and
 * the sample LLM inference pipeline.
 */

test("triage with the keyboard, score, create a mitigation, implement it, accept the offer, reload: all of it is there, with the log", async ({
  page,
}) => {
  await openApp(page);
  const injection = item(page, PROMPT_INJECTION);
  await expectStatus(injection, "Open");

  // Keys act on the focused finding: I = needs investigation. The name is asked once.
  await injection.focus();
  await page.keyboard.press("i");
  await giveName(page, "Dana Kim");
  await expectStatus(injection, "Needs investigation");
  await expect(injection).toBeFocused();

  // N goes to the next untriaged finding; A (accept) asks for the reason, Ctrl+Enter saves.
  await page.keyboard.press("n");
  const next = threats(page).locator("[data-finding-row]:focus");
  await expect(next).toHaveAttribute("data-status", "open");
  const nextId = await next.getAttribute("data-finding-id");
  await page.keyboard.press("a");
  const editor = threats(page).getByRole("region", { name: /^Decision: / });
  await expect(editor.getByRole("radio", { name: /^Accepted/ })).toBeChecked();
  const justification = editor.getByRole("textbox", { name: "Justification (required)" });
  await expect(justification).toBeFocused();
  // Saving without a reason is refused, in words, at the field.
  await page.keyboard.press("Control+Enter");
  await expect(editor.getByRole("alert")).toHaveText('"Accepted" needs a justification: say why.');
  await justification.fill("Only enterprise customers reach it; reviewed with the CISO.");
  await page.keyboard.press("Control+Enter");
  await expect(editor).toBeHidden();
  const accepted = threats(page).locator(`[data-finding-id="${nextId}"]`);
  await expect(accepted).toHaveAttribute("data-status", "accepted");
  await expect(accepted).toContainText("Only enterprise customers reach it");

  // Score it: E opens the decision; the computed and the chosen value are both shown.
  await injection.focus();
  await page.keyboard.press("e");
  await expect(editor).toBeVisible();
  await editor.getByRole("combobox", { name: "Impact", exact: true }).selectOption("2");
  await expect(editor.getByText(/^Computed: \d × \d = \d+ \(Critical\)/)).toBeVisible();
  await expect(editor.getByText(/· Chosen: \d × 2 = \d+ \((Low|Medium)\)/)).toBeVisible();
  await editor.getByRole("button", { name: "Save decision" }).click();
  await expect(editor).toBeHidden();
  await expect(injection.locator(".tc-sev-chip")).toHaveText(/^(Low|Medium)$/);

  // Create a mitigation from its first suggestion, implement it, accept the offer.
  await injection.focus();
  await page.keyboard.press("e");
  const mitigations = editor.getByRole("region", { name: "Mitigations" });
  await mitigations
    .getByRole("button", { name: /^Create mitigation: / })
    .first()
    .click();
  const mitigationStatus = mitigations.getByRole("combobox", { name: /^Status of / });
  await expect(mitigationStatus).toHaveValue("proposed");
  const mitigationTitle = (await mitigations.locator(".tc-mitigation-title").textContent()) ?? "";
  expect(mitigationTitle.length).toBeGreaterThan(5);
  await mitigationStatus.selectOption("implemented");
  const offer = threats(page).getByRole("region", { name: "Mitigation implemented" });
  await expect(offer).toContainText(mitigationTitle);
  await offer.getByRole("button", { name: "Mark 1 finding mitigated" }).click();
  await expect(offer).toBeHidden();
  await expectStatus(injection, "Mitigated");
  await waitSaved(page);

  // Reload: everything is in the saved model.
  await page.reload();
  await expectStatus(item(page, PROMPT_INJECTION), "Mitigated");
  await expect(threats(page).locator(`[data-finding-id="${nextId}"]`)).toHaveAttribute(
    "data-status",
    "accepted",
  );
  const again = item(page, PROMPT_INJECTION);
  await expect(again.locator(".tc-sev-chip")).toHaveText(/^(Low|Medium)$/);
  await again.focus();
  await page.keyboard.press("e");
  await expect(editor.getByRole("combobox", { name: "Impact", exact: true })).toHaveValue("2");
  await expect(
    editor
      .getByRole("region", { name: "Mitigations" })
      .getByRole("combobox", { name: /^Status of / }),
  ).toHaveValue("implemented");
  const log = editor.getByRole("region", { name: "Decision log" }).getByRole("listitem");
  await expect(log).toHaveCount(2);
  await expect(log.nth(0)).toContainText("Needs investigation → Mitigated");
  await expect(log.nth(0)).toContainText("Dana Kim (mitigation implemented)");
  await expect(log.nth(0)).toContainText(`Mitigation implemented: ${mitigationTitle}`);
  await expect(log.nth(1)).toContainText("Open → Needs investigation");
  await editor.getByRole("button", { name: "Cancel" }).click();

  // The log as a view of its own, with every decision.
  await openView(page, "Log");
  const rows = records(page).getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("Needs investigation → Mitigated");
  await expect(rows.nth(2)).toContainText("Open → Accepted");
  await expect(rows.nth(2)).toContainText("Only enterprise customers reach it");
  await expect(rows.nth(3)).toContainText("Dana Kim");
  // ... and the name is not asked again.
  await tab(page, "Threats").click();
  await item(page, LOGS_KEEP_PROMPTS).focus();
  await page.keyboard.press("p");
  await expectStatus(item(page, LOGS_KEEP_PROMPTS), "Mitigation in progress");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("a custom threat with an ATLAS reference chosen in the picker is listed, triaged and kept", async ({
  page,
}) => {
  await openApp(page);
  await threats(page).getByRole("button", { name: "Add threat" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a threat" });
  await expect(dialog).toBeVisible();
  await dialog
    .getByRole("textbox", { name: "Title" })
    .fill("GPU driver exploit from a crafted model file");
  await dialog
    .getByRole("combobox", { name: "Add an element, flow or boundary" })
    .selectOption({ label: "GPU inference server" });
  await dialog.getByRole("button", { name: "Add", exact: true }).click();
  await expect(dialog.getByRole("list", { name: "About" })).toContainText("GPU inference server");
  await dialog.getByRole("checkbox", { name: "E · Elevation of privilege" }).check();

  // The reference picker searches every catalog by id or name.
  const picker = dialog.getByRole("combobox", { name: "References" });
  await picker.fill("poison training");
  const option = dialog.getByRole("option", { name: /^AML\.T0020 Poison Training Data/ });
  await expect(option).toBeVisible();
  await picker.press("ArrowDown");
  await picker.press("ArrowUp");
  await option.click();
  await expect(dialog.getByRole("list", { name: "References: chosen" })).toContainText(
    "AML.T0020 Poison Training Data",
  );
  await expect(picker).toHaveValue("");
  await dialog.getByRole("combobox", { name: "Likelihood", exact: true }).selectOption("5");
  await dialog.getByRole("combobox", { name: "Impact", exact: true }).selectOption("4");
  await dialog.getByRole("button", { name: "Add threat" }).click();
  await expect(dialog).toBeHidden();

  const custom = item(page, /^GPU driver exploit from a crafted model file/);
  await expect(custom).toBeVisible();
  await expect(custom).toContainText("Written by the team");
  await expect(custom).toContainText("AML.T0020");
  await expect(custom).toContainText("STRIDE E · Elevation of privilege");
  await expect(custom.locator(".tc-sev-chip")).toHaveText("Critical");
  await expect(custom).toBeFocused();
  await page.keyboard.press("i");
  await giveName(page, "Ravi Patel");
  await expectStatus(custom, "Needs investigation");
  await waitSaved(page);

  await page.reload();
  const kept = item(page, /^GPU driver exploit from a crafted model file/);
  await expectStatus(kept, "Needs investigation");
  await kept.getByRole("button", { name: "Details" }).click();
  await expect(kept.getByRole("link", { name: "AML.T0020 Poison Training Data" })).toHaveAttribute(
    "href",
    "https://atlas.mitre.org/techniques/AML.T0020",
  );
});

test("bulk-triage 15 findings in one step, undone in one step", async ({ page }) => {
  await openApp(page);
  const boxes = threats(page).getByRole("checkbox", { name: /^Select: / });
  for (let i = 0; i < 15; i++) await boxes.nth(i).check();
  const bulk = threats(page).getByRole("group", { name: "Bulk triage" });
  await expect(bulk.getByRole("status")).toHaveText("15 selected");
  await bulk.getByRole("combobox", { name: "Set status" }).selectOption("notApplicable");
  await bulk
    .getByRole("textbox", { name: "Justification (required)" })
    .fill("Out of scope for this release");
  await bulk.getByRole("button", { name: "Apply to 15" }).click();
  await giveName(page, "Dana Kim");
  await expect(bulk).toBeHidden();

  await filterByStatus(page, "notApplicable");
  await expect.poll(async () => (await shownCount(page)).shown).toBe(15);
  for (const row of await threats(page).locator("[data-finding-row]").all()) {
    await expect(row).toHaveAttribute("data-status", "notApplicable");
  }
  await openView(page, "Log");
  await expect(records(page).getByRole("table").getByRole("row")).toHaveCount(16);
  await expect(records(page).getByRole("table")).toContainText("(bulk change)");

  await page.keyboard.press("Control+z");
  await tab(page, "Threats").click();
  await expect.poll(async () => (await shownCount(page)).shown).toBe(0);
});

test("the heat map's cells filter the list, and the summary says what it counts", async ({
  page,
}) => {
  await openApp(page);
  await expect.poll(async () => (await shownCount(page)).shown).toBeGreaterThan(0);
  const { shown: all } = await shownCount(page);
  await openView(page, "Overview");
  const summary = records(page).getByRole("region", { name: "Summary" });
  await expect(summary.getByRole("status")).toHaveText("For the whole model");
  await expect(summary.getByText(/^0 of \d+ findings triaged$/)).toBeVisible();
  const cells = summary.getByRole("button", {
    name: /^Inherent risk, likelihood \d, impact \d: [1-9]\d* findings?$/,
  });
  const cell = cells.first();
  const label = (await cell.getAttribute("aria-label")) ?? "";
  const [, likelihood, impact, count] = /likelihood (\d), impact (\d): (\d+)/.exec(label) ?? [];
  await cell.click();

  // Back on the list, filtered to that cell and saying so.
  await expect(tab(page, "Threats")).toHaveAttribute("aria-selected", "true");
  await expect(
    threats(page).getByText(`Inherent risk: likelihood ${likelihood} × impact ${impact}`),
  ).toBeVisible();
  await expect.poll(async () => (await shownCount(page)).shown).toBe(Number(count));
  await threats(page).getByRole("button", { name: "Clear risk filter" }).click();
  await expect.poll(async () => (await shownCount(page)).shown).toBe(all);

  // Counting the selection, the summary says so; the whole model again at the user's word.
  await page.getByRole("button", { name: "Fit view", exact: true }).click();
  await node(page, "Process: API gateway").click();
  await tab(page, "Summary").click();
  await expect(summary.getByRole("status")).toHaveText("For the whole model");
  await summary.getByRole("radio", { name: "Selection" }).check();
  await expect(summary.getByRole("status")).toHaveText("For the selection: API gateway");
  await summary.getByRole("radio", { name: "Whole model" }).check();
  await expect(summary.getByRole("status")).toHaveText("For the whole model");
});

test("deleting an element with decisions says how many; undo brings them back; the canvas marks untriaged elements", async ({
  page,
}) => {
  await openApp(page);
  const logs = node(page, "Data store: Inference log store");
  const badge = logs.locator(".tc-findings-badge");
  await expect(badge).toHaveAttribute("aria-label", /untriaged/);
  const untriaged = Number(await badge.getAttribute("data-untriaged"));
  expect(untriaged).toBeGreaterThan(0);
  // This time from the selected element: the list narrows to its threats; its card's menu.
  await page.getByRole("button", { name: "Fit view", exact: true }).click();
  await logs.click();
  await threats(page).getByRole("button", { name: "Only Inference log store" }).click();
  await expect(threats(page).getByText(/^Inference log store:$/)).toBeVisible();
  const { shown } = await shownCount(page);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(20);
  const row = item(page, LOGS_KEEP_PROMPTS);
  await statusOf(row).click();
  const menu = row.getByRole("menu", { name: /^Set the status of: / });
  await expect(menu.getByRole("menuitemradio", { name: /^Open/ })).toBeFocused();
  await menu.getByRole("menuitemradio", { name: /^Needs investigation/ }).click();
  await giveName(page, "Dana Kim");
  await expect(menu).toBeHidden();
  await expectStatus(row, "Needs investigation");
  await expect(badge).toHaveAttribute("data-untriaged", String(untriaged - 1));

  await logs.click();
  await page.keyboard.press("Delete");
  await expect(page.getByRole("status").filter({ hasText: "triage decision" })).toContainText(
    "1 triage decision no longer applies",
  );
  await openView(page, "No longer applies (1)");
  const stale = records(page).getByRole("listitem", { name: LOGS_KEEP_PROMPTS });
  await expect(stale).toContainText("Needs investigation");
  await expect(stale).toContainText("inference-logs was deleted");

  await page.keyboard.press("Control+z");
  await expect(tab(page, "No longer applies (1)")).toHaveCount(0);
  await tab(page, "Threats").click();
  await threats(page).getByRole("radio", { name: "Whole model" }).check();
  await expectStatus(item(page, LOGS_KEEP_PROMPTS), "Needs investigation");
});
