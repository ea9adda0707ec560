import type { Browser, Page } from "playwright-core";
import { arm, sample, startCounting, stopCounting } from "./probe";
import { startTrace, stopTrace, type CpuCost } from "./trace";

export interface Interaction {
  ms: number;
  /** Main-thread CPU from the trace, when the interaction was traced. */
  cost: CpuCost | null;
  commits: number;
  counts: Record<string, number>;
}

/** What to record around the interaction: React renders, or a Chrome trace (for CPU time). */
export type Recording =
  { kind: "none" } | { kind: "renders" } | { kind: "trace"; browser: Browser };

export type Path = "click" | "key";

/** Waits until the page has had an idle period (nothing left over from the last interaction). */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
  );
}

/** The id of the `index`-th untriaged finding on screen. */
async function untriagedRow(page: Page, index: number): Promise<string> {
  const id = await page.evaluate((i) => {
    const rows = [
      ...document.querySelectorAll<HTMLElement>(
        '[data-finding-row][data-kind="finding"][data-status="open"]',
      ),
    ];
    return rows[i]?.dataset.findingId ?? null;
  }, index);
  if (!id) throw new Error(`no untriaged finding #${index} on screen`);
  return id;
}

const rowSelector = (id: string) =>
  `[data-finding-row][data-finding-id="${id.replace(/"/g, '\\"')}"]`;

/**
 * Triage one finding as a user does and measure it: by clicking "Needs investigation" in the
 * card's status menu (opening the menu is not measured), or by pressing I on the focused card.
 * Verified: the card must say the new status afterwards.
 */
export async function triageOne(
  page: Page,
  path: Path,
  index: number,
  recording: Recording,
): Promise<Interaction> {
  const counting = recording.kind === "renders";
  const id = await untriagedRow(page, index);
  const row = page.locator(rowSelector(id));
  if (path === "click") {
    await row.getByRole("button", { name: /^Status: / }).click();
    await row.getByRole("menuitemradio", { name: /Needs investigation/ }).waitFor();
  } else {
    await row.evaluate((el) => (el as HTMLElement).focus());
  }
  await idle(page);
  if (recording.kind === "trace") await startTrace(recording.browser, page);
  const before = await arm(page);
  if (counting) await startCounting(page);
  if (path === "click") {
    await row.getByRole("menuitemradio", { name: /Needs investigation/ }).click();
  } else {
    await page.keyboard.press("i");
  }
  const ms = await sample(page, before);
  const cost =
    recording.kind === "trace"
      ? await stopTrace(recording.browser, path === "click" ? "click" : "keydown", ms)
      : null;
  await idle(page);
  const renders = counting ? await stopCounting(page) : { commits: NaN, counts: {} };
  const status = await row.getAttribute("data-status");
  if (status !== "needsInvestigation") {
    throw new Error(`the finding ${id} was not triaged (status ${String(status)})`);
  }
  return { ms, cost, ...renders };
}

/**
 * The reference frame: ticking a card's select box, which changes one card and nothing else.
 * What it costs is what any small change to the list costs in this page (style, layout, paint
 * of a page holding the whole diagram), against which the triage figures read.
 */
export async function tickOne(page: Page, index: number, browser: Browser): Promise<Interaction> {
  const id = await untriagedRow(page, index);
  const box = page.locator(rowSelector(id)).getByRole("checkbox", { name: /^Select: / });
  await box.scrollIntoViewIfNeeded();
  await idle(page);
  await startTrace(browser, page);
  const before = await arm(page);
  await box.click();
  const ms = await sample(page, before);
  const cost = await stopTrace(browser, "click", ms);
  await idle(page);
  if (!(await box.isChecked())) throw new Error(`the select box of ${id} did not tick`);
  // Untick (not measured), so the next reference tick starts from the same page.
  await box.click();
  await idle(page);
  return { ms, cost, commits: NaN, counts: {} };
}
