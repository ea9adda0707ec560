import type { ElementType } from "../../domain/schema";
import type { DraftElement, DraftFlow, DraftThreat, ModelDraft } from "../interop/draft";
import { emptyCounts } from "../interop/draft";
import { centerOf, boxContainsPoint, type Pt } from "../interop/geometry";
import { placeLines, type LineBoundary, type LineFlow, type LineNode } from "../interop/lines";
import { shortName, str } from "../interop/text";
import { FormatError, type ReportEntry } from "../interop/types";
import { readCategories, readThreatState, severityToScores } from "../interop/vocabulary";
import { isRecord, readCell, type TdCell } from "./cells";
import { TD_BOOLEANS, TD_KNOWN_KEYS, V1_GEOMETRY_KEYS } from "./props";

/** One diagram of a Threat Dragon file, as a draft (plus our embedded document, if any). */
export interface TdDiagramDraft {
  title: string;
  draft: ModelDraft;
  embedded: unknown;
}

export interface TdFile {
  version: 1 | 2;
  diagrams: TdDiagramDraft[];
}

/** How sure we are that `json` is a Threat Dragon model: 0 to 1. */
export function detectThreatDragon(json: unknown): number {
  if (!isRecord(json) || !isRecord(json.detail)) return 0;
  // Claims to be one but is broken: still ours, so the errors say what is wrong with it.
  if (!Array.isArray(json.detail.diagrams)) return "diagrams" in json.detail ? 0.4 : 0;
  const diagrams = json.detail.diagrams.filter(isRecord);
  if (diagrams.some((d) => Array.isArray(d.cells))) return 0.95;
  if (diagrams.some((d) => isRecord(d.diagramJson))) return 0.95;
  return isRecord(json.summary) ? 0.7 : 0.5;
}

const KIND_TYPES: Partial<Record<TdCell["kind"], ElementType>> = {
  actor: "externalEntity",
  process: "process",
  store: "dataStore",
  box: "trustBoundary",
};

const TYPE_WORDS: Record<ElementType, string> = {
  externalEntity: "Actor",
  process: "Process",
  dataStore: "Store",
  trustBoundary: "Trust boundary",
};

export function readThreatDragonFile(json: unknown): TdFile {
  if (!isRecord(json))
    throw new FormatError(["The file is not a Threat Dragon model: it should be a JSON object."]);
  const detail = json.detail;
  if (!isRecord(detail))
    throw new FormatError([
      "detail: is missing or not an object; a Threat Dragon model keeps its diagrams in detail.diagrams.",
    ]);
  if (!Array.isArray(detail.diagrams)) {
    throw new FormatError([
      `detail.diagrams: should be a list of diagrams, but is ${describe(detail.diagrams)}.`,
    ]);
  }
  const summary = isRecord(json.summary) ? json.summary : {};
  const diagramList: unknown[] = detail.diagrams;
  const version: 1 | 2 = diagramList.some((d) => isRecord(d) && isRecord(d.diagramJson)) ? 1 : 2;
  const errors: string[] = [];
  const diagrams: TdDiagramDraft[] = [];
  diagramList.forEach((diagram, index) => {
    const where = `detail.diagrams[${index}]`;
    if (!isRecord(diagram)) {
      errors.push(`${where}: should be a diagram object, but is ${describe(diagram)}.`);
      return;
    }
    const cells =
      version === 1
        ? isRecord(diagram.diagramJson)
          ? diagram.diagramJson.cells
          : undefined
        : diagram.cells;
    const cellsPath = version === 1 ? `${where}.diagramJson.cells` : `${where}.cells`;
    if (cells !== undefined && !Array.isArray(cells)) {
      errors.push(`${cellsPath}: should be a list of cells, but is ${describe(cells)}.`);
      return;
    }
    const title = str(diagram.title).trim() || `Diagram ${index + 1}`;
    diagrams.push({
      title,
      draft: draftDiagram(
        summary,
        detail,
        diagram,
        (cells ?? []) as unknown[],
        version,
        title,
        diagramList.length,
      ),
      embedded: diagram.threatCanvas,
    });
  });
  if (errors.length) throw new FormatError(errors);
  if (diagrams.length === 0)
    throw new FormatError(["detail.diagrams: is empty, so the file has no diagram to open."]);
  return { version, diagrams };
}

function draftDiagram(
  summary: Record<string, unknown>,
  detail: Record<string, unknown>,
  diagram: Record<string, unknown>,
  rawCells: readonly unknown[],
  version: 1 | 2,
  title: string,
  diagramCount: number,
): ModelDraft {
  const report: ReportEntry[] = [];
  const counts = emptyCounts();
  const cells: TdCell[] = [];
  rawCells.forEach((raw, index) => {
    if (!isRecord(raw)) {
      report.push({
        kind: "dropped",
        item: `Cell ${index + 1}`,
        text: `is ${describe(raw)}, not a cell`,
      });
      return;
    }
    cells.push(readCell(raw, index, version));
  });

  const elements: DraftElement[] = [];
  const nodes: LineNode[] = [];
  for (const cell of cells) {
    const type = KIND_TYPES[cell.kind];
    if (cell.kind === "actor" || cell.kind === "process" || cell.kind === "store")
      counts.elements++;
    if (cell.kind === "box" || cell.kind === "curve") counts.boundaries++;
    if (cell.kind === "flow") counts.flows++;
    counts.threats += cell.threats.length;
    if (cell.kind === "text") {
      report.push({
        kind: "dropped",
        item: `Text "${shortName(cell.name)}"`,
        text: "free text on the diagram; ThreatCanvas has no text blocks",
      });
      continue;
    }
    if (cell.kind === "unknown") {
      report.push({
        kind: "dropped",
        item: `Cell "${shortName(cell.name || cell.id)}"`,
        text: `its type "${cell.typeName}" is not one Threat Dragon draws`,
      });
      continue;
    }
    if (!type) continue;
    const item = `${TYPE_WORDS[type]} "${shortName(cell.name || cell.id)}"`;
    if (!cell.box) report.push({ kind: "approximated", item, text: "has no position in the file" });
    elements.push({
      id: cell.id,
      type,
      name: cell.name,
      description: str(cell.data.description),
      outOfScope: cell.data.outOfScope === true,
      outOfScopeReason: str(cell.data.reasonOutOfScope),
      props: booleansToProps(type, cell.data),
      box: cell.box,
      extra: theirs(cell, version),
      item,
    });
    if (type !== "trustBoundary" && cell.box) nodes.push({ id: cell.id, box: cell.box });
  }

  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const flows: DraftFlow[] = [];
  const lineFlows: LineFlow[] = [];
  const explicitCrossings = new Map<string, string[]>();
  for (const cell of cells.filter((c) => c.kind === "flow")) {
    const item = `Flow "${shortName(cell.name || cell.id)}"`;
    const source = endpoint(cell.source, nodes, item, "start", report);
    const target = endpoint(cell.target, nodes, item, "end", report);
    const props: Record<string, unknown> = booleansToProps("flow", cell.data);
    if (str(cell.data.protocol)) props.protocol = str(cell.data.protocol).slice(0, 100);
    flows.push({
      id: cell.id,
      source: source ?? "",
      target: target ?? "",
      label: cell.name,
      description: str(cell.data.description),
      bidirectional: cell.data.isBidirectional === true,
      outOfScope: cell.data.outOfScope === true,
      outOfScopeReason: str(cell.data.reasonOutOfScope),
      props,
      extra: theirs(cell, version),
      item,
    });
    if (Array.isArray(cell.data.trustBoundaryIds)) {
      const crossed = cell.data.trustBoundaryIds.filter(
        (id): id is string => typeof id === "string",
      );
      explicitCrossings.set(cell.id, crossed);
      // Boxes it crosses; the builder keeps only those its ends' places do not explain.
      const boxes = crossed.filter((id) => cells.some((c) => c.id === id && c.kind === "box"));
      if (boxes.length) flows[flows.length - 1]!.crossesBoundaryIds = boxes;
    }
    const from = source ? nodeById.get(source) : undefined;
    const to = target ? nodeById.get(target) : undefined;
    const start = from ? centerOf(from.box) : cell.source.point;
    const end = to ? centerOf(to.box) : cell.target.point;
    if (source && target && start && end) {
      lineFlows.push({ id: cell.id, source, target, path: [start, ...cell.vertices, end] });
    }
  }

  placeCurves(cells, elements, flows, nodes, lineFlows, explicitCrossings, report);
  const threats = cells.flatMap((cell) => threatsOf(cell, diagram, report));
  const contributors = Array.isArray(detail.contributors) ? detail.contributors : [];
  const attendees = [
    ...contributors.flatMap((c) =>
      isRecord(c) && str(c.name).trim()
        ? [{ name: str(c.name).trim().slice(0, 200), role: "Contributor" }]
        : [],
    ),
    ...(str(detail.reviewer).trim()
      ? [{ name: str(detail.reviewer).trim().slice(0, 200), role: "Reviewer" }]
      : []),
  ];
  const summaryTitle = str(summary.title).trim();
  const name =
    diagramCount > 1
      ? `${summaryTitle || "Threat Dragon model"} — ${title}`
      : summaryTitle || title;
  const descriptions = [str(summary.description).trim(), str(diagram.description).trim()].filter(
    Boolean,
  );
  return {
    name,
    description: descriptions.join("\n\n"),
    owner: str(summary.owner),
    elements,
    flows,
    threats,
    extra: attendees.length ? { workshop: { attendees } } : {},
    membership: "geometry",
    sourceCounts: counts,
    report,
  };
}

/** Curves become boxes around one side when they can, or empty zones below with crossings. */
function placeCurves(
  cells: readonly TdCell[],
  elements: DraftElement[],
  flows: DraftFlow[],
  nodes: readonly LineNode[],
  lineFlows: readonly LineFlow[],
  explicit: ReadonlyMap<string, string[]>,
  report: ReportEntry[],
): void {
  const curves = cells.filter((c) => c.kind === "curve");
  if (curves.length === 0) return;
  const useExplicit = explicit.size > 0;
  const lines: LineBoundary[] = curves.map((c) => {
    const path = [c.source.point, ...c.vertices, c.target.point].filter((p): p is Pt => p !== null);
    const line: LineBoundary = { id: c.id, path };
    if (useExplicit)
      line.crossingFlowIds = flows
        .filter((f) => explicit.get(f.id)?.includes(c.id))
        .map((f) => f.id);
    return line;
  });
  const boxes = elements.filter((e) => e.type === "trustBoundary" && e.box).map((e) => e.box!);
  const placed = placeLines(lines, nodes, lineFlows, boxes);
  for (const line of placed) {
    const cell = curves.find((c) => c.id === line.id)!;
    const item = `Trust boundary "${shortName(cell.name || "unnamed")}"`;
    elements.push({
      id: cell.id,
      type: "trustBoundary",
      name: cell.name,
      description: str(cell.data.description),
      box: line.box,
      extra: { threatDragon: { drawnAs: "curve" } },
      item,
    });
    for (const flowId of line.explicitCrossings) {
      const flow = flows.find((f) => f.id === flowId);
      if (flow) flow.crossesBoundaryIds = [...(flow.crossesBoundaryIds ?? []), cell.id];
    }
    const n = line.crossingFlowIds.length;
    const crossed = `${n} flow${n === 1 ? "" : "s"} cross${n === 1 ? "es" : ""} it`;
    report.push({
      kind: "approximated",
      item,
      text: line.encloses
        ? `drawn as a line in Threat Dragon; made a box around the side it cuts off (${crossed})`
        : `drawn as a line in Threat Dragon; placed as an empty zone below the diagram, and the ${crossed} are marked as crossing it`,
    });
  }
}

function booleansToProps(
  type: ElementType | "flow",
  data: Record<string, unknown>,
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [tdKey, ours] of TD_BOOLEANS[type]) {
    // An unticked box is not a "no": Threat Dragon cannot say unknown.
    if (data[tdKey] === true) props[ours] = "yes";
  }
  return props;
}

/** Threat Dragon's own keys we do not map, kept for the way back. */
function theirs(cell: TdCell, version: 1 | 2): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(cell.data)) {
    if (TD_KNOWN_KEYS.has(key) || (version === 1 && V1_GEOMETRY_KEYS.has(key))) continue;
    kept[key] = value;
  }
  return Object.keys(kept).length ? { threatDragon: kept } : {};
}

function endpoint(
  end: TdCell["source"],
  nodes: readonly LineNode[],
  item: string,
  which: "start" | "end",
  report: ReportEntry[],
): string | null {
  if (end.cell) return end.cell;
  if (end.point) {
    const hit = nodes.find((n) => boxContainsPoint(n.box, end.point!));
    if (hit) {
      report.push({
        kind: "approximated",
        item,
        text: `its ${which} was not attached; attached to the element under it`,
      });
      return hit.id;
    }
  }
  return null;
}

function threatsOf(
  cell: TdCell,
  diagram: Record<string, unknown>,
  report: ReportEntry[],
): DraftThreat[] {
  const framework = ((): "stride" | "linddun" | "any" => {
    const type = str(diagram.diagramType).toLowerCase();
    return type === "stride" ? "stride" : type === "linddun" ? "linddun" : "any";
  })();
  return cell.threats.map((threat, index) => {
    const title = str(threat.title).trim();
    const item = `Threat "${shortName(title || `${index + 1} on ${cell.name || cell.id}`)}"`;
    const state = readThreatState(threat.status);
    if (state.note) report.push({ kind: "approximated", item, text: state.note });
    const modelType = str(threat.modelType).toLowerCase();
    const categories = readCategories(
      [threat.type],
      modelType === "stride" ? "stride" : modelType === "linddun" ? "linddun" : framework,
    );
    const scores = severityToScores(threat.severity);
    const id = str(threat.id) || str(threat.threatId) || `${cell.id}-threat-${index + 1}`;
    const ours = isRecord(threat.threatCanvas) ? threat.threatCanvas : {};
    const marker = str(ours.findingId);
    const source: DraftThreat["source"] = { format: "threat-dragon", id };
    for (const key of ["type", "modelType", "severity", "score", "number", "status"]) {
      if (threat[key] !== undefined && threat[key] !== null && threat[key] !== "")
        source[key] = threat[key];
    }
    const draft: DraftThreat = {
      id,
      targetIds: ours.wholeModel === true ? [] : [cell.id],
      title: title || (str(threat.type) ? `${str(threat.type)} threat` : "Untitled threat"),
      description: str(threat.description),
      stride: categories.stride,
      linddun: categories.linddun,
      mitigation: str(threat.mitigation),
      status: state.status,
      source,
      item,
    };
    if (scores) {
      draft.likelihood = scores.likelihood;
      draft.impact = scores.impact;
    }
    if (marker) draft.findingId = marker;
    return draft;
  });
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text "${shortName(value, 40)}"`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
