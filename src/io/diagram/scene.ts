import { absolutePosition, elementSize, indexModel, type Rect } from "../../domain/graph";
import { ELEMENT_TYPE_LABELS, ML_KIND_LABELS, ZONE_KIND_LABELS } from "../../domain/labels";
import type { DfdElement, Point, ThreatModel, ZoneKind } from "../../domain/schema";
import type { Severity } from "../../engine/types";
import { boundaryPoint, center, normal, quadraticAt, union, type ShapeKind } from "./geometry";
import { buildLegend, type Legend } from "./legend";
import { ellipsize, textWidth, wrapText } from "./textMetrics";

/**
 * The diagram as a scene: every shape, line and line of text placed, in one coordinate space
 * starting at (0, 0). Pure: built from the document alone, drawn by the SVG writer and the PDF
 * writer the same way, so the exported image and the report's page agree.
 */

export const FONT = {
  name: 14,
  kind: 11,
  boundary: 13,
  flowLabel: 11,
  legend: 11,
  title: 18,
  badge: 11,
} as const;
const LINE = 1.25;
const PADDING = 24;

export interface Badge {
  count: number;
  severity: Severity;
}

export interface SceneBoundary {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
  zone: ZoneKind;
  /** One line: the name, then the zone kind; ellipsised to fit. */
  label: string;
  unnamed: boolean;
  outOfScope: boolean;
}

export interface SceneNode {
  id: string;
  type: "process" | "dataStore" | "externalEntity";
  x: number;
  y: number;
  width: number;
  height: number;
  nameLines: string[];
  unnamed: boolean;
  /** The ML kind ("LLM", "Vector store"), one line, or null. */
  kindLine: string | null;
  /** Centre of the first name line's baseline region: lines go down from `textTop`. */
  textTop: number;
  outOfScope: boolean;
  badge: Badge | null;
}

export interface SceneFlow {
  id: string;
  start: Point;
  /** Quadratic control point for one of several flows between the same pair; else null. */
  control: Point | null;
  end: Point;
  arrowStart: boolean;
  arrowEnd: boolean;
  label: { lines: string[]; x: number; y: number; width: number; height: number } | null;
  outOfScope: boolean;
  badge: Badge | null;
}

export interface DiagramScene {
  width: number;
  height: number;
  title: { text: string; x: number; y: number } | null;
  boundaries: SceneBoundary[];
  nodes: SceneNode[];
  flows: SceneFlow[];
  legend: Legend;
  /** True when the model has nothing to draw; the scene then holds a message in `title`. */
  empty: boolean;
  lineHeight: number;
}

export interface SceneOptions {
  /** A heading above the diagram (the SVG export has the model name; the PDF page has its own). */
  title?: string | null;
  /** Open findings per element / flow id, drawn as a badge. */
  badges?: ReadonlyMap<string, Badge>;
}

export function buildDiagramScene(model: ThreatModel, options: SceneOptions = {}): DiagramScene {
  const index = indexModel(model);
  const badges = options.badges ?? new Map<string, Badge>();
  const rects = new Map<string, Rect>();
  for (const element of model.elements) {
    const { x, y } = absolutePosition(index, element.id);
    rects.set(element.id, { x, y, ...elementSize(element) });
  }

  const boundaries: SceneBoundary[] = [];
  const nodes: SceneNode[] = [];
  for (const element of model.elements) {
    const rect = rects.get(element.id)!;
    if (element.type === "trustBoundary") {
      boundaries.push(boundaryOf(element, rect, depthOf(index.elementsById, element)));
    } else {
      nodes.push(nodeOf(element, rect, badges.get(element.id) ?? null));
    }
  }
  // Outer boundaries first, so inner ones are drawn over them.
  boundaries.sort((a, b) => a.depth - b.depth);

  const flows = flowsOf(model, rects, badges);
  const contentRects: Rect[] = [...rects.values()];
  for (const flow of flows) {
    if (flow.label) contentRects.push(flow.label);
    if (flow.control) contentRects.push({ ...flow.control, width: 0, height: 0 });
  }
  const bounds = union(contentRects);
  const empty = bounds === null;
  const titleText = empty ? "This model has no elements yet." : (options.title ?? null);
  const titleHeight = titleText ? FONT.title * 2 : 0;
  const contentWidth = bounds?.width ?? 360;
  const contentHeight = bounds?.height ?? 0;
  const dx = PADDING - (bounds?.x ?? 0);
  const dy = PADDING + titleHeight - (bounds?.y ?? 0);
  const legend = buildLegend({
    x: PADDING,
    y: PADDING + titleHeight + contentHeight + (empty ? 0 : PADDING),
    maxWidth: Math.max(contentWidth, 520),
    withBadges: badges.size > 0,
  });
  const width = Math.max(contentWidth, legend.width) + 2 * PADDING;
  const height = legend.y + legend.height + PADDING;
  return {
    width,
    height,
    title: titleText
      ? {
          text: ellipsize(titleText, width - 2 * PADDING, FONT.title, true),
          x: PADDING,
          y: PADDING,
        }
      : null,
    boundaries: boundaries.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy })),
    nodes: nodes.map((n) => ({ ...n, x: n.x + dx, y: n.y + dy, textTop: n.textTop + dy })),
    flows: flows.map((f) => shiftFlow(f, dx, dy)),
    legend,
    empty,
    lineHeight: LINE,
  };
}

function depthOf(byId: ReadonlyMap<string, DfdElement>, element: DfdElement): number {
  let depth = 0;
  const seen = new Set<string>();
  let cursor = element.parentId === null ? undefined : byId.get(element.parentId);
  while (cursor && !seen.has(cursor.id)) {
    seen.add(cursor.id);
    depth += 1;
    cursor = cursor.parentId === null ? undefined : byId.get(cursor.parentId);
  }
  return depth;
}

function boundaryOf(
  element: Extract<DfdElement, { type: "trustBoundary" }>,
  rect: Rect,
  depth: number,
): SceneBoundary {
  const zone = element.props.zoneKind;
  const zoneName =
    zone === "custom"
      ? element.props.customZone.trim()
      : ZONE_KIND_LABELS[zone].replace(/ \(.*\)$/, "");
  const name = element.name.trim();
  const sameAsName = zoneName.toLowerCase() === name.toLowerCase();
  const text = [name || "(unnamed trust boundary)", sameAsName ? "" : zoneName]
    .filter(Boolean)
    .join(" · ");
  return {
    id: element.id,
    ...rect,
    depth,
    zone,
    label: ellipsize(text, Math.max(rect.width - 20, 20), FONT.boundary, true),
    unnamed: name === "",
    outOfScope: element.outOfScope,
  };
}

function nodeOf(
  element: Exclude<DfdElement, { type: "trustBoundary" }>,
  rect: Rect,
  badge: Badge | null,
): SceneNode {
  // A process is an ellipse: text fits in the rectangle inscribed in it.
  const inner = element.type === "process" ? rect.width * 0.7 : rect.width - 16;
  const innerHeight = element.type === "process" ? rect.height * 0.7 : rect.height - 12;
  const name = element.name.trim();
  const kindName = element.mlKind ? ML_KIND_LABELS[element.mlKind] : null;
  // "Model registry" named "Model registry" says it once.
  const kind = kindName && kindName.toLowerCase() !== name.toLowerCase() ? kindName : null;
  const kindLine = kind ? ellipsize(kind, inner, FONT.kind) : null;
  const kindHeight = kindLine ? FONT.kind * LINE : 0;
  const outOfScopeHeight = element.outOfScope ? FONT.kind * LINE : 0;
  const maxLines = Math.max(
    1,
    Math.floor((innerHeight - kindHeight - outOfScopeHeight) / (FONT.name * LINE)),
  );
  const nameLines = wrapText(
    name || `(unnamed ${ELEMENT_TYPE_LABELS[element.type].toLowerCase()})`,
    {
      fontSize: FONT.name,
      bold: true,
      maxWidth: inner,
      maxLines,
    },
  );
  const blockHeight = nameLines.length * FONT.name * LINE + kindHeight + outOfScopeHeight;
  return {
    id: element.id,
    type: element.type,
    ...rect,
    nameLines,
    unnamed: name === "",
    kindLine,
    textTop: rect.y + (rect.height - blockHeight) / 2,
    outOfScope: element.outOfScope,
    badge,
  };
}

const PARALLEL_GAP = 30;

function flowsOf(
  model: ThreatModel,
  rects: ReadonlyMap<string, Rect>,
  badges: ReadonlyMap<string, Badge>,
): SceneFlow[] {
  const shapes = new Map<string, ShapeKind>(
    model.elements.map((e) => [e.id, e.type === "process" ? "ellipse" : "rect"]),
  );
  // Flows between the same two elements (either way) are spread apart, not drawn on top.
  const pairs = new Map<string, string[]>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const flow of model.flows) {
    const key = pairKey(flow.source, flow.target);
    const list = pairs.get(key);
    if (list) list.push(flow.id);
    else pairs.set(key, [flow.id]);
  }
  const out: SceneFlow[] = [];
  for (const flow of model.flows) {
    const from = rects.get(flow.source);
    const to = rects.get(flow.target);
    if (!from || !to) continue;
    const a = center(from);
    const b = center(to);
    const siblings = pairs.get(pairKey(flow.source, flow.target))!;
    const slot = siblings.indexOf(flow.id) - (siblings.length - 1) / 2;
    let control: Point | null = null;
    if (slot !== 0) {
      // The same side for the same pair whichever way the flow runs.
      const n = flow.source < flow.target ? normal(a, b) : normal(b, a);
      const offset = 2 * slot * PARALLEL_GAP;
      control = { x: (a.x + b.x) / 2 + n.x * offset, y: (a.y + b.y) / 2 + n.y * offset };
    }
    const start = boundaryPoint(from, shapes.get(flow.source) ?? "rect", control ?? b);
    const end = boundaryPoint(to, shapes.get(flow.target) ?? "rect", control ?? a);
    const middle = control
      ? quadraticAt(start, control, end, 0.5)
      : { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    out.push({
      id: flow.id,
      start,
      control,
      end,
      arrowStart: flow.bidirectional,
      arrowEnd: true,
      label: labelOf(flow.label, middle),
      outOfScope: flow.outOfScope,
      badge: badges.get(flow.id) ?? null,
    });
  }
  return out;
}

function labelOf(text: string, at: Point): SceneFlow["label"] {
  if (!text.trim()) return null;
  const lines = wrapText(text, { fontSize: FONT.flowLabel, maxWidth: 150, maxLines: 2 });
  const width = Math.max(...lines.map((l) => textWidth(l, FONT.flowLabel))) + 8;
  const height = lines.length * FONT.flowLabel * LINE + 4;
  return { lines, x: at.x - width / 2, y: at.y - height / 2, width, height };
}

function shiftFlow(flow: SceneFlow, dx: number, dy: number): SceneFlow {
  const move = (p: Point) => ({ x: p.x + dx, y: p.y + dy });
  return {
    ...flow,
    start: move(flow.start),
    end: move(flow.end),
    control: flow.control ? move(flow.control) : null,
    label: flow.label ? { ...flow.label, x: flow.label.x + dx, y: flow.label.y + dy } : null,
  };
}
