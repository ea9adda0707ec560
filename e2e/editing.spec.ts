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
  toolbarButton,
  waitSaved,
} from "./support/app";
import {
  allFlows,
  allNodes,
  box,
  boxSelect,
  canvas,
  clickFlow,
  clickNode,
  contains,
  drag,
  dragNode,
  flow,
  node,
  paneAt,
  viewport,
} from "./support/canvas";
import { elementById, elementNamed, storedDocNamed, storedOpenDoc } from "./support/db";
import { inspectorHeading, textField } from "./support/inspector";
import {
  DMZ,
  GATEWAY,
  INFERENCE,
  LOGS,
  SAMPLE_BOUNDARIES,
  SAMPLE_FLOWS,
  SAMPLE_NAME,
} from "./support/sample";

// These tests edit in the Inspector: it is the side panel's open tab, as a user would leave it.
test.beforeEach(async ({ page }) => {
  await withPrefs(page, { panelTab: "inspector" });
});

/**
 * Issue 2, point 7: edit like a diagram tool — click / shift-click / box select; Delete and
 * Backspace; Ctrl+A, C, V, D (paste across models, pasted payload validated); arrow nudges;
 * undo / redo for every committed change (never one entry per drag frame); zoom, fit view,
 * minimap, snap to grid.
 */

const heading = (page: Page) => inspectorHeading(page).first();

test("click, shift-click and box selection", async ({ page }) => {
  await openApp(page);
  await clickNode(page, node(page, GATEWAY));
  await expect(heading(page)).toHaveText("Process");
  await expect(textField(page, "Name")).toHaveValue("API gateway");

  await clickNode(page, node(page, INFERENCE), true);
  await expect(heading(page)).toHaveText("2 items selected");
  await clickFlow(page, flow(page, SAMPLE_FLOWS["flow-logs"]), ["Shift"]);
  await expect(heading(page)).toHaveText("3 items selected");
  // Shift-click on a selected item takes it out of the selection.
  await clickNode(page, node(page, GATEWAY), true);
  await expect(heading(page)).toHaveText("2 items selected");

  // A click on the empty pane clears the selection.
  const pane = await box(canvas(page));
  await page.mouse.click(pane.x + 8, pane.y + 8);
  await expect(heading(page)).toHaveText("Model");

  // Shift+drag on the pane draws a selection box: it takes the elements wholly inside it.
  const gateway = await box(node(page, GATEWAY));
  const inference = await box(node(page, INFERENCE));
  const dmz = await box(node(page, DMZ));
  await boxSelect(
    page,
    { x: gateway.x - 10, y: Math.max(pane.y + 4, dmz.y - 12) },
    { x: inference.x + inference.width + 10, y: inference.y + inference.height + 10 },
  );
  await expect(heading(page)).toContainText("items selected");
  await page.keyboard.press("Delete");
  await expect(node(page, GATEWAY)).toHaveCount(0);
  await expect(node(page, INFERENCE)).toHaveCount(0);
  // Boundaries only partly inside the box were not taken.
  await expect(node(page, DMZ)).toBeVisible();
  await expect(node(page, SAMPLE_BOUNDARIES["zone-inference"])).toBeVisible();
  await expect(allNodes(page)).toHaveCount(12);
});

test("Delete and Backspace delete the selection; a flow goes with its element", async ({
  page,
}) => {
  await openApp(page);
  await clickFlow(page, flow(page, SAMPLE_FLOWS["flow-stage"]));
  await page.keyboard.press("Backspace");
  await expect(flow(page, SAMPLE_FLOWS["flow-stage"])).toHaveCount(0);
  await expect(allFlows(page)).toHaveCount(7);

  await clickNode(page, node(page, LOGS));
  await page.keyboard.press("Delete");
  await expect(node(page, LOGS)).toHaveCount(0);
  await expect(flow(page, SAMPLE_FLOWS["flow-logs"])).toHaveCount(0);
  await expect(allFlows(page)).toHaveCount(6);

  // Deleting a boundary keeps what it held.
  await clickNode(page, node(page, DMZ));
  await page.keyboard.press("Delete");
  await expect(node(page, DMZ)).toHaveCount(0);
  await expect(node(page, GATEWAY)).toBeVisible();

  // Keys typed in a field belong to the field.
  await clickNode(page, node(page, GATEWAY));
  await textField(page, "Name").press("End");
  await textField(page, "Name").press("Backspace");
  await textField(page, "Name").press("Delete");
  await expect(node(page, GATEWAY)).toBeVisible();
  await expect(textField(page, "Name")).toHaveValue("API gatewa");

  await waitSaved(page);
  const doc = await storedOpenDoc(page);
  expect(doc.flows.map((f) => f.id).sort()).toEqual(
    [
      "flow-deploy",
      "flow-fetch-weights",
      "flow-forward",
      "flow-prompts",
      "flow-upload",
      "flow-webhook",
    ].sort(),
  );
  expect(elementById(doc, "api-gateway").parentId).toBeNull();
});

test("Ctrl+A selects everything; one undo brings a deletion back", async ({ page }) => {
  await openApp(page);
  await canvas(page).click({ position: { x: 8, y: 8 } });
  await page.keyboard.press("Control+a");
  await expect(heading(page)).toHaveText("22 items selected");
  await page.keyboard.press("Delete");
  await expect(allNodes(page)).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(allNodes(page)).toHaveCount(14);
  await expect(allFlows(page)).toHaveCount(8);
});

test("Ctrl+C / Ctrl+V paste a copy with its inner flows; Ctrl+D duplicates", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);
  await clickNode(page, node(page, GATEWAY));
  await clickNode(page, node(page, INFERENCE), true);
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");

  await expect(node(page, GATEWAY)).toHaveCount(2);
  await expect(node(page, INFERENCE)).toHaveCount(2);
  // The flow between the two copied elements is copied; flows to elements left behind are not.
  await expect(flow(page, SAMPLE_FLOWS["flow-forward"])).toHaveCount(2);
  await expect(flow(page, SAMPLE_FLOWS["flow-prompts"])).toHaveCount(1);
  // The pasted items are selected, and sit next to the originals, not on them.
  await expect(heading(page)).toHaveText("3 items selected");
  const original = await box(node(page, GATEWAY).first());
  const copy = await box(node(page, GATEWAY).last());
  expect(copy.x).toBeGreaterThan(original.x);
  expect(copy.y).toBeGreaterThan(original.y);

  await waitSaved(page);
  const doc = await storedOpenDoc(page);
  const gateways = doc.elements.filter((e) => e.name === "API gateway");
  expect(gateways).toHaveLength(2);
  expect(new Set(doc.elements.map((e) => e.id)).size).toBe(16);
  expect(new Set(doc.flows.map((f) => f.id)).size).toBe(9);

  // Ctrl+D duplicates the selection (the copies just pasted).
  await page.keyboard.press("Control+d");
  await expect(node(page, GATEWAY)).toHaveCount(3);
  await expect(flow(page, SAMPLE_FLOWS["flow-forward"])).toHaveCount(3);
  await page.keyboard.press("Control+z");
  await expect(node(page, GATEWAY)).toHaveCount(2);
});

test("paste works across models and across tabs (through the system clipboard)", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);
  await createBlankModel(page, { name: "Target" });
  await openModel(page, SAMPLE_NAME);
  await clickNode(page, node(page, LOGS));
  await page.keyboard.press("Control+c");

  // Another model in this tab.
  await openModel(page, "Target");
  await page.keyboard.press("Control+v");
  await expect(node(page, LOGS)).toBeVisible();
  await expect(allNodes(page)).toHaveCount(1);
  await waitSaved(page);
  expect((await storedDocNamed(page, "Target")).elements.map((e) => e.name)).toEqual([
    "Inference log store",
  ]);
  expect((await storedDocNamed(page, SAMPLE_NAME)).elements).toHaveLength(14);

  // Another tab, which never copied anything itself.
  const other = await context.newPage();
  await other.goto("/");
  await expect(modelTitle(other)).toHaveText("Target");
  await canvas(other).click({ position: { x: 8, y: 8 } });
  await other.keyboard.press("Control+v");
  await expect(node(other, LOGS)).toHaveCount(2);
});

test("a pasted payload is validated: anything else is refused with a reason", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApp(page);
  await waitSaved(page);
  const before = await storedOpenDoc(page);
  const paste = async (text: string) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await canvas(page).click({ position: { x: 8, y: 8 } });
    await page.keyboard.press("Control+v");
  };

  await paste("just some text");
  await expect(
    alertSaying(page, "Nothing pasted: The clipboard does not hold ThreatCanvas elements."),
  ).toBeVisible();

  const fragment = (extra: object) =>
    JSON.stringify({
      format: "threatcanvas/fragment",
      version: 1,
      elements: [
        { id: "a", type: "process", name: "Pasted A", position: { x: 0, y: 0 } },
        {
          id: "z",
          type: "trustBoundary",
          name: "Zone",
          position: { x: 0, y: 300 },
          size: { width: 200, height: 200 },
        },
      ],
      flows: [],
      ...extra,
    });

  await paste(fragment({ flows: [{ id: "f", source: "a", target: "a" }] }));
  await expect(alertSaying(page, "goes from an element to itself")).toBeVisible();
  await paste(fragment({ flows: [{ id: "f", source: "a", target: "z" }] }));
  await expect(alertSaying(page, "connects a trust boundary")).toBeVisible();
  await paste(
    fragment({
      elements: [{ id: "a", type: "process", name: "Bad", position: { x: "left", y: 0 } }],
    }),
  );
  await expect(alertSaying(page, /Nothing pasted: .*position/)).toBeVisible();
  await expect(node(page, "Process: Pasted A")).toHaveCount(0);
  await expect(node(page, "Process: Bad")).toHaveCount(0);
  await expect(allNodes(page)).toHaveCount(14);
  await waitSaved(page);
  expect(await storedOpenDoc(page)).toEqual(before);

  // A valid hand-written fragment is accepted (with fresh ids).
  await paste(fragment({}));
  await expect(node(page, "Process: Pasted A")).toBeVisible();
  await expect(node(page, "Trust boundary: Zone")).toBeVisible();
  await waitSaved(page);
  const pasted = elementNamed(await storedOpenDoc(page), "Pasted A");
  expect(pasted.id).not.toBe("a");
});

test("arrow keys nudge the selection, Shift+arrow by 10; each nudge is one undo step", async ({
  page,
}) => {
  await openApp(page);
  const server = node(page, INFERENCE);
  const start = elementById(await storedOpenDoc(page), "inference-server").position;
  const startBox = await box(server);
  await clickNode(page, server);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  await waitSaved(page);
  await expect
    .poll(async () => elementById(await storedOpenDoc(page), "inference-server").position)
    .toEqual({ x: start.x + 3, y: start.y + 10 });
  const zoom = (await viewport(page)).zoom;
  const moved = await box(server);
  expect(moved.x - startBox.x).toBeCloseTo(3 * zoom, 1);
  expect(moved.y - startBox.y).toBeCloseTo(10 * zoom, 1);

  await page.keyboard.press("Control+z");
  await waitSaved(page);
  await expect
    .poll(async () => elementById(await storedOpenDoc(page), "inference-server").position)
    .toEqual({ x: start.x + 3, y: start.y });
  await page.keyboard.press("Control+z");
  await expect
    .poll(async () => elementById(await storedOpenDoc(page), "inference-server").position)
    .toEqual({ x: start.x + 2, y: start.y });
});

test("undo/redo with Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and the toolbar; a drag is one step", async ({
  page,
}) => {
  await openApp(page);
  await expect(toolbarButton(page, "Undo")).toBeDisabled();
  await expect(toolbarButton(page, "Redo")).toBeDisabled();
  const storedAt = async () => elementById(await storedOpenDoc(page), "inference-server").position;
  const start = await storedAt();

  // Many pointer moves, one committed move (small enough to stay inside its boundary).
  await dragNode(page, node(page, INFERENCE), 30, 10, { steps: 40 });
  await waitSaved(page);
  const moved = await storedAt();
  expect(moved.x).toBeGreaterThan(start.x + 20);
  await expect(toolbarButton(page, "Undo")).toBeEnabled();
  await expect(toolbarButton(page, "Undo")).toHaveAttribute("title", /Undo Move/);

  await page.keyboard.press("Control+z");
  await waitSaved(page);
  expect(await storedAt()).toEqual(start);
  await expect(toolbarButton(page, "Undo")).toBeDisabled();

  await page.keyboard.press("Control+Shift+z");
  await waitSaved(page);
  expect(await storedAt()).toEqual(moved);
  await toolbarButton(page, "Undo").click();
  await waitSaved(page);
  expect(await storedAt()).toEqual(start);
  await page.keyboard.press("Control+y");
  await waitSaved(page);
  expect(await storedAt()).toEqual(moved);
  await toolbarButton(page, "Undo").click();
  await toolbarButton(page, "Redo").click();
  await waitSaved(page);
  expect(await storedAt()).toEqual(moved);

  // A property edit is a step too; a new change clears what could be redone.
  await clickNode(page, node(page, INFERENCE));
  await textField(page, "Name").fill("GPU server");
  await textField(page, "Name").press("Enter");
  await expect(node(page, "Process (LLM): GPU server")).toBeVisible();
  await expect(toolbarButton(page, "Redo")).toBeDisabled();
  await toolbarButton(page, "Undo").click();
  await expect(node(page, INFERENCE)).toBeVisible();
  await toolbarButton(page, "Undo").click();
  await waitSaved(page);
  expect(await storedAt()).toEqual(start);
  await expect(toolbarButton(page, "Undo")).toBeDisabled();
});

test("zoom in and out, pan, and fit view", async ({ page }) => {
  await openApp(page);
  const server = node(page, INFERENCE);
  const before = await box(server);

  await canvas(page).getByRole("button", { name: "Zoom In" }).click();
  await expect.poll(async () => (await box(server)).width).toBeGreaterThan(before.width * 1.1);
  await canvas(page).getByRole("button", { name: "Zoom Out" }).click();
  await canvas(page).getByRole("button", { name: "Zoom Out" }).click();
  await expect.poll(async () => (await box(server)).width).toBeLessThan(before.width * 0.95);

  // Mouse wheel zooms too.
  const zoomBefore = (await viewport(page)).zoom;
  const at = await paneAt(page, 0.5, 0.5);
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(zoomBefore);

  // Pan the diagram out of sight by dragging the pane, then fit it back in.
  const pane = await box(canvas(page));
  await drag(
    page,
    { x: pane.x + 10, y: pane.y + 10 },
    { x: pane.x + pane.width - 10, y: pane.y + pane.height - 10 },
  );
  await drag(
    page,
    { x: pane.x + 10, y: pane.y + 10 },
    { x: pane.x + pane.width - 10, y: pane.y + pane.height - 10 },
  );
  expect(contains(pane, await box(server))).toBe(false);
  await toolbarButton(page, "Fit view").click();
  await expect
    .poll(async () => {
      const boxes = await Promise.all((await allNodes(page).all()).map((n) => n.boundingBox()));
      return boxes.every((b) => b !== null && contains(pane, b));
    })
    .toBe(true);
});

test("zoomed out below legible text, the canvas is an overview: shapes, counts and every flow", async ({
  page,
}) => {
  await openApp(page);
  const server = node(page, INFERENCE);
  const flows = await allFlows(page).count();
  await expect(server).toContainText("GPU inference server");
  const zoomOut = canvas(page).getByRole("button", { name: "Zoom Out" });
  while ((await viewport(page)).zoom >= 0.2) await zoomOut.click();

  // Names, kinds and flow labels are not drawn (under 4 px high); the name is the tooltip, the
  // findings count stays, no flow is lost and the accessible names are unchanged.
  await expect(server).not.toContainText("GPU inference server");
  await expect(server.getByTitle("GPU inference server")).toBeVisible();
  await expect(server.getByLabel(/findings/)).toBeVisible();
  await expect(allFlows(page)).toHaveCount(flows);
  await expect(canvas(page).locator(".tc-flow-label")).toHaveCount(0);
  await expect(canvas(page).locator(".react-flow__edge-path").first()).toHaveAttribute("d", /\d/);

  // Zoomed back in, everything is drawn again and flows can be drawn from the handles.
  const zoomIn = canvas(page).getByRole("button", { name: "Zoom In" });
  while ((await viewport(page)).zoom < 0.3) await zoomIn.click();
  await expect(server).toContainText("GPU inference server");
  await expect(canvas(page).locator(".tc-flow-label").first()).toBeVisible();
  await expect(server.locator(".react-flow__handle")).toHaveCount(4);
});

test("the minimap shows the diagram and can be hidden", async ({ page }) => {
  await openApp(page);
  const minimap = canvas(page).getByRole("img", { name: "Minimap" });
  await expect(minimap).toBeVisible();
  await expect(minimap.locator("rect.react-flow__minimap-node")).toHaveCount(14);
  await expect(toolbarButton(page, "Minimap")).toHaveAttribute("aria-pressed", "true");

  await toolbarButton(page, "Minimap").click();
  await expect(minimap).toHaveCount(0);
  await expect(toolbarButton(page, "Minimap")).toHaveAttribute("aria-pressed", "false");
  await toolbarButton(page, "Minimap").click();
  await expect(minimap).toBeVisible();
});

test("snap to grid: on, moves land on the 10-unit grid; off, they land where dropped", async ({
  page,
}) => {
  await openApp(page);
  await createBlankModel(page, { name: "Grid" });
  await paletteItem(page, "Agent").click();
  const agent = node(page, "Process (Agent): Agent");
  await expect(agent).toBeVisible();
  await expect(toolbarButton(page, "Snap")).toHaveAttribute("aria-pressed", "true");
  const zoom = (await viewport(page)).zoom;
  const stored = async () => elementNamed(await storedOpenDoc(page), "Agent").position;

  await waitSaved(page);
  const p0 = await stored();
  expect(p0.x % 10).toBe(0);
  expect(p0.y % 10).toBe(0);

  await dragNode(page, agent, 37, 23);
  await waitSaved(page);
  await expect.poll(async () => (await stored()).x).not.toBe(p0.x);
  const p1 = await stored();
  expect(p1.x % 10).toBe(0);
  expect(p1.y % 10).toBe(0);

  await toolbarButton(page, "Snap").click();
  await expect(toolbarButton(page, "Snap")).toHaveAttribute("aria-pressed", "false");
  await dragNode(page, agent, 37, 23);
  await waitSaved(page);
  await expect.poll(async () => (await stored()).x).not.toBe(p1.x);
  const p2 = await stored();
  expect(Math.abs(p2.x - p1.x - 37 / zoom)).toBeLessThan(1.5);
  expect(Math.abs(p2.y - p1.y - 23 / zoom)).toBeLessThan(1.5);
});
