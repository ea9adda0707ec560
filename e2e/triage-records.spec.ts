import { readFile } from "node:fs/promises";
import { hostileModel } from "../src/testing/hostile/hostileModel";
import { openApp, waitSaved } from "./support/app";
import { expect, test } from "./support/fixtures";
import { expectNothingHostile, seedAndOpen, watchForExecution } from "./support/hostile";
import {
  decisionEditor,
  expectStatus,
  filterByStatus,
  giveName,
  item,
  LOGS_KEEP_PROMPTS,
  openView,
  PROMPT_INJECTION,
  records,
  tab,
  threats,
} from "./support/triage";

/**
 * What a security lead keeps over months: DREAD-AI scores and residual risk side by side with
 * the inherent risk, assumptions that reopen the decisions resting on them, the decision log as
 * CSV, and every triage view holding hostile text without running it.
 */

test("score with DREAD-AI, record the residual risk: the summary shows inherent and residual side by side", async ({
  page,
}) => {
  await openApp(page);
  await openView(page, "Overview");
  const summary = records(page).getByRole("region", { name: "Summary" });
  await summary.getByRole("radio", { name: "DREAD-AI" }).check();
  await expect(summary.getByRole("radio", { name: "DREAD-AI" })).toBeChecked();
  await tab(page, "Threats").click();

  const injection = item(page, PROMPT_INJECTION);
  await injection.focus();
  await page.keyboard.press("e");
  const editor = decisionEditor(page);
  await editor.getByRole("button", { name: "Score with DREAD-AI" }).click();
  const factor = (name: string) => editor.getByRole("spinbutton", { name: new RegExp(`^${name}`) });
  // Base (6 + 5 + 5 + 4 + 5) / 5 = 5, AI multiplier (1.2 x 1.2 x 1.2)^(1/3) = 1.2: 6.00, High.
  for (const [name, value] of [
    ["Damage", "6"],
    ["Reproducibility", "5"],
    ["Exploitability", "5"],
    ["Affected users", "4"],
    ["Discoverability", "5"],
    ["Model impact", "1.2"],
    ["Data sensitivity", "1.2"],
    ["Detection difficulty", "1.2"],
  ] as const) {
    await factor(name).fill(value);
  }
  await expect(
    editor.getByText(/^DREAD-AI 6\.00: High \(base 5\.00 × AI multiplier 1\.20/),
  ).toBeVisible();
  // The rule's likelihood x impact stays in sight next to the team's score.
  await expect(editor.getByText(/^Computed: \d × \d = \d+ \(Critical\)/)).toBeVisible();

  // Mitigated, with what remains: likelihood 1, impact 2.
  await editor.getByRole("radio", { name: /^Mitigated/ }).check();
  await editor
    .getByRole("textbox", { name: "Justification (required)" })
    .fill("Instructions and user text are separated; output is screened.");
  await editor.getByRole("combobox", { name: "Residual likelihood" }).selectOption("1");
  await editor.getByRole("combobox", { name: "Residual impact" }).selectOption("2");
  await expect(editor.getByText("Residual: 1 × 2 = 2 (Info)")).toBeVisible();
  // Owner, review date, and a ticket that must be an http(s) link.
  await editor.getByRole("textbox", { name: "Owner" }).fill("ML platform team");
  await editor.getByLabel("Review by").fill("2027-03-01");
  const ticket = editor.getByRole("textbox", { name: "Ticket or link" });
  await ticket.fill("javascript:alert(1)");
  await editor.getByRole("button", { name: "Save decision" }).click();
  await expect(editor.getByRole("alert")).toHaveText(
    "The ticket must be an http:// or https:// link.",
  );
  await expect(ticket).toBeFocused();
  await ticket.fill("https://tracker.example.com/browse/SEC-42");
  await editor.getByRole("button", { name: "Save decision" }).click();
  await giveName(page, "Dana Kim");
  await expect(editor).toBeHidden();
  await expectStatus(injection, "Mitigated");
  await expect(injection.locator(".tc-sev-chip")).toHaveText("High");
  await expect(injection).toContainText("Owner: ML platform team · Review by 2027-03-01");
  await expect(injection.getByRole("link", { name: "Ticket" })).toHaveAttribute(
    "href",
    "https://tracker.example.com/browse/SEC-42",
  );

  await openView(page, "Overview");
  await expect(
    summary.getByRole("button", { name: "Residual risk, likelihood 1, impact 2: 1 finding" }),
  ).toBeVisible();
  await expect(summary.getByText(/^1 of \d+ findings triaged/)).toBeVisible();
  const bySeverity = summary.getByRole("table", { name: "Inherent and residual, by severity" });
  await expect(bySeverity).toBeVisible();
  await waitSaved(page);

  // Kept: the method, the score and the residual.
  await page.reload();
  await openView(page, "Overview");
  await expect(summary.getByRole("radio", { name: "DREAD-AI" })).toBeChecked();
  await expect(
    summary.getByRole("button", { name: "Residual risk, likelihood 1, impact 2: 1 finding" }),
  ).toBeVisible();
});

test("an assumption a decision rests on, marked invalid, reopens the finding; the log says so and downloads as CSV", async ({
  page,
}) => {
  await openApp(page);
  const injection = item(page, PROMPT_INJECTION);
  await injection.focus();
  await page.keyboard.press("a");
  const editor = decisionEditor(page);
  await editor
    .getByRole("textbox", { name: "Justification (required)" })
    .fill("Only vetted partners send prompts.");
  const assumptions = editor.getByRole("region", { name: "Assumptions" });
  const premise = "Only vetted partners hold API keys for the gateway";
  await assumptions
    .getByRole("textbox", { name: "New assumption this decision rests on" })
    .fill(premise);
  await assumptions.getByRole("button", { name: "Add assumption" }).click();
  await expect(assumptions.getByRole("listitem")).toContainText(premise);
  await editor.getByRole("button", { name: "Save decision" }).click();
  await giveName(page, "Ravi Patel");
  await expect(editor).toBeHidden();
  await expectStatus(injection, "Accepted");

  // The assumptions view lists it with what it is about; it stops holding.
  await openView(page, "Assumptions");
  const row = records(page).getByRole("listitem", { name: premise });
  await expect(row).toContainText("Prompts sent to GPU inference server");
  await row.getByRole("button", { name: "Mark invalid" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assumption invalid" })).toContainText(
    "1 finding reopened",
  );
  await expect(row).toContainText("No longer holds");

  await tab(page, "Threats").click();
  await expectStatus(item(page, PROMPT_INJECTION), "Open");

  // The log: the acceptance, then the reopening caused by the assumption.
  await openView(page, "Log");
  const rows = records(page).getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("Accepted → Open");
  await expect(rows.nth(1)).toContainText(`Assumption no longer holds: ${premise}`);
  await expect(rows.nth(2)).toContainText("Open → Accepted");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    records(page).getByRole("button", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/decision-log\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("When,Finding id,Finding,From,To,By,Via,Justification");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(",Open,Accepted,Ravi Patel,triage,Only vetted partners send prompts.");
  expect(lines[2]).toContain(
    `,Accepted,Open,Ravi Patel,assumption,Assumption no longer holds: ${premise}`,
  );
});

test("the triage views hold a model full of payloads without running any", async ({ page }) => {
  test.setTimeout(120_000);
  const model = hostileModel();
  const watch = await watchForExecution(page);
  const texts = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === "string") texts.add(value.trim());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  collect(model);
  const ours = (value: string) => {
    try {
      const url = new URL(value);
      return (
        url.protocol === "https:" &&
        /(^|\.)(mitre\.org|owasp\.org|reactflow\.dev)$/.test(url.hostname)
      );
    } catch {
      return false;
    }
  };
  const check = () => expectNothingHostile(page, watch, ours, texts);

  await openApp(page);
  await seedAndOpen(page, model);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(model.name);
  for (const view of ["Overview", "Mitigations", "Assumptions", "Log"]) {
    await openView(page, view);
    await check();
  }
  const stale = records(page).getByRole("tab", { name: /^No longer applies/ });
  if ((await stale.count()) > 0) {
    await stale.click();
    await check();
  }
  // The decision editor of the accepted finding (its justification, owner and notes are payloads).
  await tab(page, "Threats").click();
  await filterByStatus(page, "accepted");
  const accepted = threats(page).locator("[data-finding-row]").first();
  await accepted.focus();
  await page.keyboard.press("e");
  await expect(decisionEditor(page)).toBeVisible();
  await check();
});

test("a mitigation written by hand, with an ATLAS mitigation from the catalog, covers two findings; the assumption it rests on stops holding and both reopen", async ({
  page,
}) => {
  await openApp(page);
  const title = "Screen prompts with an input guardrail";
  await openView(page, "Mitigations");
  await records(page).getByRole("textbox", { name: "New mitigation" }).fill(title);
  await records(page).getByRole("button", { name: "Add mitigation" }).click();
  const record = records(page).getByRole("listitem", { name: title });
  const picker = record.getByRole("combobox", { name: "ATLAS mitigations" });
  await picker.fill("adversarial input detection");
  await record.getByRole("option", { name: /^AML\.M0015 / }).click();
  await expect(record.getByRole("list", { name: "ATLAS mitigations: chosen" })).toContainText(
    "AML.M0015",
  );

  // Linked to two findings from their decisions; Mitigated needs no reason with a record linked.
  await tab(page, "Threats").click();
  const covered = [PROMPT_INJECTION, LOGS_KEEP_PROMPTS];
  for (const [i, finding] of covered.entries()) {
    await item(page, finding).focus();
    await page.keyboard.press("e");
    const editor = decisionEditor(page);
    const mitigations = editor.getByRole("region", { name: "Mitigations" });
    await mitigations
      .getByRole("combobox", { name: "Link an existing mitigation" })
      .selectOption({ label: `${title} (Proposed)` });
    await mitigations.getByRole("button", { name: "Link", exact: true }).click();
    await expect(mitigations.locator(".tc-mitigation-title")).toHaveText(title);
    await editor.getByRole("radio", { name: /^Mitigated/ }).check();
    await expect(editor.getByRole("textbox", { name: "Justification", exact: true })).toBeVisible();
    await editor.getByRole("button", { name: "Save decision" }).click();
    if (i === 0) await giveName(page, "Dana Kim");
    await expect(editor).toBeHidden();
    await expectStatus(item(page, finding), "Mitigated");
  }

  // The assumption the mitigation rests on, linked to it in the Assumptions view.
  const premise = "The gateway forwards only prompts that passed the guardrail";
  await openView(page, "Assumptions");
  await records(page).getByRole("textbox", { name: "New assumption" }).fill(premise);
  await records(page).getByRole("button", { name: "Add assumption" }).click();
  const row = records(page).getByRole("listitem", { name: premise });
  await expect(row).toContainText("the whole model");
  await row.getByRole("combobox", { name: "Link to" }).selectOption({ label: title });
  await row.getByRole("button", { name: "Link", exact: true }).click();
  await expect(row.getByRole("list", { name: `About: ${premise}` })).toContainText(
    `Mitigation: ${title}`,
  );
  await openView(page, "Mitigations");
  await expect(record).toContainText(`Rests on: ${premise}`);

  await openView(page, "Assumptions");
  await row.getByRole("button", { name: "Mark invalid" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assumption invalid" })).toContainText(
    "2 findings reopened",
  );
  await openView(page, "Mitigations");
  await expect(record).toContainText("No longer holds");
  await tab(page, "Threats").click();
  for (const finding of covered) await expectStatus(item(page, finding), "Open");
});
