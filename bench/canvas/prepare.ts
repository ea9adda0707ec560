import type { Browser, Page } from "playwright-core";
import type { ThreatModel, Viewport } from "../../src/domain/schema";
import { elementSize } from "../../src/domain/graph";
import { dragPath, reachOf, type Offset } from "./browser/dragPath";
import { openBenchPage } from "./browser/openPage";
import type { SizeCase } from "./config";
import { generateModel } from "./model/generateModel";

/** Everything both pages of one size share: model, viewport, canvas size, node and path. */
export interface PreparedSize {
  size: SizeCase;
  model: ThreatModel;
  viewport: Viewport;
  canvasSize: { width: number; height: number };
  targetId: string;
  path: Offset[];
}

/**
 * Opens the app once with fitView (as for a new model) to learn the viewport and the size of
 * its canvas; the measured runs then open both pages at exactly that viewport, the bare page
 * in a box of the same size, and drag the same node along the same path: the first candidate
 * that can be grabbed by its centre in both pages.
 */
export async function prepareSize(
  browser: Browser,
  baseUrl: string,
  size: SizeCase,
  moves: number,
): Promise<PreparedSize> {
  const model = generateModel(size.spec);
  const candidates = dragCandidates(model);
  const app = await openBenchPage(browser, baseUrl, "app", {
    model,
    viewport: null,
    canvasSize: null,
  });
  let calibrated: Omit<PreparedSize, "targetId">;
  let inApp: string[];
  try {
    const probe = await app.page.evaluate(() => ({
      viewport: window.__bench!.viewport(),
      pane: window.__bench!.paneRect(),
    }));
    if (!probe.viewport || !probe.pane) throw new Error("the app shows no React Flow pane");
    const path = dragPath(moves, probe.viewport.zoom);
    const canvasSize = {
      width: Math.round(probe.pane.width),
      height: Math.round(probe.pane.height),
    };
    calibrated = { size, model, viewport: probe.viewport, canvasSize, path };
    inApp = await grabbable(app.page, candidates, path);
  } finally {
    await app.close();
  }
  const { viewport, canvasSize } = calibrated;
  const bare = await openBenchPage(browser, baseUrl, "bare", { model, viewport, canvasSize });
  try {
    const inBare = new Set(await grabbable(bare.page, inApp, calibrated.path));
    const targetId = inApp.find((id) => inBare.has(id));
    if (!targetId) throw new Error(`${size.label}: no node can be grabbed in both pages`);
    return { ...calibrated, targetId };
  } finally {
    await bare.close();
  }
}

async function grabbable(page: Page, candidates: string[], path: Offset[]): Promise<string[]> {
  const found = await page.evaluate(([ids, reach]) => window.__bench!.grabbable(ids, reach), [
    candidates,
    reachOf(path),
  ] as const);
  return found.map((f) => f.id);
}

/** Top-level processes, stores and entities, nearest the middle of the diagram first. */
function dragCandidates(model: ThreatModel): string[] {
  const free = model.elements.filter((e) => e.type !== "trustBoundary" && e.parentId === null);
  const centre = (e: (typeof free)[number]) => {
    const { width, height } = elementSize(e);
    return { x: e.position.x + width / 2, y: e.position.y + height / 2 };
  };
  const xs = free.map((e) => centre(e).x);
  const ys = free.map((e) => centre(e).y);
  const mid = {
    x: (Math.min(...xs) + Math.max(...xs)) / 2,
    y: (Math.min(...ys) + Math.max(...ys)) / 2,
  };
  return free
    .map((e) => ({ id: e.id, d: Math.hypot(centre(e).x - mid.x, centre(e).y - mid.y) }))
    .sort((a, b) => a.d - b.d)
    .map((c) => c.id);
}
