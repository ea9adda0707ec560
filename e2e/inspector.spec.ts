import { test, expect } from "./support/fixtures";
import { withPrefs } from "./support/workspace";
import {
  alertSaying,
  createBlankModel,
  inspector,
  openApp,
  paletteItem,
  toolbarButton,
  waitSaved,
} from "./support/app";
import { canvas, clickFlow, connect, dropFromPalette, flow, node, paneAt } from "./support/canvas";
import { elementNamed, storedOpenDoc, type StoredElement } from "./support/db";
import {
  checkbox,
  commitText,
  expectTriState,
  inspectorHeading,
  numberField,
  selectField,
  textField,
  triOption,
  triState,
} from "./support/inspector";
import type { Page } from "@playwright/test";

// These tests edit in the Inspector: it is the side panel's open tab, as a user would leave it.
test.beforeEach(async ({ page }) => {
  await withPrefs(page, { panelTab: "inspector" });
});

/**
 * Issue 2, point 6: the selection is edited in a side panel — name, description, technologies,
 * ML asset kind, out of scope with reason, and each type's security and privacy properties;
 * protection properties are yes / no / unknown (unknown by default, and not the same as no);
 * invalid values get an inline message and are not applied.
 */

const PROCESS_PROPS = [
  ["Internet exposed", "internetExposed"],
  ["Authenticates callers", "authenticatesCallers"],
  ["Authorizes actions", "authorizesActions"],
  ["Rate limited", "rateLimited"],
  ["Validates input", "validatesInput"],
  ["Runs privileged", "runsPrivileged"],
  ["Executes code from its inputs", "executesInputCode"],
] as const;

const STORE_PROPS = [
  ["Encrypted at rest", "encryptedAtRest"],
  ["Integrity verified / signed", "integrityVerified"],
  ["Stores credentials", "storesCredentials"],
  ["Stores logs", "storesLogs"],
  ["Contains personal data", "containsPersonalData"],
] as const;

const FLOW_PROPS = [
  ["Encrypted in transit", "encryptedInTransit"],
  ["Authenticated", "authenticated"],
  ["Integrity verified / signed", "integrityVerified"],
  ["Carries personal data", "carriesPersonalData"],
] as const;

async function blankWith(page: Page, item: string, label: string): Promise<void> {
  await openApp(page);
  await createBlankModel(page, { name: "Inspector" });
  await paletteItem(page, item).click();
  await expect(node(page, label)).toBeVisible();
  // The new element is selected.
  await expect(textField(page, "Name")).toHaveValue(item);
}

async function stored(page: Page, name: string): Promise<StoredElement> {
  await waitSaved(page);
  return elementNamed(await storedOpenDoc(page), name);
}

test("a process: every protection property is yes/no/unknown, unknown until answered", async ({
  page,
}) => {
  await blankWith(page, "Process", "Process: Process");
  await expect(inspectorHeading(page).first()).toHaveText("Process");

  for (const [label] of PROCESS_PROPS) await expectTriState(page, label, "Unknown");
  expect((await stored(page, "Process")).props).toEqual(
    Object.fromEntries(PROCESS_PROPS.map(([, key]) => [key, "unknown"])),
  );

  await triOption(page, "Internet exposed", "Yes").check();
  await triOption(page, "Runs privileged", "No").check();
  await expectTriState(page, "Internet exposed", "Yes");
  await expectTriState(page, "Runs privileged", "No");
  await expectTriState(page, "Rate limited", "Unknown");
  await expect
    .poll(async () => (await stored(page, "Process")).props)
    .toMatchObject({ internetExposed: "yes", runsPrivileged: "no", rateLimited: "unknown" });

  // Back to unknown is an answer of its own, not "no".
  await triOption(page, "Internet exposed", "Unknown").check();
  await expect
    .poll(async () => (await stored(page, "Process")).props.internetExposed)
    .toBe("unknown");

  // Each answer is one undo step.
  await toolbarButton(page, "Undo").click();
  await expectTriState(page, "Internet exposed", "Yes");
  await toolbarButton(page, "Undo").click();
  await expectTriState(page, "Runs privileged", "Unknown");
});

test("a data store: protections, classification and retention; an invalid retention is refused", async ({
  page,
}) => {
  await blankWith(page, "Data store", "Data store: Data store");
  for (const [label] of STORE_PROPS) await expectTriState(page, label, "Unknown");
  await expect(selectField(page, "Data classification")).toHaveValue("unknown");
  await expect(numberField(page, "Retention (days)")).toHaveValue("");

  await triOption(page, "Encrypted at rest", "No").check();
  await triOption(page, "Contains personal data", "Yes").check();
  await selectField(page, "Data classification").selectOption({ label: "Restricted" });
  const retention = numberField(page, "Retention (days)");
  await retention.fill("30");
  await retention.press("Enter");
  await expect
    .poll(async () => (await stored(page, "Data store")).props)
    .toMatchObject({
      encryptedAtRest: "no",
      containsPersonalData: "yes",
      classification: "restricted",
      retentionDays: 30,
      storesLogs: "unknown",
    });

  // Invalid: an inline message under the field, and the stored value stays.
  for (const [bad, message] of [
    ["-5", "Retention (days) cannot be negative"],
    ["2.5", "Retention (days) must be a whole number of days"],
    ["99999", "Retention (days) must be at most"],
  ] as const) {
    await retention.fill(bad);
    await retention.press("Enter");
    await expect(inspector(page).getByRole("alert")).toContainText(message);
    await expect(retention).toHaveAttribute("aria-invalid", "true");
    expect((await stored(page, "Data store")).props.retentionDays, bad).toBe(30);
  }
  // Escape puts the stored value back; empty means "nobody knows yet".
  await retention.press("Escape");
  await expect(retention).toHaveValue("30");
  await expect(inspector(page).getByRole("alert")).toHaveCount(0);
  await retention.fill("");
  await retention.press("Enter");
  await expect.poll(async () => (await stored(page, "Data store")).props.retentionDays).toBeNull();
});

test("an external entity: human or system, who is behind it, authenticated", async ({ page }) => {
  await blankWith(page, "External entity", "External entity: External entity");
  await expect(selectField(page, "Human or system")).toHaveValue("unknown");
  await expect(selectField(page, "Who is behind it")).toHaveValue("unknown");
  await expectTriState(page, "Authenticated", "Unknown");
  await selectField(page, "Human or system").selectOption({ label: "Human" });
  await selectField(page, "Who is behind it").selectOption({ label: "Authenticated customers" });
  await triOption(page, "Authenticated", "No").check();
  await expect
    .poll(async () => (await stored(page, "External entity")).props)
    .toEqual({ entityKind: "human", audience: "customers", authenticated: "no" });
});

test("a flow: data carried, protocol, classification and its protections", async ({ page }) => {
  await openApp(page);
  await createBlankModel(page, { name: "Flow props" });
  await dropFromPalette(page, "External entity", await paneAt(page, 0.25, 0.3));
  await dropFromPalette(page, "Process", await paneAt(page, 0.7, 0.3));
  await connect(
    page,
    node(page, "External entity: External entity"),
    node(page, "Process: Process"),
  );
  const drawn = flow(page, "Data flow (unlabelled) from External entity to Process");
  await expect(drawn).toBeAttached();
  await expect(inspectorHeading(page).first()).toHaveText("Data flow");

  for (const [label] of FLOW_PROPS) await expectTriState(page, label, "Unknown");
  await commitText(textField(page, "Label"), "Uploads");
  await commitText(textField(page, "Protocol"), "gRPC");
  const carried = textField(page, "Data carried");
  await carried.fill("Images and their labels");
  await carried.blur();
  await selectField(page, "Data classification").selectOption({ label: "Confidential" });
  await triOption(page, "Encrypted in transit", "Yes").check();
  await triOption(page, "Carries personal data", "No").check();

  await waitSaved(page);
  await expect
    .poll(async () => (await storedOpenDoc(page)).flows[0])
    .toMatchObject({
      label: "Uploads",
      props: {
        protocol: "gRPC",
        dataDescription: "Images and their labels",
        classification: "confidential",
        encryptedInTransit: "yes",
        carriesPersonalData: "no",
        authenticated: "unknown",
        integrityVerified: "unknown",
      },
    });

  // Selecting it again shows what was stored.
  await canvas(page).click({ position: { x: 8, y: 8 } });
  await expect(inspectorHeading(page).first()).toHaveText("Model");
  await clickFlow(page, flow(page, "Data flow Uploads from External entity to Process"));
  await expect(textField(page, "Protocol")).toHaveValue("gRPC");
  await expectTriState(page, "Encrypted in transit", "Yes");
});

test("name, description, technologies, ML asset kind and out of scope with reason", async ({
  page,
}) => {
  await blankWith(page, "Process", "Process: Process");

  await commitText(textField(page, "Name"), "Batch scorer");
  await expect(node(page, "Process: Batch scorer")).toBeVisible();

  const description = textField(page, "Description");
  await description.fill("Scores the nightly batch.");
  await description.blur();

  const tags = inspector(page).getByRole("textbox", { name: "Technologies" });
  await tags.fill("PyTorch");
  await tags.press("Enter");
  await tags.fill("CUDA, Ray,");
  await expect(inspector(page).getByRole("button", { name: "Remove tag Ray" })).toBeVisible();
  await inspector(page).getByRole("button", { name: "Remove tag CUDA" }).click();
  await expect(inspector(page).getByRole("button", { name: "Remove tag CUDA" })).toHaveCount(0);

  await selectField(page, "ML asset kind").selectOption({ label: "Training job" });
  const scorer = node(page, "Process (Training job): Batch scorer");
  await expect(scorer).toBeVisible();
  await expect(scorer.getByTitle("Training job", { exact: true })).toBeVisible();

  await expect(textField(page, "Reason")).toHaveCount(0);
  await checkbox(page, "Out of scope").check();
  await expect(scorer).toContainText("out of scope");
  // A multi-line field commits when it is left.
  await textField(page, "Reason").fill("Owned by the data platform team");
  await textField(page, "Reason").blur();

  await expect
    .poll(async () => stored(page, "Batch scorer"))
    .toMatchObject({
      description: "Scores the nightly batch.",
      technologies: ["PyTorch", "Ray"],
      mlKind: "training-job",
      outOfScope: true,
      outOfScopeReason: "Owned by the data platform team",
    });
});

test("invalid values get an inline message and are not applied", async ({ page }) => {
  await blankWith(page, "Process", "Process: Process");
  await waitSaved(page);
  const before = await storedOpenDoc(page);

  const name = textField(page, "Name");
  await name.fill("x".repeat(201));
  await name.press("Enter");
  await expect(alertSaying(page, "Name is longer than 200 characters")).toBeVisible();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(node(page, "Process: Process")).toBeVisible();

  const tags = inspector(page).getByRole("textbox", { name: "Technologies" });
  await tags.fill("t".repeat(61));
  await tags.press("Enter");
  await expect(inspector(page).getByRole("alert").last()).toContainText("60 characters");
  await expect(tags).toHaveAttribute("aria-invalid", "true");

  await name.press("Escape");
  await expect(name).toHaveValue("Process");
  await waitSaved(page);
  expect(await storedOpenDoc(page)).toEqual(before);
  // Nothing was applied, so the only undo step is adding the element.
  await toolbarButton(page, "Undo").click();
  await expect(node(page, "Process: Process")).toHaveCount(0);
  await expect(toolbarButton(page, "Undo")).toBeDisabled();
});

test("typing is not committed until Enter or leaving the field, and a commit is one undo step", async ({
  page,
}) => {
  await blankWith(page, "LLM", "Process (LLM): LLM");
  const name = textField(page, "Name");
  await name.fill("");
  await name.pressSequentially("Chat model", { delay: 10 });
  // Not yet applied to the diagram.
  await expect(node(page, "Process (LLM): LLM")).toBeVisible();
  await name.press("Enter");
  await expect(node(page, "Process (LLM): Chat model")).toBeVisible();
  await name.blur();

  // One undo puts the whole previous name back (not one letter per step) ...
  await page.keyboard.press("Control+z");
  await expect(node(page, "Process (LLM): LLM")).toBeVisible();
  await expect(textField(page, "Name")).toHaveValue("LLM");
  // ... and the step before that was adding the element.
  await page.keyboard.press("Control+z");
  await expect(node(page, "Process (LLM): LLM")).toHaveCount(0);
  await expect(toolbarButton(page, "Undo")).toBeDisabled();
});

test("several selected: a count and Delete; nothing selected: the model's details", async ({
  page,
}) => {
  await openApp(page);
  await expect(inspectorHeading(page).first()).toHaveText("Model");
  await expect(textField(page, "Owner")).toHaveValue("Platform security");
  await page.keyboard.press("Control+a");
  await expect(inspectorHeading(page).first()).toHaveText("22 items selected");
  await inspector(page).getByRole("button", { name: "Delete", exact: true }).click();
  await expect(inspectorHeading(page).first()).toHaveText("Model");
  await expect(inspector(page)).toContainText("0 elements, 0 flows");
  await waitSaved(page);
  expect((await storedOpenDoc(page)).elements).toHaveLength(0);
});

test("protections radiogroups are labelled and keyboard operable", async ({ page }) => {
  await blankWith(page, "Process", "Process: Process");
  await triOption(page, "Validates input", "Unknown").focus();
  await page.keyboard.press("ArrowLeft");
  await expectTriState(page, "Validates input", "No");
  await expect(triState(page, "Validates input")).toBeVisible();
  await expect.poll(async () => (await stored(page, "Process")).props.validatesInput).toBe("no");
});

test("what the engine infers for an unknown property is shown with its evidence and can be confirmed", async ({
  page,
}) => {
  await openApp(page);
  await node(page, "Process (LLM): GPU inference server").click();
  const group = triState(page, "Runs on GPUs / accelerators");
  await expectTriState(page, "Runs on GPUs / accelerators", "Unknown");
  await expect(group).toContainText("Inferred: Yes, from the technology “vLLM”.");
  await expect(group).toHaveAccessibleDescription(/Inferred: Yes, from the technology “vLLM”/);
  await inspector(page)
    .getByRole("button", { name: "Confirm Runs on GPUs / accelerators: Yes", exact: true })
    .click();
  await expectTriState(page, "Runs on GPUs / accelerators", "Yes");
  await expect(group).not.toContainText("Inferred:");
  await expect
    .poll(async () => (await stored(page, "GPU inference server")).props.usesAccelerator)
    .toBe("yes");
  // Another answer overrides the inference; unknown again brings the note back.
  await triOption(page, "Runs on GPUs / accelerators", "No").check();
  await expect(group).not.toContainText("Inferred:");
  await triOption(page, "Runs on GPUs / accelerators", "Unknown").check();
  await expect(group).toContainText("Inferred: Yes");
});
