import { expect, test, type Locator, type Page } from "@playwright/test";
import { showTab, sidePanel } from "./support/workspace";

/**
 * The Threats panel against the built app. Every test starts with a fresh browser context, so
 * IndexedDB is empty and the app opens the sample LLM inference pipeline.
 */

const canvas = (page: Page) => page.getByRole("application", { name: "Diagram canvas" });
const node = (page: Page, name: string) => canvas(page).getByRole("group", { name, exact: true });
const threats = (page: Page) => page.getByRole("region", { name: "Threats" });
const inspector = (page: Page) => page.getByRole("region", { name: "Inspector" });
const items = (page: Page) =>
  threats(page)
    .getByRole("listitem")
    .filter({ has: page.locator("[id$='-title']") });
const item = (page: Page, title: RegExp) => threats(page).getByRole("listitem", { name: title });
const control = (page: Page, name: string) =>
  threats(page).getByRole("combobox", { name, exact: true });
/** A tab of the side panel: findings are in Threats, the questionnaire in Questions. */
const tab = (page: Page, name: string) => sidePanel(page).getByRole("tab", { name, exact: true });
const FINDINGS_TAB = "Threats";
const QUESTIONS_TAB = "Questions";
const questions = (page: Page) => page.getByRole("region", { name: "Questions" });
/** A question card in the Questions tab, named by its question. */
const question = (page: Page, text: string) =>
  questions(page).getByRole("listitem", { name: text, exact: true });
/** How many open questions the Questions tab counts. */
async function openQuestions(page: Page): Promise<number> {
  const count = questions(page)
    .getByRole("status")
    .filter({ hasText: /\d+ open questions?/ });
  const text = (await count.textContent()) ?? "";
  return Number(/(\d+) open question/.exec(text)?.[1]);
}

const PROMPT_INJECTION = /^Prompts sent to GPU inference server can override its instructions/;
const EXTRACTION = /^The model behind GPU inference server can be copied by querying it/;

async function openSample(page: Page) {
  await page.goto("/");
  await expect(node(page, "Process (LLM): GPU inference server")).toBeVisible();
  await expect(threats(page).getByRole("heading", { name: "Threats" })).toBeVisible();
}

async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const text =
    (await threats(page)
      .getByText(/^\d+ of \d+ shown$/)
      .textContent()) ?? "";
  const [, shown, total] = /^(\d+) of (\d+) shown$/.exec(text) ?? [];
  return { shown: Number(shown), total: Number(total) };
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("no box");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Press on `from`, move in steps (past React Flow's drag threshold), release on `to`. */
async function pointerDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 3, from.y + 3, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

/** Draw a flow from a node's right-hand handle to anywhere on another node. */
async function connect(page: Page, from: Locator, to: Locator) {
  await from.hover();
  const handle = from.locator('.react-flow__handle[data-handleid="right"]');
  await pointerDrag(page, await centre(handle), await centre(to));
}

test("lists the sample's threats with counts, categories, references and mitigations", async ({
  page,
}) => {
  await openSample(page);
  const panel = threats(page);
  await expect(tab(page, FINDINGS_TAB)).toHaveAttribute("aria-selected", "true");
  await expect(panel.getByRole("button", { name: /^\d+ critical$/ })).toBeVisible();
  await expect(tab(page, QUESTIONS_TAB)).toHaveAttribute("aria-selected", "false");

  const injection = item(page, PROMPT_INJECTION);
  await expect(injection).toBeVisible();
  await expect(injection).toContainText("Critical");
  await expect(injection).toContainText("GPU inference server");
  await expect(injection).toContainText("STRIDE T · Tampering");
  await expect(item(page, EXTRACTION)).toBeVisible();

  // Details open on demand: why, references as real links, mitigations.
  const details = injection.getByRole("button", { name: "Details" });
  await expect(details).toHaveAttribute("aria-expanded", "false");
  await details.click();
  await expect(details).toHaveAttribute("aria-expanded", "true");
  await expect(injection.getByRole("heading", { name: "Why" })).toBeVisible();
  const link = injection.getByRole("link", { name: "LLM01:2025 Prompt Injection" });
  await expect(link).toHaveAttribute(
    "href",
    "https://genai.owasp.org/llmrisk/llm012025-prompt-injection/",
  );
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(injection.getByRole("link", { name: /^AML\.T0051\.000 / })).toHaveAttribute(
    "href",
    "https://atlas.mitre.org/techniques/AML.T0051.000",
  );
  await expect(injection.getByRole("heading", { name: "Mitigations" })).toBeVisible();

  // Questions are a list of their own: one per unknown fact, with what answering could add.
  await tab(page, QUESTIONS_TAB).click();
  await expect(tab(page, QUESTIONS_TAB)).toHaveAttribute("aria-selected", "true");
  await expect(item(page, PROMPT_INJECTION)).toBeHidden();
  const validates = question(page, "Does API gateway validate its input?");
  await expect(validates).toContainText("Could add:");
  await expect(validates).toContainText(
    "Input reaches API gateway unvalidated: injection into its queries and commands",
  );
  await expect(
    validates.getByRole("group", { name: "Answer: Does API gateway validate its input?" }),
  ).toBeVisible();
  await tab(page, FINDINGS_TAB).click();

  // Collapsing the side panel hides the list; showing the tab again brings it back.
  await sidePanel(page).getByRole("button", { name: "Hide side panel" }).click();
  await expect(item(page, PROMPT_INJECTION)).toBeHidden();
  await showTab(page, "Threats");
  await expect(item(page, PROMPT_INJECTION)).toBeVisible();
});

test("filters by severity, framework and search, and clears them", async ({ page }) => {
  await openSample(page);
  const all = await shownCount(page);
  expect(all.shown).toBe(all.total);

  // Search is on the one filter line; the other filters are in the Filters menu.
  const menu = threats(page).getByRole("button", { name: /^Filters/ });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await menu.click();
  await control(page, "Severity").selectOption("critical");
  await expect(menu).toHaveText(/^Filters \(1\)/);
  await expect(item(page, PROMPT_INJECTION)).toBeVisible();
  await expect(item(page, EXTRACTION)).toBeHidden();
  const critical = await shownCount(page);
  expect(critical.shown).toBeGreaterThan(0);
  expect(critical.shown).toBeLessThan(all.total);
  for (const row of await items(page).all()) await expect(row).toContainText("Critical");

  await control(page, "Severity").selectOption("");
  await control(page, "Framework").selectOption("linddun");
  await expect(item(page, PROMPT_INJECTION)).toBeHidden();
  await expect(items(page).first()).toContainText("LINDDUN");
  for (const row of await items(page).all()) await expect(row).toContainText("LINDDUN");

  await control(page, "Framework").selectOption("all");
  // Nothing left to clear once every filter is back to all.
  await expect(threats(page).getByRole("button", { name: "Clear filters" })).toHaveCount(0);
  await threats(page).getByRole("searchbox", { name: "Search threats" }).fill("AML.T0024.002");
  await expect(item(page, EXTRACTION)).toBeVisible();
  await expect(item(page, PROMPT_INJECTION)).toBeHidden();
  await expect.poll(async () => (await shownCount(page)).shown).toBe(1);

  await threats(page).getByRole("button", { name: "Clear filters" }).click();
  await expect.poll(() => shownCount(page)).toEqual(all);
});

test("clicking a finding selects its element; the list is the whole model or the selection, as chosen", async ({
  page,
}) => {
  await openSample(page);

  // Panel -> canvas: the finding's element is selected (and is what the inspector shows).
  await item(page, PROMPT_INJECTION).getByText(PROMPT_INJECTION).click();
  await expect(node(page, "Process (LLM): GPU inference server")).toHaveClass(/selected/);
  await showTab(page, "Inspector");
  await expect(inspector(page).getByRole("textbox", { name: "Name", exact: true })).toHaveValue(
    "GPU inference server",
  );
  await showTab(page, "Threats");
  // The panel does not narrow itself to what it selected.
  await expect(item(page, /^The model behind GPU inference server can be copied/)).toBeVisible();
  await expect(item(page, /Inference log store/).first()).toBeVisible();

  // Keyboard: Enter on a focused finding selects its element too.
  const logRow = item(
    page,
    /^Requests to GPU inference server and its answers are logged in Inference log store/,
  );
  await logRow.focus();
  await page.keyboard.press("Enter");
  await expect(node(page, "Data store: Inference log store")).toHaveClass(/selected/);

  // Canvas -> panel: selecting a node leaves the whole model listed, and offers its threats.
  await page.getByRole("button", { name: "Fit view", exact: true }).click();
  await node(page, "Process: API gateway").click();
  await expect(threats(page).getByText(/^Whole model:$/)).toBeVisible();
  await expect(item(page, PROMPT_INJECTION)).toBeVisible();
  await threats(page).getByRole("button", { name: "Only API gateway" }).click();
  await expect(threats(page).getByRole("radio", { name: "Selection" })).toBeChecked();
  await expect(threats(page).getByText(/^API gateway:$/)).toBeVisible();
  await expect(item(page, PROMPT_INJECTION)).toBeHidden();
  await expect(
    item(page, /^Data on Authenticated requests enters Inference cluster unauthenticated/),
  ).toBeVisible();
  const focused = await shownCount(page);
  expect(focused.total).toBeLessThan(30);

  // In Selection, the list follows the selection, and says when nothing is selected.
  await node(page, "Data store: Inference log store").click();
  await expect(threats(page).getByText(/^Inference log store:$/)).toBeVisible();
  await expect(item(page, PROMPT_INJECTION)).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(threats(page).getByText(/^Nothing selected:$/)).toBeVisible();
  await expect(threats(page).getByText(/^Nothing is selected\./)).toBeVisible();

  // Whole model lists everything again.
  await threats(page).getByRole("radio", { name: "Whole model" }).check();
  await expect(item(page, PROMPT_INJECTION)).toBeVisible();
});

test("answering a question in the panel updates the model and the threats", async ({ page }) => {
  await openSample(page);
  const UNVALIDATED = /^Input reaches API gateway unvalidated/;
  await expect(item(page, UNVALIDATED)).toHaveCount(0);
  const asked = "Does API gateway validate its input?";
  await tab(page, QUESTIONS_TAB).click();
  await expect(question(page, asked)).toBeVisible();
  const before = await openQuestions(page);
  await question(page, asked).getByRole("button", { name: "No", exact: true }).click();
  // Answered "no": the tab says what it changed, the question is gone, the finding is there.
  await expect(questions(page).getByRole("status").filter({ hasText: "Answered" })).toContainText(
    `Answered “${asked}”`,
  );
  await expect(question(page, asked)).toHaveCount(0);
  await expect.poll(() => openQuestions(page)).toBe(before - 1);
  await tab(page, FINDINGS_TAB).click();
  await expect(item(page, UNVALIDATED)).toBeVisible();
  await node(page, "Process: API gateway").click();
  await showTab(page, "Inspector");
  await expect(
    inspector(page)
      .getByRole("radiogroup", { name: "Validates input", exact: true })
      .getByRole("radio", { name: "No", exact: true }),
  ).toBeChecked();
  // One undo takes the answer back.
  await page.keyboard.press("Control+z");
  await expect(item(page, UNVALIDATED)).toHaveCount(0);
  await tab(page, QUESTIONS_TAB).click();
  await expect(question(page, asked)).toBeVisible();
});

test("a poisoning finding appears live while drawing a new model, and goes away when mitigated", async ({
  page,
}) => {
  await openSample(page);

  // A new blank model.
  await page.getByRole("button", { name: "Models", exact: true }).click();
  const form = page.getByRole("form", { name: "New model" });
  await form.getByRole("textbox", { name: "Name" }).fill("Poisoning check");
  await form.getByRole("button", { name: "Create blank model" }).click();
  await expect(page.getByRole("heading", { name: "Poisoning check", level: 1 })).toBeVisible();
  await expect(canvas(page).getByRole("group")).toHaveCount(0);
  await expect(threats(page).getByText("0 findings")).toBeVisible();

  // Drag three ML building blocks from the palette onto the canvas.
  const palette = page.getByRole("navigation", { name: "Palette" });
  const blocks: Array<[string, number]> = [
    ["External data provider", 160],
    ["Training data store", 480],
    ["Training job", 800],
  ];
  for (const [name, x] of blocks) {
    await palette
      .getByRole("button", { name, exact: true })
      .dragTo(canvas(page), { targetPosition: { x, y: 160 } });
  }
  const provider = node(page, "External entity (External data provider): External data provider");
  const store = node(page, "Data store (Training data store): Training data store");
  const job = node(page, "Process (Training job): Training job");
  for (const n of [provider, store, job]) await expect(n).toBeVisible();

  // Connect provider -> store -> job.
  await connect(page, provider, store);
  const ingest = canvas(page).getByRole("group", {
    name: "Data flow (unlabelled) from External data provider to Training data store",
  });
  await expect(ingest).toBeAttached();
  await connect(page, store, job);
  await expect(
    canvas(page).getByRole("group", {
      name: "Data flow (unlabelled) from Training data store to Training job",
    }),
  ).toBeAttached();

  // Select the ingestion flow by clicking its line, between the provider and the label.
  const from = await provider.boundingBox();
  const to = await store.boundingBox();
  if (!from || !to) throw new Error("nodes have no box");
  await page.mouse.click(from.x + from.width + 24, from.y + from.height / 2);
  await threats(page).getByRole("radio", { name: "Selection" }).check();
  await expect(
    threats(page).getByText("External data provider → Training data store:", { exact: true }),
  ).toBeVisible();

  // While "Authenticated" is unknown, poisoning is an open question, not a finding.
  const POISON =
    /^Anyone posing as External data provider can poison the training data entering Training data store/;
  await expect(item(page, POISON)).toHaveCount(0);
  await tab(page, QUESTIONS_TAB).click();
  await expect(
    question(
      page,
      "Does the flow External data provider → Training data store authenticate its sender (mutual TLS, signed tokens)?",
    ),
  ).toContainText("Anyone posing as External data provider can poison the training data");
  await tab(page, FINDINGS_TAB).click();

  const radios = (group: string) =>
    inspector(page).getByRole("radiogroup", { name: group, exact: true });
  await showTab(page, "Inspector");
  await expect(inspector(page).getByRole("textbox", { name: "Label", exact: true })).toBeVisible();
  await radios("Authenticated").getByRole("radio", { name: "No", exact: true }).click();
  await showTab(page, "Threats");

  // No other action: the finding is there, High, with its ATLAS and OWASP references.
  const poison = item(page, POISON);
  await expect(poison).toBeVisible();
  await expect(poison).toContainText("High");
  await expect(poison).toContainText("AML.T0020");
  await expect(poison).toContainText("ML02:2023");
  await poison.getByRole("button", { name: "Details" }).click();
  await expect(
    poison.getByRole("link", { name: "AML.T0020 Poison Training Data" }),
  ).toHaveAttribute("href", "https://atlas.mitre.org/techniques/AML.T0020");
  await expect(
    poison.getByRole("link", { name: "ML02:2023 Data Poisoning Attack" }),
  ).toHaveAttribute("href", /ML02_2023-Data_Poisoning_Attack$/);
  await expect(poison).toContainText(
    "External data provider → Training data store: authenticated = no",
  );

  // Mitigate: authenticate the provider and verify the batches' integrity.
  await showTab(page, "Inspector");
  await radios("Authenticated").getByRole("radio", { name: "Yes", exact: true }).click();
  await radios("Integrity verified / signed")
    .getByRole("radio", { name: "Yes", exact: true })
    .click();
  await showTab(page, "Threats");
  await expect(item(page, POISON)).toHaveCount(0);
});
