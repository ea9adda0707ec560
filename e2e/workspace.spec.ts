import type { Page } from "@playwright/test";
import { openApp, waitSaved } from "./support/app";
import { absolutePosition, storedOpenDoc } from "./support/db";
import { allFlows, box, canvas, node, type Box } from "./support/canvas";
import { expect, test } from "./support/fixtures";
import { SAMPLE_ELEMENTS } from "./support/sample";
import { panelTab, showTab, sidePanel } from "./support/workspace";

/**
 * The workspace on a projector (issue 9, items 1-4): at 1280 x 720 the canvas keeps most of the
 * screen, the fitted sample is readable, the Threats tab shows several whole cards, flow labels
 * and badges stay off the elements, and the layout the user chose comes back.
 */

test.use({ viewport: { width: 1280, height: 720 } });

/** On-screen size of a text: its computed font size times the canvas zoom it is drawn at. */
async function screenFontSize(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const style = getComputedStyle(el);
      const layoutHeight = (el as HTMLElement).offsetHeight;
      const drawnHeight = el.getBoundingClientRect().height;
      return parseFloat(style.fontSize) * (layoutHeight > 0 ? drawnHeight / layoutHeight : 1);
    }),
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test("at 1280 x 720 the fitted sample is readable and three finding cards are visible", async ({
  page,
}) => {
  await openApp(page);
  const canvasBox = await box(canvas(page));
  test.info().annotations.push({
    type: "canvas at 1280x720",
    description: `${Math.round(canvasBox.width)} x ${Math.round(canvasBox.height)} px`,
  });
  // The canvas keeps most of the screen.
  expect(canvasBox.width * canvasBox.height).toBeGreaterThan(0.6 * 1280 * 720);

  // Every element of the sample is on screen, and its name is at least 12 px.
  for (const label of Object.values(SAMPLE_ELEMENTS)) {
    const b = await box(node(page, label));
    expect(b.x).toBeGreaterThanOrEqual(canvasBox.x);
    expect(b.x + b.width).toBeLessThanOrEqual(canvasBox.x + canvasBox.width);
  }
  const sizes = await screenFontSize(page, ".react-flow__node .tc-node-name");
  expect(sizes).toHaveLength(Object.keys(SAMPLE_ELEMENTS).length);
  test.info().annotations.push({
    type: "node names at 1280x720",
    description: `${Math.min(...sizes).toFixed(1)}-${Math.max(...sizes).toFixed(1)} px`,
  });
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);

  // The Threats tab is open and shows at least three whole finding cards.
  await expect(panelTab(page, "Threats")).toHaveAttribute("aria-selected", "true");
  const list = page.locator(".tc-findings-scroll");
  const listBox = await box(list);
  const cards = await page.locator(".tc-finding").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    }),
  );
  const whole = cards.filter((c) => c.top >= listBox.y && c.bottom <= listBox.y + listBox.height);
  test
    .info()
    .annotations.push({ type: "whole cards at 1280x720", description: String(whole.length) });
  expect(whole.length).toBeGreaterThanOrEqual(3);
});

test("at 1280 x 720 nothing in the side panel's tabs is cut off at its right edge", async ({
  page,
}) => {
  await openApp(page);
  await node(page, SAMPLE_ELEMENTS["inference-server"]).click();
  const panelRight = (await box(sidePanel(page))).x + (await box(sidePanel(page))).width;
  for (const tab of ["Inspector", "Threats", "Questions", "Summary"] as const) {
    await showTab(page, tab);
    await page.waitForTimeout(300);
    // Text, controls and cards: a row of answers or a long title wraps instead of running out.
    const cut = await sidePanel(page)
      .locator("button, input, select, textarea, label, p, li, h2, h3, h4")
      .evaluateAll(
        (els, right) =>
          els
            .filter((el) => {
              const r = el.getBoundingClientRect();
              const style = getComputedStyle(el);
              return (
                r.width > 1 && r.height > 1 && style.visibility !== "hidden" && r.right > right + 1
              );
            })
            .map(
              (el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`,
            ),
        panelRight,
      );
    expect(cut, `${tab} tab`).toEqual([]);
  }
});

test("flow labels and count badges stay off the elements", async ({ page }) => {
  await openApp(page);
  const elements = await Promise.all(Object.values(SAMPLE_ELEMENTS).map((l) => box(node(page, l))));
  await expect(allFlows(page)).toHaveCount(8);
  const labels = await page.locator(".tc-flow-label").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  expect(labels).toHaveLength(8);
  for (const label of labels) {
    for (const element of elements) expect(overlaps(label, element)).toBe(false);
  }
  // A node's count badge lies inside its node's box (elements without findings have none).
  await expect(canvas(page).locator(".tc-findings-badge").first()).toBeVisible();
  let badges = 0;
  for (const label of Object.values(SAMPLE_ELEMENTS)) {
    const n = node(page, label);
    if ((await n.locator(".tc-findings-badge").count()) === 0) continue;
    badges++;
    const nodeBox = await box(n);
    const badge = await box(n.locator(".tc-findings-badge"));
    expect(badge.x).toBeGreaterThan(nodeBox.x);
    expect(badge.y).toBeGreaterThan(nodeBox.y);
    expect(badge.x + badge.width).toBeLessThan(nodeBox.x + nodeBox.width);
    expect(badge.y + badge.height).toBeLessThan(nodeBox.y + nodeBox.height);
  }
  expect(badges).toBeGreaterThanOrEqual(4);
  // A shortened label shows its whole text on hover.
  const shortened = page.locator(".tc-flow-label", { hasText: "Authenticated requests" });
  const text = shortened.locator(".tc-flow-text");
  const narrow = (await box(text)).width;
  await shortened.hover();
  await expect.poll(async () => (await box(text)).width).toBeGreaterThan(narrow);
});

test("the side panel collapses, resizes and comes back as it was left, with the palette and minimap", async ({
  page,
}) => {
  await openApp(page);
  // Small screen: no minimap unless asked for.
  await expect(page.getByRole("img", { name: "Minimap" })).toHaveCount(0);
  const before = (await box(canvas(page))).width;

  await sidePanel(page).getByRole("button", { name: "Hide side panel" }).click();
  await expect(panelTab(page, "Threats")).toHaveCount(0);
  await expect.poll(async () => (await box(canvas(page))).width).toBeGreaterThan(before + 250);
  await showTab(page, "Summary");
  await expect(sidePanel(page).getByRole("heading", { name: "Summary" })).toBeVisible();

  const splitter = page.getByRole("separator", { name: "Resize side panel" });
  const width = Number(await splitter.getAttribute("aria-valuenow"));
  await splitter.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(splitter).toHaveAttribute("aria-valuenow", String(width + 40));

  await page.getByRole("button", { name: "Expand palette" }).click();
  await expect(page.getByRole("searchbox", { name: "Filter palette" })).toBeVisible();
  await page
    .getByRole("toolbar", { name: "Editor" })
    .getByRole("button", { name: "Minimap" })
    .click();
  await expect(page.getByRole("img", { name: "Minimap" })).toBeVisible();

  await page.reload();
  await expect(canvas(page)).toBeVisible();
  await expect(panelTab(page, "Summary")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("separator", { name: "Resize side panel" })).toHaveAttribute(
    "aria-valuenow",
    String(width + 40),
  );
  await expect(page.getByRole("searchbox", { name: "Filter palette" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Minimap" })).toBeVisible();
});

test("the minimap never sits over an element", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  const minimap = page.locator(".react-flow__minimap");
  await expect(minimap).toBeVisible();
  const elements = await Promise.all(Object.values(SAMPLE_ELEMENTS).map((l) => box(node(page, l))));
  const mapBox = await box(minimap);
  for (const element of elements) expect(overlaps(mapBox, element)).toBe(false);
});

test("the Threats tab counts the whole model or the selection, and says which", async ({
  page,
}) => {
  await openApp(page);
  const panel = page.getByRole("region", { name: "Threats" });
  await expect(panel.getByText(/^Whole model:$/)).toBeVisible();
  await node(page, SAMPLE_ELEMENTS["api-gateway"]).click();
  // Selecting does not switch the list by itself; it offers to.
  await expect(panel.getByText(/^Whole model:$/)).toBeVisible();
  await panel.getByRole("button", { name: "Only API gateway" }).click();
  await expect(panel.getByRole("radio", { name: "Selection" })).toBeChecked();
  await expect(panel.getByText(/^API gateway:$/)).toBeVisible();
  await panel.getByRole("radio", { name: "Whole model" }).check();
  await expect(panel.getByText(/^Whole model:$/)).toBeVisible();
});

test("the Inspector says which boundary an element is in", async ({ page }) => {
  await openApp(page);
  await node(page, SAMPLE_ELEMENTS["api-gateway"]).click();
  await showTab(page, "Inspector");
  await expect(page.getByRole("region", { name: "Inspector" })).toContainText("In DMZ (trust 30)");
});

test("auto layout arranges the model left to right in one undo step, boundaries kept", async ({
  page,
}) => {
  await openApp(page);
  const before = await storedOpenDoc(page);
  await page
    .getByRole("toolbar", { name: "Editor" })
    .getByRole("button", { name: "Auto layout" })
    .click();
  await expect(
    page.getByRole("status").filter({ hasText: /^Laid out the whole model/ }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await waitSaved(page);
  const after = await storedOpenDoc(page);
  // Membership is kept, and every flow runs left to right.
  expect(after.elements.map((e) => [e.id, e.parentId])).toEqual(
    before.elements.map((e) => [e.id, e.parentId]),
  );
  for (const f of after.flows.filter((f) => !f.bidirectional)) {
    expect(absolutePosition(after, f.target).x, f.label).toBeGreaterThan(
      absolutePosition(after, f.source).x,
    );
  }
  await page.keyboard.press("ControlOrMeta+z");
  await waitSaved(page);
  expect((await storedOpenDoc(page)).elements.map((e) => e.position)).toEqual(
    before.elements.map((e) => e.position),
  );
});

/** Font sizes of every visible text outside the diagram itself (which scales with the zoom). */
async function uiTextSizes(page: Page): Promise<Array<{ size: number; text: string }>> {
  return page.evaluate(() => {
    const out: Array<{ size: number; text: string }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? "";
      const el = n.parentElement;
      if (!text || !el || el.closest(".react-flow__viewport, .tc-visually-hidden, option"))
        continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest("[hidden]")) continue;
      out.push({ size: parseFloat(getComputedStyle(el).fontSize), text: text.slice(0, 40) });
    }
    return out;
  });
}

test("no text in the UI is smaller than 12 px", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: /^Filters/ }).click();
  await page.getByRole("button", { name: "Expand palette" }).click();
  const screens: string[] = ["Threats"];
  const first = await uiTextSizes(page);
  expect(first.length).toBeGreaterThan(50);
  const small = first.filter((t) => t.size < 12);
  await node(page, SAMPLE_ELEMENTS["inference-server"]).click();
  for (const tab of ["Inspector", "Questions", "Summary"] as const) {
    await showTab(page, tab);
    screens.push(tab);
    small.push(...(await uiTextSizes(page)).filter((t) => t.size < 12));
  }
  expect(small, `text under 12 px on ${screens.join(", ")}`).toEqual([]);
});

test("a new model from a template opens with the template's diagram", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Templates", exact: true }).click();
  const gallery = page.getByRole("dialog", { name: "New model from a template" });
  await expect(gallery).toBeVisible();
  const list = gallery.getByRole("list", { name: "Templates" });
  expect(await list.getByRole("listitem").count()).toBeGreaterThanOrEqual(12);
  await gallery.getByRole("button", { name: "RAG", exact: true }).click();
  await expect(gallery.getByRole("button", { name: "RAG", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await gallery
    .getByRole("button", {
      name: /^Use this template\s+for\s+RAG assistant over the internal wiki$/,
    })
    .click();
  await expect(gallery).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "RAG assistant over the internal wiki",
  );
  await expect(
    canvas(page)
      .getByRole("group", { name: /^Trust boundary: / })
      .first(),
  ).toBeVisible();
  await waitSaved(page);
  const doc = await storedOpenDoc(page);
  expect(doc.id).not.toBe("rag-wiki-assistant");
  expect(doc.elements.some((e) => e.type === "trustBoundary")).toBe(true);
});
