import { test, expect } from "./support/fixtures";
import { withPrefs } from "./support/workspace";
import {
  createBlankModel,
  inspector,
  openApp,
  palette,
  paletteItem,
  toolbarButton,
  waitSaved,
} from "./support/app";
import { allNodes, box, canvas, centre, centreOf, flow, node, paneAt } from "./support/canvas";
import { storedOpenDoc } from "./support/db";
import { inspectorHeading } from "./support/inspector";
import { GATEWAY, SAMPLE_FLOWS } from "./support/sample";

// These tests edit in the Inspector: it is the side panel's open tab, as a user would leave it.
test.beforeEach(async ({ page }) => {
  await withPrefs(page, { panelTab: "inspector" });
});

/**
 * Issue 2, point 3: draw with DFD notation; add elements from the palette by drag AND by click or
 * keyboard; the generic types plus ML building blocks, each kind visibly distinguishable.
 */

const ML_KINDS: Array<[string, "Process" | "Data store" | "External entity"]> = [
  ["Training data store", "Data store"],
  ["Feature store", "Data store"],
  ["Labeling tool", "Process"],
  ["Data pipeline", "Process"],
  ["Training job", "Process"],
  ["Experiment tracker", "Process"],
  ["Model artifact store", "Data store"],
  ["Model registry", "Data store"],
  ["Inference endpoint", "Process"],
  ["LLM", "Process"],
  ["Embedding model", "Process"],
  ["Vector store", "Data store"],
  ["Prompt / system-prompt store", "Data store"],
  ["Agent", "Process"],
  ["Agent tool", "Process"],
  ["Third-party AI API", "External entity"],
  ["Monitoring", "Process"],
  ["Federated client", "External entity"],
  ["Federated aggregator", "Process"],
  ["Human reviewer", "External entity"],
  ["End user", "External entity"],
  ["Package / image index", "External entity"],
  ["Container registry", "Data store"],
  ["MCP server", "Process"],
  ["Guardrail (prompt / output filter)", "Process"],
];

test("clicking a palette item adds it in the middle of the view; repeated clicks cascade", async ({
  page,
}) => {
  await openApp(page);
  // A blank model: in the sample the middle of the view may lie across a boundary's edge.
  await createBlankModel(page, { name: "Cascade" });
  const pane = await box(canvas(page));

  await paletteItem(page, "Process").click();
  const added = node(page, "Process: Process");
  await expect(added).toBeVisible();
  const first = await centre(added);
  expect(Math.abs(first.x - (pane.x + pane.width / 2))).toBeLessThan(12);
  expect(Math.abs(first.y - (pane.y + pane.height / 2))).toBeLessThan(12);
  // The new element is selected, ready to be named.
  await expect(inspectorHeading(page).first()).toHaveText("Process");

  await paletteItem(page, "Process").click();
  await expect(node(page, "Process: Process")).toHaveCount(2);
  const second = await centre(node(page, "Process: Process").nth(1));
  expect(second.x - first.x).toBeGreaterThan(5);
  expect(second.y - first.y).toBeGreaterThan(5);

  await waitSaved(page);
  const stored = await storedOpenDoc(page);
  expect(stored.elements.filter((e) => e.name === "Process" && e.type === "process")).toHaveLength(
    2,
  );
});

test("palette items can be added with the keyboard", async ({ page }) => {
  await openApp(page);
  await createBlankModel(page, { name: "Keyboard only" });

  await palette(page).getByRole("button", { name: "Expand palette" }).click();
  const filter = palette(page).getByRole("searchbox", { name: "Filter palette" });
  await filter.focus();
  // The items are one Tab stop; arrow keys move between them.
  await page.keyboard.press("Tab");
  await expect(paletteItem(page, "Process")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(paletteItem(page, "Data store")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(node(page, "Data store: Data store")).toBeVisible();
  // Focus moves to the element just added.
  await expect(node(page, "Data store: Data store")).toBeFocused();

  // The filter narrows the palette; Space adds too.
  await filter.fill("embedding");
  await expect(palette(page).getByRole("toolbar").getByRole("button")).toHaveCount(1);
  await page.keyboard.press("Tab");
  await expect(paletteItem(page, "Embedding model")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(node(page, "Process (Embedding model): Embedding model")).toBeVisible();
  await expect(allNodes(page)).toHaveCount(2);
});

test("dragging a palette item onto the canvas adds it where it is dropped", async ({ page }) => {
  await openApp(page);
  const pane = await box(canvas(page));
  const drop = await paneAt(page, 0.3, 0.88);

  await paletteItem(page, "Vector store").dragTo(canvas(page), {
    targetPosition: { x: drop.x - pane.x, y: drop.y - pane.y },
  });
  const added = node(page, "Data store (Vector store): Vector store");
  await expect(added).toBeVisible();
  const at = await centre(added);
  // Snap to grid may move it by up to half a grid cell.
  expect(Math.abs(at.x - drop.x)).toBeLessThan(8);
  expect(Math.abs(at.y - drop.y)).toBeLessThan(8);

  // A second item dropped elsewhere lands elsewhere.
  const drop2 = await paneAt(page, 0.75, 0.88);
  await paletteItem(page, "External entity").dragTo(canvas(page), {
    targetPosition: { x: drop2.x - pane.x, y: drop2.y - pane.y },
  });
  const entity = await centre(node(page, "External entity: External entity"));
  expect(Math.abs(entity.x - drop2.x)).toBeLessThan(8);
  expect(Math.abs(entity.y - drop2.y)).toBeLessThan(8);

  // Dropped outside the canvas: nothing is added.
  await paletteItem(page, "Agent").dragTo(inspector(page));
  await expect(node(page, "Process (Agent): Agent")).toHaveCount(0);
  await expect(allNodes(page)).toHaveCount(16);
  await waitSaved(page);
  expect((await storedOpenDoc(page)).elements).toHaveLength(16);
});

test("every ML building block is offered, typed, and visibly distinguishable", async ({ page }) => {
  await openApp(page);
  await createBlankModel(page, { name: "All kinds" });

  for (const [kind] of ML_KINDS) await paletteItem(page, kind).click();
  await expect(allNodes(page)).toHaveCount(ML_KINDS.length);

  const icons = new Set<string>();
  for (const [kind, type] of ML_KINDS) {
    // Named with its type and kind, and showing a kind badge with its own icon.
    const added = node(page, `${type} (${kind}): ${kind}`);
    await expect(added, kind).toHaveCount(1);
    // Named in full by its tooltip; its text, shortened where the shape has no room for it.
    const badge = added.getByTitle(kind, { exact: true });
    const shown = (await badge.innerText()).trim();
    expect(kind.startsWith(shown.replace(/\u2026$/, "")), `${kind}: "${shown}"`).toBe(true);
    expect(shown.length, kind).toBeGreaterThan(2);
    icons.add(await badge.locator("svg path").getAttribute("d").then(String));
  }
  expect(icons.size, "one distinct icon per ML kind").toBe(ML_KINDS.length);

  await waitSaved(page);
  const stored = await storedOpenDoc(page);
  expect(stored.elements.map((e) => e.mlKind).sort()).toEqual(
    [
      "training-data-store",
      "feature-store",
      "labeling-tool",
      "data-pipeline",
      "training-job",
      "experiment-tracker",
      "model-artifact-store",
      "model-registry",
      "inference-endpoint",
      "llm",
      "embedding-model",
      "vector-store",
      "prompt-store",
      "agent",
      "agent-tool",
      "third-party-ai-api",
      "monitoring",
      "federated-client",
      "federated-aggregator",
      "human-reviewer",
      "end-user",
      "package-index",
      "container-registry",
      "mcp-server",
      "guardrail",
    ].sort(),
  );
});

test("DFD notation: circle process, open-ended store, rectangle entity, dashed labelled boundary, labelled arrows", async ({
  page,
}) => {
  await openApp(page);
  await createBlankModel(page, { name: "Notation" });
  for (const item of ["Trust boundary", "Process", "Data store", "External entity"]) {
    await paletteItem(page, item).click();
  }

  const shape = (label: string) =>
    node(page, label)
      .locator(":scope > div:not(.react-flow__handle)")
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          radius: s.borderTopLeftRadius,
          top: s.borderTopStyle,
          bottom: s.borderBottomStyle,
          left: s.borderLeftStyle,
          right: s.borderRightStyle,
          width: el.getBoundingClientRect().width,
          height: el.getBoundingClientRect().height,
        };
      });

  const process = await shape("Process: Process");
  expect(process.radius).toBe("50%");
  expect(process.width).toBeCloseTo(process.height, 0);
  expect([process.top, process.left]).toEqual(["solid", "solid"]);

  const store = await shape("Data store: Data store");
  expect([store.top, store.bottom, store.left, store.right]).toEqual([
    "solid",
    "solid",
    "none",
    "none",
  ]);

  const entity = await shape("External entity: External entity");
  expect([entity.top, entity.bottom, entity.left, entity.right]).toEqual([
    "solid",
    "solid",
    "solid",
    "solid",
  ]);
  expect(parseFloat(entity.radius)).toBeLessThan(10);

  const boundary = await shape("Trust boundary: Trust boundary");
  expect([boundary.top, boundary.bottom, boundary.left, boundary.right]).toEqual([
    "dashed",
    "dashed",
    "dashed",
    "dashed",
  ]);
  await expect(node(page, "Trust boundary: Trust boundary")).toContainText("Trust boundary");
  await expect(node(page, "Trust boundary: Trust boundary")).toContainText("trust 50");
});

test("data flows are labelled arrows", async ({ page }) => {
  await openApp(page);
  const prompts = flow(page, SAMPLE_FLOWS["flow-forward"]);
  await expect(prompts.locator("path.react-flow__edge-path")).toHaveAttribute(
    "marker-end",
    /url\(/,
  );
  // The label is drawn on the arrow (shortened on its spot, whole in its tooltip).
  const label = canvas(page).getByTitle("Authenticated requests");
  await expect(label).toBeVisible();
  const gateway = centreOf(await box(node(page, GATEWAY)));
  const labelAt = await centre(label);
  expect(labelAt.x).toBeGreaterThan(gateway.x);
});

test("adding is one undoable step", async ({ page }) => {
  await openApp(page);
  await paletteItem(page, "Agent").click();
  await expect(node(page, "Process (Agent): Agent")).toBeVisible();
  await toolbarButton(page, "Undo").click();
  await expect(node(page, "Process (Agent): Agent")).toHaveCount(0);
  await toolbarButton(page, "Redo").click();
  await expect(node(page, "Process (Agent): Agent")).toBeVisible();
});
