import { expect, test } from "./support/fixtures";
import { openApp, waitSaved } from "./support/app";
import { downloadedText } from "./support/transfer";
import type { Locator, Page } from "@playwright/test";

/**
 * A facilitator runs the session on a projector (1280 x 720): presentation mode, the agenda
 * (time moved by Playwright's clock, so no test waits real minutes), the whole guided walk with
 * the keyboard only, triage and a blind-spot answer on the way, and what-if.
 */
test.use({ viewport: { width: 1280, height: 720 } });

const strip = (page: Page): Locator => page.getByRole("region", { name: "Guided walk" });
const phase = (page: Page, name: string): Locator =>
  page.getByRole("list", { name: "Agenda" }).getByRole("button", { name: new RegExp(`^${name}`) });

/**
 * Tab (or Shift+Tab, when the control comes before the focus) until `target` has the focus, as a
 * keyboard user would; at most `max` presses.
 */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  const backwards = await target.evaluate(
    (el) =>
      document.activeElement !== null &&
      document.activeElement !== document.body &&
      (el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
  );
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error("the control was not reached with Tab");
}

const RAG = "RAG assistant over the internal wiki";

/** A new model from the template gallery (the mouse: the walk after it is keyboard only). */
async function newFromTemplate(page: Page, name: string): Promise<void> {
  await page.getByRole("button", { name: "Templates", exact: true }).click();
  const gallery = page.getByRole("dialog", { name: "New model from a template" });
  await gallery
    .getByRole("button", { name: new RegExp(`^Use this template\\s+for\\s+${name}$`) })
    .click();
  await expect(gallery).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await waitSaved(page);
}

test("walk a template with the keyboard: triage two findings, answer a prompt, progress is saved and reported", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openApp(page);
  await newFromTemplate(page, RAG);
  await page.keyboard.press("p");
  // Full screen where the browser allows it (the key press is the user's gesture it needs).
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(phase(page, "Review")).toHaveAttribute("aria-current", "step");
  await tabTo(page, phase(page, "Walk"));
  await page.keyboard.press("Enter");
  await expect(strip(page)).toBeVisible();
  await expect(strip(page).getByRole("status").first()).toHaveText(/^0 of \d+ walked$/);
  const total = Number((await strip(page).getByRole("status").first().innerText()).split(" ")[2]);

  let triaged = 0;
  let answered = false;
  for (let press = 0; press < 400; press++) {
    if (
      await strip(page)
        .getByText(/^Walk complete/)
        .isVisible()
    )
      break;
    const card = strip(page).getByRole("article");
    if (triaged < 2 && (await card.getByRole("group", { name: /^Status of/ }).isVisible())) {
      const title = await card.getByRole("heading", { level: 3 }).innerText();
      // A status the finding does not have yet (the sample comes with a few decisions).
      const next = (await card.getByText("Status: Needs investigation").isVisible())
        ? "Mitigation in progress"
        : "Needs investigation";
      const button = card.getByRole("button", { name: next, exact: true });
      await tabTo(page, button);
      await page.keyboard.press("Enter");
      await expect(card.getByText(`Status: ${next}`)).toBeVisible();
      await expect(button).toHaveAttribute("aria-pressed", "true");
      await tabTo(page, card.getByRole("textbox", { name: "Owner" }));
      await page.keyboard.type("Ravi");
      await page.keyboard.press("Enter");
      triaged += 1;
      expect(title).not.toBe("");
    } else if (!answered && (await card.getByText("Blind-spot prompt").isVisible())) {
      await tabTo(page, card.getByRole("textbox", { name: "The room’s answer" }));
      await page.keyboard.type("Per-key quotas; nobody watches for sweeps yet.");
      await page.keyboard.press("Tab");
      await expect(card.getByRole("button", { name: "Save answer" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(card.getByText(/^Answer recorded/)).toBeVisible();
      answered = true;
    }
    // Moving on from a field: the arrow belongs to the walk once focus is off the fields.
    for (let i = 0; i < 4; i++) {
      const inField = await page.evaluate(() =>
        ["INPUT", "TEXTAREA"].includes(document.activeElement?.tagName ?? ""),
      );
      if (!inField) break;
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("ArrowRight");
  }
  expect(triaged).toBe(2);
  expect(answered).toBe(true);
  await expect(strip(page).getByText(`Walk complete: ${total} of ${total} walked.`)).toBeVisible();

  // Saved with the model: after a reload the walk says so, and the decisions are in the log.
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(page.getByRole("application", { name: "Diagram canvas" })).toBeVisible();
  await page.keyboard.press("p");
  await phase(page, "Walk").click();
  await expect(strip(page).getByRole("status").first()).toHaveText(`${total} of ${total} walked`);
  await page.getByRole("button", { name: "Session…" }).click();
  const session = page.getByRole("dialog", { name: "Session record" });
  await expect(session.getByRole("heading", { name: "Decided in the walk (2)" })).toBeVisible();
  await expect(session.getByRole("heading", { name: "Prompts answered (1)" })).toBeVisible();
  await expect(session.getByText("Per-key quotas; nobody watches for sweeps yet.")).toBeVisible();

  // The session record: attendees with roles and notes, kept even when the dialog is left
  // with Escape; exported with the report, the walk's decisions in its decision log.
  await session.getByRole("textbox", { name: "Name" }).fill("Dana Kim");
  await session.getByRole("textbox", { name: "Role" }).fill("Security lead");
  await session.getByRole("button", { name: "Add attendee" }).click();
  await expect(session.getByText("Dana Kim, Security lead")).toBeVisible();
  await session.getByRole("textbox", { name: "Session notes" }).fill("Wiki ACLs reviewed.");
  await page.keyboard.press("Escape");
  await expect(session).toBeHidden();
  await page.getByRole("button", { name: "Exit" }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await waitSaved(page);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page
    .getByRole("menu", { name: "Export" })
    .getByRole("menuitem", { name: "Markdown report…" })
    .click();
  const downloaded = page.waitForEvent("download");
  await page
    .getByRole("dialog", { name: "Markdown report" })
    .getByRole("button", { name: "Export Markdown" })
    .click();
  const markdown = await downloadedText(await downloaded);
  const record = markdown.slice(
    markdown.indexOf("## Workshop session"),
    markdown.indexOf("## Decision log"),
  );
  expect(record).toContain("- Dana Kim, Security lead");
  expect(record).toContain(`${total} of ${total} elements, flows and boundaries walked`);
  expect(record).toContain("Per-key quotas; nobody watches for sweeps yet.");
  expect(record).toContain("Wiki ACLs reviewed.");
  const log = markdown.slice(markdown.indexOf("## Decision log"));
  expect(log.match(/\| guided walk \|/g)).toHaveLength(2);
});

test("the agenda counts down and moves to the next phase with a cue, on Playwright's clock", async ({
  page,
}) => {
  await page.clock.install({ time: new Date("2026-06-01T09:00:00Z") });
  await openApp(page);
  await page.getByRole("button", { name: "Present" }).click();
  const start = page.getByRole("button", { name: "Start" });
  await expect(start).toBeVisible();
  // From here the page's time moves only when the test moves it.
  await page.clock.pauseAt(new Date("2026-06-01T09:10:00Z"));
  await start.click();
  const timer = page.getByRole("timer");
  await expect(timer).toHaveText("30:00");
  await page.clock.runFor(60_000);
  await expect(timer).toHaveText("29:00");
  // Five minutes before the end: a warning.
  await page.clock.runFor(24 * 60_000 + 1000);
  await expect(page.getByText(/^(5:00|4:59) left for Review the diagram$/)).toBeVisible();
  // Time up: the walk starts, with its cue, and the screen becomes the guided walk.
  await page.clock.runFor(5 * 60_000);
  await expect(phase(page, "Walk")).toHaveAttribute("aria-current", "step");
  await expect(page.getByText("Next phase: Walk each element and flow (105 min)")).toBeVisible();
  await expect(strip(page)).toBeVisible();
  await expect(timer).toHaveText(/^1:44:\d\d$/);
  // Pause holds the time; the durations are editable and saved with the model.
  await page.getByRole("button", { name: "Pause" }).click();
  const held = await timer.innerText();
  await page.clock.runFor(10 * 60_000);
  await expect(timer).toHaveText(held);
  await page.getByRole("button", { name: "Agenda…" }).click();
  const agenda = page.getByRole("dialog", { name: "Agenda" });
  await agenda.getByRole("spinbutton", { name: "Score the threats" }).fill("45");
  await agenda.getByRole("spinbutton", { name: "Score the threats" }).press("Enter");
  await agenda.getByRole("button", { name: "Close" }).click();
  await expect(phase(page, "Score")).toContainText("45");
  // The scoring phase puts the heat map beside the diagram.
  await phase(page, "Score").click();
  await expect(
    page.getByRole("complementary", { name: "Scoring: the risk heat map" }),
  ).toBeVisible();
});

test("scoring and mitigations: one finding at a time, the heat map follows, the plan fills", async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press("p");
  await phase(page, "Score").click();
  const scoring = page.getByRole("region", { name: "Scoring" });
  await expect(scoring.getByRole("heading", { level: 2 })).toHaveText(/^Score finding 1 of \d+$/);
  const total = Number(
    (await scoring.getByRole("heading", { level: 2 }).innerText()).split(" ").at(-1),
  );
  const card = scoring.getByRole("article");
  const first = await card.getByRole("heading", { level: 3 }).innerText();
  await card.getByRole("group", { name: "Likelihood" }).getByRole("button", { name: "1" }).click();
  await card.getByRole("group", { name: "Impact" }).getByRole("button", { name: "2" }).click();
  await expect(card.getByText(/The room: 1 × 2 = 2/)).toBeVisible();
  await expect(scoring.getByText(`1 of ${total} scored by the team`)).toBeVisible();
  const heat = page.getByRole("complementary", { name: "Scoring: the risk heat map" });
  await expect(
    heat.getByRole("button", { name: /^Likelihood 1, impact 2: 1 finding, the one being scored/ }),
  ).toBeVisible();
  // The arrows go through the findings; the score stays with its finding.
  await page.keyboard.press("ArrowRight");
  await expect(scoring.getByRole("heading", { level: 2 })).toHaveText(
    `Score finding 2 of ${total}`,
  );
  await expect(card.getByRole("heading", { level: 3 })).not.toHaveText(first);
  await page.keyboard.press("ArrowLeft");
  await expect(card.getByRole("heading", { level: 3 })).toHaveText(first);
  await expect(
    card.getByRole("group", { name: "Likelihood" }).getByRole("button", { name: "1" }),
  ).toHaveAttribute("aria-pressed", "true");
  await card.getByRole("button", { name: "Use the engine’s values" }).click();
  await expect(card.getByText(/The room:/)).toBeHidden();
  await expect(scoring.getByText(`0 of ${total} scored by the team`)).toBeVisible();

  await phase(page, "Mitigations").click();
  const plan = page.getByRole("region", { name: "Mitigation plan" });
  await expect(plan.getByRole("heading", { level: 2 })).toHaveText(/^Mitigate risk 1 of \d+$/);
  // The sample's first risk has five suggestions: two are shown, the strip does not scroll at
  // 1280 x 720, and the rest open on request.
  const adds = plan.getByRole("button", { name: /^Add to the plan: / });
  await expect(adds).toHaveCount(2);
  expect(await plan.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  await plan.getByRole("button", { name: "3 more suggested" }).click();
  await expect(adds).toHaveCount(5);
  await plan.getByRole("button", { name: "Fewer suggestions" }).click();
  await expect(adds).toHaveCount(2);
  const suggestion = plan.getByRole("button", { name: /^Add to the plan: / }).first();
  const title = (await suggestion.getAttribute("aria-label"))!.replace("Add to the plan: ", "");
  await suggestion.click();
  await expect(plan.getByRole("heading", { name: "In the plan (1)" })).toBeVisible();
  await plan.getByRole("textbox", { name: "Owner" }).fill("Ravi Patel");
  await plan.getByRole("textbox", { name: "Owner" }).press("Enter");
  await expect(plan.getByText(/^1 of \d+ at risk have a mitigation$/)).toBeVisible();
  const side = page.getByRole("complementary", { name: "The mitigation plan" });
  const record = side.getByRole("listitem", { name: title });
  await expect(record).toBeVisible();
  await expect(record.getByRole("textbox", { name: "Owner" })).toHaveValue("Ravi Patel");
});

test("what-if shows what a change would do, and the model changes only when applied (one undo step)", async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press("p");
  await phase(page, "Walk").click();
  await page.getByRole("button", { name: "What if…" }).click();
  const dialog = page.getByRole("dialog", { name: "What if" });
  await dialog
    .getByRole("combobox", { name: "Element or flow" })
    .selectOption({ label: "API gateway" });
  await dialog.getByRole("checkbox", { name: "removed" }).check();
  await expect(
    dialog.getByRole("heading", { name: /^Would disappear \([1-9]\d*\)$/ }),
  ).toBeVisible();
  await expect(dialog.getByText(/can be copied by querying it/)).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  // Not applied: the gateway is still drawn.
  await expect(page.locator(".react-flow__node", { hasText: "API gateway" })).toHaveCount(1);
  await page.getByRole("button", { name: "What if…" }).click();
  await dialog.getByRole("button", { name: "Apply to the model (one undo step)" }).click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.locator(".react-flow__node", { hasText: "API gateway" })).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(page.locator(".react-flow__node", { hasText: "API gateway" })).toHaveCount(1);
});

test("presentation mode: node names at least 20 px at 1280 x 720, everything else hidden", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("button", { name: "Present" }).click();
  await expect(page.getByRole("toolbar", { name: "Editor" })).toBeHidden();
  // The review's overview: the whole sample in sight, every name at least 20 px on screen.
  await expect(page.getByRole("heading", { name: "Review the diagram" })).toBeVisible();
  await page.waitForTimeout(400); // the fit settles
  const overview = await page.evaluate(() => {
    const viewport = document.querySelector(".react-flow__viewport") as HTMLElement;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const pane = document.querySelector(".react-flow")!.getBoundingClientRect();
    const nodes = [...document.querySelectorAll(".react-flow__node")].map((node) => {
      const box = node.getBoundingClientRect();
      return (
        box.left >= pane.left &&
        box.right <= pane.right &&
        box.top >= 0 &&
        box.bottom <= innerHeight
      );
    });
    const names = [...document.querySelectorAll(".tc-node-name")].map(
      (el) => parseFloat(getComputedStyle(el).fontSize) * zoom,
    );
    return { allInSight: nodes.every(Boolean), smallest: Math.min(...names), count: names.length };
  });
  expect(overview.count).toBeGreaterThan(5);
  expect(overview.allInSight).toBe(true);
  expect(overview.smallest).toBeGreaterThanOrEqual(20);
  // What to check opens on request, and closes again.
  await page.getByRole("button", { name: "What to check (3)" }).click();
  await expect(page.getByText(/Does each flow go the way the data goes/)).toBeVisible();
  await page.getByRole("button", { name: "Hide what to check" }).click();
  await expect(page.getByText(/Does each flow go the way the data goes/)).toBeHidden();

  await phase(page, "Walk").click();
  // Whatever the first step is (here a tall trust boundary), its names are not shrunk to fit it.
  await page.waitForTimeout(400);
  const firstStep = await page.evaluate(() => {
    const viewport = document.querySelector(".react-flow__viewport") as HTMLElement;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const name = document.querySelector(".tc-node-name")!;
    return parseFloat(getComputedStyle(name).fontSize) * zoom;
  });
  expect(firstStep).toBeGreaterThanOrEqual(20);
  const strip2 = strip(page);
  for (let i = 0; i < 30; i++) {
    const name = await strip2.getByRole("heading", { level: 2 }).innerText();
    if (name.includes("GPU inference server")) break;
    await page.keyboard.press("Shift+ArrowRight");
  }
  const node = page.locator(".react-flow__node.selected .tc-node-name");
  await expect(node).toHaveText("GPU inference server");
  await page.waitForTimeout(400); // the pan and zoom settle
  const size = await node.evaluate((el) => {
    const viewport = el.closest(".react-flow__viewport") as HTMLElement;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    return parseFloat(getComputedStyle(el).fontSize) * zoom;
  });
  expect(size).toBeGreaterThanOrEqual(20);
});
