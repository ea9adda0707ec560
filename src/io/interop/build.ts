import type { DecisionLogEntry } from "../../domain/decisions";
import { newId } from "../../domain/ids";
import { kindChangeText, nearestKindFor } from "../../domain/kindFit";
import { orderParentsFirst } from "../../domain/operations/membership";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../../domain/schema";
import { formatIssues } from "../../domain/validation";
import type { MlAssetKind } from "../../domain/mlKinds";
import type { DraftElement, ModelDraft } from "./draft";
import { area, boxContainsBox, boxContainsPoint, centerOf, type Box } from "./geometry";
import { layeredLayout } from "./layout";
import { clip } from "./text";
import { FormatError, type ImportCounts, type ReportEntry } from "./types";

const DEFAULT_BOX = {
  process: { width: 150, height: 150 },
  dataStore: { width: 190, height: 80 },
  externalEntity: { width: 180, height: 90 },
  trustBoundary: { width: 420, height: 300 },
} as const;

const MAX_ID = 200;
const FIT_PADDING = 24;

export interface BuildOptions {
  modelId?: string;
  now: Date;
}

export interface BuiltModel {
  model: ThreatModel;
  report: ReportEntry[];
  arrived: ImportCounts;
}

/**
 * A draft to a valid document: ids made valid and unique, membership decided, positions laid
 * out when the file has none and made relative to the parent, texts clipped to our limits, each
 * imported threat a custom threat with its triage record (and a log entry when it is not open).
 * Throws FormatError only if the result would not validate, which means a bug here.
 */
export function buildModel(draft: ModelDraft, options: BuildOptions): BuiltModel {
  const report: ReportEntry[] = [...draft.report];
  const at = options.now.toISOString();
  const modelId = options.modelId ?? newId("model");
  const ids = new IdMap(modelId);

  // ---- elements: ids, boxes, membership ----
  const elements = draft.elements.filter((e, index) => {
    if (draft.elements.findIndex((other) => other.id === e.id) === index) return true;
    report.push({
      kind: "dropped",
      item: e.item,
      text: `has the same id as an earlier item ("${e.id}")`,
    });
    return false;
  });
  for (const e of elements) ids.claim(e.id);
  const parentOf = decideParents(elements, draft.membership, report);
  const boxes = placeBoxes(elements, parentOf, draft, report);

  const docElements = elements.map((e) => {
    const box = boxes.get(e.id)!;
    const parent = parentOf.get(e.id) ?? null;
    const origin = parent === null ? { x: 0, y: 0 } : boxes.get(parent)!;
    const name = clipped(e.name, 200, e.item, "name", report);
    const element: Record<string, unknown> = {
      ...(e.extra ?? {}),
      id: ids.get(e.id),
      type: e.type,
      name,
      description: clipped(e.description ?? "", 20000, e.item, "description", report),
      technologies: tags(e.technologies ?? []),
      outOfScope: e.outOfScope ?? false,
      outOfScopeReason: clipped(
        e.outOfScopeReason ?? "",
        2000,
        e.item,
        "out-of-scope reason",
        report,
      ),
      position: { x: round(box.x - origin.x), y: round(box.y - origin.y) },
      parentId: parent === null ? null : ids.get(parent),
      size: { width: sizeOf(box.width), height: sizeOf(box.height) },
      props: e.props ?? {},
    };
    if (e.type !== "trustBoundary") element.mlKind = fittedKind(e, report);
    return element;
  });
  const boundaryIds = new Set(elements.filter((e) => e.type === "trustBoundary").map((e) => e.id));
  const nodeIds = new Set(elements.filter((e) => e.type !== "trustBoundary").map((e) => e.id));

  // ---- flows ----
  const docFlows: Record<string, unknown>[] = [];
  const flowIds = new Set<string>();
  for (const f of draft.flows) {
    if (flowIds.has(f.id) || nodeIds.has(f.id) || boundaryIds.has(f.id)) {
      report.push({
        kind: "dropped",
        item: f.item,
        text: `has the same id as an earlier item ("${f.id}")`,
      });
      continue;
    }
    const problem =
      endpointProblem(f.source, nodeIds, boundaryIds, "start") ??
      endpointProblem(f.target, nodeIds, boundaryIds, "end") ??
      (f.source === f.target ? "goes from an element to itself" : null);
    if (problem) {
      report.push({ kind: "dropped", item: f.item, text: problem });
      continue;
    }
    flowIds.add(f.id);
    ids.claim(f.id);
    const crossings = [...new Set(f.crossesBoundaryIds ?? [])].filter(
      (b) => boundaryIds.has(b) && !explainedCrossing(f.source, f.target, b, parentOf),
    );
    const flow: Record<string, unknown> = {
      ...(f.extra ?? {}),
      id: ids.get(f.id),
      source: ids.get(f.source),
      target: ids.get(f.target),
      label: clipped(f.label, 200, f.item, "name", report),
      description: clipped(f.description ?? "", 20000, f.item, "description", report),
      technologies: tags(f.technologies ?? []),
      bidirectional: f.bidirectional ?? false,
      outOfScope: f.outOfScope ?? false,
      outOfScopeReason: clipped(
        f.outOfScopeReason ?? "",
        2000,
        f.item,
        "out-of-scope reason",
        report,
      ),
      props: f.props ?? {},
    };
    if (crossings.length > 0) flow.crossesBoundaryIds = crossings.map((b) => ids.get(b));
    docFlows.push(flow);
  }
  const targetable = new Set([...nodeIds, ...boundaryIds, ...flowIds]);

  // ---- threats: custom threats + triage ----
  const threatIds = new ThreatIdMap();
  const customThreats: Record<string, unknown>[] = [];
  const triage: Record<string, Record<string, unknown>> = {};
  const decisionLog: DecisionLogEntry[] = [];
  for (const t of draft.threats) {
    const targets = t.targetIds.filter((id) => targetable.has(id));
    const lost = t.targetIds.filter((id) => !targetable.has(id));
    if (lost.length > 0) {
      report.push({
        kind: "approximated",
        item: t.item,
        text: targets.length
          ? `is about ${lost.length === 1 ? "an item" : "items"} that did not arrive (${lost.join(", ")}); kept on the rest`
          : "is about items that did not arrive; kept as a threat to the whole model",
      });
    }
    const findingKey = t.findingId ?? threatIds.claim(t.id);
    const title = clipped(t.title.trim() || "Untitled threat", 200, t.item, "title", report);
    const targetIds = targets.slice(0, 10).map((id) => ids.get(id));
    if (!t.findingId) {
      customThreats.push({
        id: findingKey,
        targetIds: targets.slice(0, 20).map((id) => ids.get(id)),
        title,
        description: clipped(t.description ?? "", 20000, t.item, "description", report),
        categories: { stride: t.stride ?? [], linddun: t.linddun ?? [] },
        references: (t.references ?? []).filter((r) => r.length <= 120).slice(0, 100),
        likelihood: score(t.likelihood),
        impact: score(t.impact),
        mitigation: clipped(t.mitigation ?? "", 20000, t.item, "mitigation", report),
        source: t.source,
        createdAt: at,
      });
    }
    const record: Record<string, unknown> = {
      status: t.status,
      justification: clipped(t.justification ?? "", 20000, t.item, "justification", report),
      owner: clip(t.owner ?? "", 200).text,
      notes: clip(t.notes ?? "", 20000).text,
      title,
      targetIds,
      updatedAt: at,
    };
    if (t.findingId && (t.likelihood !== undefined || t.impact !== undefined)) {
      record.likelihood = t.likelihood ?? null;
      record.impact = t.impact ?? null;
    }
    triage[findingKey] = record;
    if (t.status !== "open") {
      decisionLog.push({
        id: `import-${decisionLog.length + 1}`,
        at,
        findingId: findingKey,
        from: "open",
        to: t.status,
        justification: (record.justification as string) ?? "",
        by: "",
        via: "import",
      });
    }
  }
  const findingKeyOf = (draftId: string): string | null =>
    threatIds.has(draftId)
      ? threatIds.get(draftId)
      : draft.threats.some((t) => t.findingId === draftId)
        ? draftId
        : null;

  // ---- mitigations and assumptions ----
  const mitigationIds = new ThreatIdMap();
  const mitigations = (draft.mitigations ?? []).map((m) => ({
    ...(m.extra ?? {}),
    id: mitigationIds.claim(m.id),
    title: clip(m.title.trim() || "Untitled mitigation", 200).text,
    description: clip(m.description ?? "", 20000).text,
    status: m.status,
    findingIds: m.threatIds.flatMap((id) => findingKeyOf(id) ?? []),
    createdAt: at,
    updatedAt: at,
  }));
  const assumptionIds = new ThreatIdMap();
  const assumptions = (draft.assumptions ?? [])
    .filter((a) => a.text.trim() !== "")
    .map((a) => ({
      ...(a.extra ?? {}),
      id: assumptionIds.claim(a.id),
      text: clip(a.text, 5000).text,
      valid: a.valid,
      elementIds: (a.elementIds ?? []).filter((id) => targetable.has(id)).map((id) => ids.get(id)),
      findingIds: (a.threatIds ?? []).flatMap((id) => findingKeyOf(id) ?? []),
      createdAt: at,
      updatedAt: at,
    }));

  const input = {
    ...(draft.extra ?? {}),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: modelId,
    name: clip(draft.name.trim() || "Imported model", 200).text,
    description: clip(draft.description ?? "", 20000).text,
    owner: clip(draft.owner ?? "", 200).text,
    createdAt: at,
    updatedAt: at,
    elements: docElements,
    flows: docFlows,
    viewport: null,
    customThreats,
    triage,
    decisionLog,
    mitigations,
    assumptions,
  } as unknown as ThreatModelInput;
  const parsed = ThreatModelSchema.safeParse(input);
  if (!parsed.success) {
    throw new FormatError(
      formatIssues(parsed.error).map((line) => `could not make a valid model: ${line}`),
    );
  }
  const model = orderParentsFirst(parsed.data);
  return { model, report, arrived: countModel(model) };
}

/** The element's ML kind, or the nearest one of its type when the file gave one of another. */
function fittedKind(e: DraftElement, report: ReportEntry[]): MlAssetKind | null {
  const from = e.mlKind ?? null;
  if (from === null || e.type === "trustBoundary") return null;
  const to = nearestKindFor(from, e.type);
  if (to !== from) {
    report.push({
      kind: "approximated",
      item: e.item,
      text: kindChangeText({ from, to, elementType: e.type }),
    });
  }
  return to;
}

export function countModel(model: ThreatModel): ImportCounts {
  return {
    elements: model.elements.filter((e) => e.type !== "trustBoundary").length,
    flows: model.flows.length,
    boundaries: model.elements.filter((e) => e.type === "trustBoundary").length,
    threats:
      model.customThreats.length +
      Object.keys(model.triage).filter((id) => !model.customThreats.some((t) => t.id === id))
        .length,
  };
}

function endpointProblem(
  id: string,
  nodes: ReadonlySet<string>,
  boundaries: ReadonlySet<string>,
  end: "start" | "end",
): string | null {
  if (boundaries.has(id))
    return `its ${end} is a trust boundary; flows connect processes, data stores and external entities`;
  if (!nodes.has(id))
    return id
      ? `its ${end} ("${id}") is not an element that arrived`
      : `its ${end} is not connected to anything`;
  return null;
}

/** A crossing that membership already says: one end inside the boundary, the other not. */
function explainedCrossing(
  source: string,
  target: string,
  boundary: string,
  parents: ReadonlyMap<string, string | null>,
): boolean {
  const within = (id: string): boolean => {
    const seen = new Set<string>();
    for (let p = parents.get(id) ?? null; p !== null && !seen.has(p); p = parents.get(p) ?? null) {
      if (p === boundary) return true;
      seen.add(p);
    }
    return false;
  };
  return within(source) !== within(target);
}

/** Who contains whom. */
function decideParents(
  elements: readonly DraftElement[],
  membership: ModelDraft["membership"],
  report: ReportEntry[],
): Map<string, string | null> {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const parents = new Map<string, string | null>();
  if (membership === "explicit") {
    for (const e of elements) {
      const wanted = e.parentId ?? null;
      if (wanted === null) parents.set(e.id, null);
      else if (byId.get(wanted)?.type === "trustBoundary" && wanted !== e.id)
        parents.set(e.id, wanted);
      else {
        parents.set(e.id, null);
        report.push({
          kind: "approximated",
          item: e.item,
          text: `its container ("${wanted}") is not a trust boundary that arrived; placed outside every boundary`,
        });
      }
    }
    breakCycles(parents, byId, report);
    return parents;
  }
  const boundaries = elements
    .filter((e) => e.type === "trustBoundary" && e.box)
    .sort((a, b) => area(a.box!) - area(b.box!));
  for (const e of elements) {
    if (!e.box) {
      parents.set(e.id, null);
      continue;
    }
    const center = centerOf(e.box);
    const own = area(e.box);
    const container = boundaries.find((b) => {
      if (b.id === e.id) return false;
      if (e.type === "trustBoundary") {
        return (
          area(b.box!) > own && (boxContainsBox(b.box!, e.box!) || boxContainsPoint(b.box!, center))
        );
      }
      return boxContainsPoint(b.box!, center);
    });
    parents.set(e.id, container?.id ?? null);
  }
  return parents;
}

function breakCycles(
  parents: Map<string, string | null>,
  byId: ReadonlyMap<string, DraftElement>,
  report: ReportEntry[],
): void {
  for (const id of parents.keys()) {
    const seen = new Set<string>([id]);
    let cursor = parents.get(id) ?? null;
    while (cursor !== null) {
      if (seen.has(cursor)) {
        parents.set(id, null);
        report.push({
          kind: "approximated",
          item: byId.get(id)!.item,
          text: "boundaries contain each other in a cycle; placed outside",
        });
        break;
      }
      seen.add(cursor);
      cursor = parents.get(cursor) ?? null;
    }
  }
}

/** Absolute boxes: from the file, or laid out when any item has none. */
function placeBoxes(
  elements: readonly DraftElement[],
  parents: ReadonlyMap<string, string | null>,
  draft: ModelDraft,
  report: ReportEntry[],
): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const missing = elements.filter((e) => !e.box).length;
  if (missing > 0 && missing < elements.length && draft.membership === "explicit") {
    // A few items without a place (an OTM component drawn only in a code view): put each in its
    // boundary below what is there, and let the boundaries grow around them.
    for (const e of elements) if (e.box) boxes.set(e.id, { ...e.box });
    for (const e of elements) {
      if (e.box) continue;
      boxes.set(e.id, placeBelow(e, parents.get(e.id) ?? null, elements, parents, boxes));
      report.push({
        kind: "approximated",
        item: e.item,
        text: "has no position in the diagram; placed below the others",
      });
    }
    fitBoundaries(elements, parents, boxes);
    return boxes;
  }
  if (missing > 0) {
    if (missing < elements.length) {
      report.push({
        kind: "approximated",
        item: "Diagram",
        text: `${missing} of ${elements.length} items have no position in the file; the whole diagram was laid out automatically`,
      });
    } else if (elements.length > 0) {
      report.push({
        kind: "info",
        item: "Diagram",
        text: "the file has no positions; the diagram was laid out automatically",
      });
    }
    const laid = layeredLayout(
      elements.map((e) => ({
        id: e.id,
        parentId: parents.get(e.id) ?? null,
        isContainer: e.type === "trustBoundary",
        ...(e.type === "trustBoundary"
          ? DEFAULT_BOX.trustBoundary
          : (e.box ?? DEFAULT_BOX[e.type])),
      })),
      draft.flows.map((f) => ({ source: f.source, target: f.target })),
    );
    for (const e of elements) boxes.set(e.id, laid.get(e.id)!);
    return boxes;
  }
  for (const e of elements) boxes.set(e.id, { ...e.box! });
  if (draft.membership === "explicit") fitBoundaries(elements, parents, boxes);
  return boxes;
}

function placeBelow(
  element: DraftElement,
  parent: string | null,
  elements: readonly DraftElement[],
  parents: ReadonlyMap<string, string | null>,
  boxes: ReadonlyMap<string, Box>,
): Box {
  const size =
    element.type === "trustBoundary" ? DEFAULT_BOX.trustBoundary : DEFAULT_BOX[element.type];
  const siblings = elements.filter(
    (e) => e.id !== element.id && (parents.get(e.id) ?? null) === parent && boxes.has(e.id),
  );
  const container = parent === null ? undefined : boxes.get(parent);
  const placed = siblings.map((s) => boxes.get(s.id)!);
  const left = placed.length
    ? Math.min(...placed.map((b) => b.x))
    : (container?.x ?? 0) + FIT_PADDING;
  const bottom = placed.length
    ? Math.max(...placed.map((b) => b.y + b.height))
    : (container?.y ?? 0) + FIT_PADDING;
  return { x: left, y: bottom + FIT_PADDING * 2, ...size };
}

/** Grows each boundary, innermost first, so that it holds its members' boxes. */
function fitBoundaries(
  elements: readonly DraftElement[],
  parents: ReadonlyMap<string, string | null>,
  boxes: Map<string, Box>,
): void {
  const depth = (id: string): number => {
    let d = 0;
    for (let p = parents.get(id) ?? null; p !== null && d < 1000; p = parents.get(p) ?? null) d++;
    return d;
  };
  const zones = elements
    .filter((e) => e.type === "trustBoundary")
    .sort((a, b) => depth(b.id) - depth(a.id));
  for (const zone of zones) {
    const box = boxes.get(zone.id)!;
    const members = elements
      .filter((e) => parents.get(e.id) === zone.id)
      .map((e) => boxes.get(e.id)!);
    if (members.length === 0) continue;
    const minX = Math.min(box.x, ...members.map((m) => m.x - FIT_PADDING));
    const minY = Math.min(box.y, ...members.map((m) => m.y - FIT_PADDING * 2));
    const maxX = Math.max(box.x + box.width, ...members.map((m) => m.x + m.width + FIT_PADDING));
    const maxY = Math.max(box.y + box.height, ...members.map((m) => m.y + m.height + FIT_PADDING));
    boxes.set(zone.id, { x: minX, y: minY, width: maxX - minX, height: maxY - minY });
  }
}

function clipped(
  text: string,
  max: number,
  item: string,
  field: string,
  report: ReportEntry[],
): string {
  const result = clip(text, max);
  if (result.clipped) {
    report.push({
      kind: "approximated",
      item,
      text: `${field} shortened to ${max.toLocaleString("en")} characters`,
    });
  }
  return result.text;
}

function tags(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const tag = clip(raw.trim(), 60).text;
    if (tag && !out.includes(tag) && out.length < 50) out.push(tag);
  }
  return out;
}

function sizeOf(value: number): number {
  return Math.round(Math.min(20000, Math.max(20, Number.isFinite(value) ? value : 20)));
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : 0;
}

function score(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 3;
  return Math.min(5, Math.max(1, Math.round(value)));
}

/** File ids to ours: kept when valid and free, otherwise made so. */
class IdMap {
  private readonly map = new Map<string, string>();
  private readonly used = new Set<string>();
  constructor(modelId: string) {
    this.used.add(modelId);
  }
  claim(fileId: string): string {
    const existing = this.map.get(fileId);
    if (existing) return existing;
    let id =
      fileId.trim() === "" ? "item" : fileId.length > MAX_ID ? fileId.slice(0, MAX_ID - 8) : fileId;
    if (this.used.has(id)) {
      const base = id.slice(0, MAX_ID - 8);
      let n = 2;
      while (this.used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
    }
    this.used.add(id);
    this.map.set(fileId, id);
    return id;
  }
  get(fileId: string): string {
    return this.map.get(fileId) ?? this.claim(fileId);
  }
}

/** Record ids (threats, mitigations, assumptions): unique, at most 200 characters, never "__proto__". */
class ThreatIdMap {
  private readonly map = new Map<string, string>();
  private readonly used = new Set<string>();
  claim(fileId: string): string {
    let id =
      fileId.trim() === "" || fileId === "__proto__" ? "threat" : fileId.slice(0, MAX_ID - 8);
    if (this.used.has(id)) {
      let n = 2;
      while (this.used.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    this.used.add(id);
    if (!this.map.has(fileId)) this.map.set(fileId, id);
    return id;
  }
  has(fileId: string): boolean {
    return this.map.has(fileId);
  }
  get(fileId: string): string {
    return this.map.get(fileId)!;
  }
}
