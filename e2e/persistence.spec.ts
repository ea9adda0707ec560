import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { withPrefs } from "./support/workspace";
import {
  alertSaying,
  createBlankModel,
  modelTitle,
  openApp,
  openModel,
  paletteItem,
  saveStatus,
  waitSaved,
} from "./support/app";
import {
  allFlows,
  box,
  canvas,
  clickFlow,
  clickNode,
  connect,
  dragNode,
  expectBoxClose,
  flow,
  node,
  nodeBoxes,
  resizeBy,
  viewport,
  drag,
} from "./support/canvas";
import { elementById, readDb, storedOpenDoc } from "./support/db";
import { commitText, expectTriState, textField, triOption } from "./support/inspector";
import {
  GATEWAY,
  INFERENCE,
  LOGS,
  ML_ENGINEER,
  SAMPLE_BOUNDARIES,
  SAMPLE_FLOWS,
  SAMPLE_NAME,
} from "./support/sample";

// These tests edit in the Inspector: it is the side panel's open tab, as a user would leave it.
test.beforeEach(async ({ page }) => {
  await withPrefs(page, { panelTab: "inspector" });
});

/**
 * Issue 2, point 8: never lose work — every committed change stored in IndexedDB within a second,
 * flushed when the page is hidden or closed; a visible saved / saving / failed indicator; reload
 * restores exactly; a second tab on the same model never silently overwrites the first.
 */

const serverX = async (page: Page) =>
  elementById(await storedOpenDoc(page), "inference-server").position.x;

/** Record every text the save status shows from now on. */
async function recordStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    const read = () => {
      const el = document.querySelector("[role='status'][aria-label='Save status']");
      const text = el?.textContent ?? "(none)";
      if (seen.at(-1) !== text) seen.push(text);
    };
    read();
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { __statusSeen: string[] }).__statusSeen);
}

test("a change shows Saving…, then Saved, and is in IndexedDB", async ({ page }) => {
  await openApp(page);
  const seen = await recordStatus(page);
  const x0 = await serverX(page);
  await clickNode(page, node(page, INFERENCE));
  await page.keyboard.press("ArrowRight");
  await waitSaved(page);
  expect(await seen()).toEqual(["Saved", "Saving…", "Saved"]);
  expect(await serverX(page)).toBe(x0 + 1);
  await expect(saveStatus(page)).toHaveAttribute("data-status", "saved");
});

test("saved within a second of the change, even while changes keep coming", async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await clickNode(page, node(page, INFERENCE));
  const x0 = await serverX(page);

  // Time stands still: nothing is written until the app's clock moves.
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.press("ArrowRight");
  await expect(saveStatus(page)).toHaveText("Saving…");
  await page.waitForTimeout(300);
  expect(await serverX(page)).toBe(x0);

  // One nudge every 150 ms: the first is stored before a second has passed.
  for (let i = 0; i < 6; i++) {
    await page.clock.runFor(150);
    await page.keyboard.press("ArrowRight");
  }
  // 900 ms after the first nudge.
  await expect.poll(() => serverX(page)).toBeGreaterThan(x0);
  await page.clock.runFor(1000);
  await expect.poll(() => serverX(page)).toBe(x0 + 7);
  await expect(saveStatus(page)).toHaveText("Saved");
});

test("unsaved changes are flushed when the page is hidden", async ({ page }) => {
  await page.clock.install();
  await openApp(page);
  await clickNode(page, node(page, INFERENCE));
  const x0 = await serverX(page);
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.press("ArrowRight");
  await expect(saveStatus(page)).toHaveText("Saving…");
  await page.waitForTimeout(300);
  expect(await serverX(page)).toBe(x0);

  // The tab is hidden (switched away, laptop lid closed): saved without waiting for the timer.
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect.poll(() => serverX(page)).toBe(x0 + 1);
  await expect(saveStatus(page)).toHaveText("Saved");
});

// A change made less than the autosave delay before the tab closes cannot reach IndexedDB (the
// page is gone before the asynchronous save gets an answer). The page-hide handler also writes it
// synchronously to an unload draft, which the next open recovers and saves.
test("unsaved changes survive closing the tab", async ({ page, context }) => {
  await page.clock.install();
  await openApp(page);
  await clickNode(page, node(page, INFERENCE));
  const x0 = await serverX(page);
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.press("ArrowRight");
  await expect(saveStatus(page)).toHaveText("Saving…");
  await page.close({ runBeforeUnload: true });

  // The clock belongs to the context: let it run again in the new page, so the recovered
  // change can be saved.
  const again = await context.newPage();
  await again.clock.resume();
  await openApp(again);
  expect(await serverX(again)).toBe(x0 + 1);
});

test("reload restores everything exactly: elements, positions, sizes, membership, flows, properties, viewport", async ({
  page,
}) => {
  await openApp(page);
  // Room around the diagram, and a view that is not the fitted one.
  await canvas(page).getByRole("button", { name: "Zoom Out" }).click();
  await canvas(page).getByRole("button", { name: "Zoom Out" }).click();
  // A bit of everything.
  await dragNode(page, node(page, INFERENCE), 20, 30);
  const observability = node(page, SAMPLE_BOUNDARIES["zone-monitoring"]);
  await clickNode(page, observability);
  await resizeBy(page, observability, "bottom.right", 30, 60);
  // The ML engineer leaves the Internet zone for the free space below the diagram.
  const internet = await box(node(page, SAMPLE_BOUNDARIES["zone-external"]));
  const registry = await box(node(page, SAMPLE_BOUNDARIES["zone-registry"]));
  const engineer = await box(node(page, ML_ENGINEER));
  await dragNode(
    page,
    node(page, ML_ENGINEER),
    internet.x + internet.width / 2 - (engineer.x + engineer.width / 2),
    registry.y + registry.height + 50 - (engineer.y + engineer.height / 2),
  );
  await paletteItem(page, "Vector store").click();
  await connect(page, node(page, INFERENCE), node(page, "Data store (Vector store): Vector store"));
  await commitText(textField(page, "Label"), "Embeddings");
  await clickNode(page, node(page, GATEWAY));
  await triOption(page, "Validates input", "Yes").check();
  await canvas(page).getByRole("button", { name: "Zoom Out" }).click();
  const pane = await box(canvas(page));
  await drag(
    page,
    { x: pane.x + 10, y: pane.y + pane.height / 2 },
    { x: pane.x + 90, y: pane.y + pane.height / 2 + 20 },
  );
  await waitSaved(page);

  const before = {
    boxes: await nodeBoxes(page),
    flows: (
      await allFlows(page).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")))
    ).sort(),
    viewport: await viewport(page),
    doc: await storedOpenDoc(page),
  };
  expect(elementById(before.doc, "ml-engineer").parentId).toBeNull();
  expect(before.doc.viewport).not.toBeNull();

  await page.reload();
  await expect(modelTitle(page)).toHaveText(SAMPLE_NAME);
  await expect(saveStatus(page)).toHaveText("Saved");

  const after = await nodeBoxes(page);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before.boxes).sort());
  for (const [name, b] of Object.entries(before.boxes)) expectBoxClose(after[name]!, b, 0.5);
  expect(
    (
      await allFlows(page).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")))
    ).sort(),
  ).toEqual(before.flows);
  expect(await viewport(page)).toEqual(before.viewport);
  // Nothing was rewritten by opening it.
  expect(await storedOpenDoc(page)).toEqual(before.doc);
  await clickNode(page, node(page, GATEWAY));
  await expectTriState(page, "Validates input", "Yes");
  await expect(
    flow(page, "Data flow Embeddings from GPU inference server to Vector store"),
  ).toBeAttached();
});

test("each model opens at its own view", async ({ page }) => {
  await openApp(page);
  await canvas(page).getByRole("button", { name: "Zoom In" }).click();
  await waitSaved(page);
  await expect.poll(async () => (await storedOpenDoc(page)).viewport).not.toBeNull();
  const sampleView = await viewport(page);

  await createBlankModel(page, { name: "Other" });
  // A new model starts at the plain 100 % view, not where the previous model was left, and the
  // first element added does not zoom the view.
  await expect.poll(() => viewport(page)).toEqual({ x: 0, y: 0, zoom: 1 });
  await paletteItem(page, "Process").click();
  await expect(node(page, "Process: Process")).toBeVisible();
  expect((await viewport(page)).zoom).toBe(1);
  await canvas(page).getByRole("button", { name: "Zoom Out" }).click();
  await canvas(page).getByRole("button", { name: "Zoom Out" }).click();
  await canvas(page).getByRole("button", { name: "Zoom Out" }).click();
  await waitSaved(page);
  const otherView = await viewport(page);
  expect(otherView.zoom).toBeLessThan(sampleView.zoom);

  await openModel(page, SAMPLE_NAME);
  await expect.poll(() => viewport(page)).toEqual(sampleView);
  await openModel(page, "Other");
  await expect.poll(() => viewport(page)).toEqual(otherView);
});

test("a save that fails says so, keeps the work in the tab, and can be retried", async ({
  page,
}) => {
  // Simulate a full disk: every IndexedDB write fails with QuotaExceededError while switched on.
  await page.addInitScript(() => {
    const w = window as unknown as { __failWrites: boolean };
    w.__failWrites = false;
    for (const method of ["put", "add"] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof original>
      ) {
        if (w.__failWrites)
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return original.apply(this, args);
      } as typeof original;
    }
  });
  await openApp(page);
  await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = true));

  await clickNode(page, node(page, INFERENCE));
  await commitText(textField(page, "Name"), "Renamed while the disk is full");
  await expect(saveStatus(page)).toHaveText("Save failed");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "failed");
  // A quota error is named for what it is, with the way out.
  await expect(alertSaying(page, "Saving failed.")).toContainText(
    "storage for ThreatCanvas is full",
  );
  await expect(saveStatus(page)).toHaveAttribute("title", /storage for ThreatCanvas is full/);
  // The work is still here.
  await expect(node(page, "Process (LLM): Renamed while the disk is full")).toBeVisible();
  expect(elementById(await storedOpenDoc(page), "inference-server").name).toBe(
    "GPU inference server",
  );

  await page.evaluate(
    () => ((window as unknown as { __failWrites: boolean }).__failWrites = false),
  );
  await page.getByRole("button", { name: "Retry now" }).click();
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect(alertSaying(page, "Saving failed.")).toHaveCount(0);
  expect(elementById(await storedOpenDoc(page), "inference-server").name).toBe(
    "Renamed while the disk is full",
  );
});

test("without IndexedDB the app says work is not saved, and still works in memory", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
  });
  await page.goto("/");
  await expect(saveStatus(page)).toHaveText("Not saved: storage unavailable");
  await expect(saveStatus(page)).toHaveAttribute("data-status", "failed");
  await expect(alertSaying(page, "Your work is not being saved.")).toBeVisible();
  await expect(node(page, GATEWAY)).toBeVisible();
  await clickNode(page, node(page, GATEWAY));
  await page.keyboard.press("Delete");
  await expect(node(page, GATEWAY)).toHaveCount(0);
});

test("a second tab on the same model: both are told, and an idle tab follows the other's edits", async ({
  page,
  context,
}) => {
  await openApp(page);
  const second = await context.newPage();
  await openApp(second);
  const notice = "This model is also open in another tab.";
  await expect(page.getByRole("status").filter({ hasText: notice })).toBeVisible();
  await expect(second.getByRole("status").filter({ hasText: notice })).toBeVisible();

  // Edits in one tab show in the other, which had no changes of its own.
  await clickNode(page, node(page, LOGS));
  await commitText(textField(page, "Name"), "Prompt log lake");
  await waitSaved(page);
  await expect(node(second, "Data store: Prompt log lake")).toBeVisible();
  await expect(saveStatus(second)).toHaveText("Saved");

  // And back.
  await clickFlow(second, flow(second, SAMPLE_FLOWS["flow-forward"]));
  await triOption(second, "Encrypted in transit", "Yes").check();
  await waitSaved(second);
  await clickFlow(page, flow(page, SAMPLE_FLOWS["flow-forward"]));
  await expectTriState(page, "Encrypted in transit", "Yes");

  await second.close();
  await expect(page.getByRole("status").filter({ hasText: notice })).toHaveCount(0);
  expect((await readDb(page)).models).toHaveLength(1);
});

/**
 * `second` misses `page`'s save (it has no BroadcastChannel, as if the message were lost), then
 * saves an edit of its own made on the older version: the stored revision stops it.
 */
async function staleSecondTab(page: Page, second: Page): Promise<void> {
  await openApp(page);
  await second.addInitScript(() => {
    Object.defineProperty(window, "BroadcastChannel", { value: undefined, configurable: true });
  });
  await openApp(second);

  await clickNode(page, node(page, INFERENCE));
  await commitText(textField(page, "Name"), "Inference (tab 1)");
  await waitSaved(page);

  await clickNode(second, node(second, GATEWAY));
  await commitText(textField(second, "Name"), "Gateway (tab 2)");
  await expect(saveStatus(second)).toHaveText("Not saved: changed in another tab");
  await expect(alertSaying(second, "This model was changed in another tab.")).toBeVisible();
  // Nothing was overwritten: what is stored is the first tab's save; the second keeps its edit.
  const stored = await storedOpenDoc(page);
  expect(elementById(stored, "inference-server").name).toBe("Inference (tab 1)");
  expect(elementById(stored, "api-gateway").name).toBe("API gateway");
  await expect(node(second, "Process: Gateway (tab 2)")).toBeVisible();
}

test("a tab saving over another tab's newer save is stopped; Keep mine stores it knowingly", async ({
  page,
  context,
}) => {
  const second = await context.newPage();
  await staleSecondTab(page, second);

  await alertSaying(second, "This model was changed in another tab.")
    .getByRole("button", { name: "Keep mine" })
    .click();
  await expect(saveStatus(second)).toHaveText("Saved");
  await expect(alertSaying(second, "This model was changed in another tab.")).toHaveCount(0);
  const stored = await storedOpenDoc(page);
  expect(elementById(stored, "api-gateway").name).toBe("Gateway (tab 2)");
  expect(elementById(stored, "inference-server").name).toBe("GPU inference server");

  // The first tab did not hear of it either; its next save is stopped in turn.
  await clickNode(page, node(page, LOGS));
  await commitText(textField(page, "Name"), "Logs (tab 1)");
  await expect(alertSaying(page, "This model was changed in another tab.")).toBeVisible();
  expect(elementById(await storedOpenDoc(page), "inference-logs").name).toBe("Inference log store");
});

test("a tab saving over another tab's newer save is stopped; Load theirs shows the stored one", async ({
  page,
  context,
}) => {
  const second = await context.newPage();
  await staleSecondTab(page, second);

  await alertSaying(second, "This model was changed in another tab.")
    .getByRole("button", { name: "Load theirs" })
    .click();
  await expect(node(second, "Process (LLM): Inference (tab 1)")).toBeVisible();
  await expect(node(second, GATEWAY)).toBeVisible();
  await expect(saveStatus(second)).toHaveText("Saved");
  await expect(alertSaying(second, "This model was changed in another tab.")).toHaveCount(0);
  const stored = await storedOpenDoc(page);
  expect(elementById(stored, "inference-server").name).toBe("Inference (tab 1)");
  expect(elementById(stored, "api-gateway").name).toBe("API gateway");
});

test("another tab saves while this one has unsaved changes: warned at once, Keep mine stores them", async ({
  page,
  context,
}) => {
  await openApp(page);
  const second = await context.newPage();
  // The second tab cannot write for now, so its edit stays unsaved.
  await second.addInitScript(() => {
    const w = window as unknown as { __failWrites: boolean };
    w.__failWrites = false;
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<typeof original>
    ) {
      if (w.__failWrites) throw new DOMException("Disk full.", "QuotaExceededError");
      return original.apply(this, args);
    };
  });
  await openApp(second);
  await second.evaluate(
    () => ((window as unknown as { __failWrites: boolean }).__failWrites = true),
  );
  await clickNode(second, node(second, GATEWAY));
  await commitText(textField(second, "Name"), "Gateway (tab 2)");
  await expect(saveStatus(second)).toHaveText("Save failed");

  await clickNode(page, node(page, INFERENCE));
  await commitText(textField(page, "Name"), "Inference (tab 1)");
  await waitSaved(page);

  // The second tab is told straight away, and keeps its own edit on screen.
  const banner = alertSaying(second, "This model was changed in another tab.");
  await expect(banner).toBeVisible();
  await expect(node(second, "Process: Gateway (tab 2)")).toBeVisible();
  await expect(node(second, INFERENCE)).toBeVisible();

  await second.evaluate(
    () => ((window as unknown as { __failWrites: boolean }).__failWrites = false),
  );
  await banner.getByRole("button", { name: "Keep mine" }).click();
  await expect(saveStatus(second)).toHaveText("Saved");
  await expect(banner).toHaveCount(0);
  await expect
    .poll(async () => elementById(await storedOpenDoc(page), "api-gateway").name)
    .toBe("Gateway (tab 2)");
  // The first tab had nothing unsaved: it now shows what was kept.
  await expect(node(page, "Process: Gateway (tab 2)")).toBeVisible();
});
