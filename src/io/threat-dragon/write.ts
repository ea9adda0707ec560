import type { TriageStatus } from "../../domain/decisions";
import { absolutePosition, elementSize, indexModel } from "../../domain/graph";
import type { DataFlow, DfdElement, ThreatModel } from "../../domain/schema";
import type { EvaluationResult, Severity } from "../../engine/types";
import { asJson, embed } from "../interop/embedded";
import { threatsForExport, type ExportThreat } from "../interop/exportThreats";
import { isPlainObject } from "../interop/overlay";
import { LINDDUN_NAMES, STRIDE_NAMES } from "../interop/vocabulary";
import { TD_BOOLEANS } from "./props";
import { readThreatDragonFile } from "./read";

/**
 * A model as a Threat Dragon v2 file: our diagram as its cells (boundaries as boxes), our
 * findings and custom threats as its threats with status and severity. Threat Dragon keeps
 * keys it does not know, so our whole document rides along in the diagram's `threatCanvas`
 * field and comes back exactly when the file is imported again.
 */

const TD_VERSION = "2.2.0";

const STATUS_WORDS: Record<TriageStatus, string> = {
  open: "Open",
  needsInvestigation: "Open",
  mitigationInProgress: "Open",
  mitigated: "Mitigated",
  accepted: "Accepted",
  transferred: "Transferred",
  notApplicable: "NotApplicable",
};

const SEVERITY_WORDS: Record<Severity, string> = {
  info: "Low",
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

export function threatDragonFile(
  doc: ThreatModel,
  evaluation: EvaluationResult,
): Record<string, unknown> {
  const index = indexModel(doc);
  const threats = threatsForExport(doc, evaluation);
  const byTarget = new Map<string, ExportThreat[]>();
  // Threat Dragon keeps threats on cells only: a threat about no element of the diagram rides
  // on the first element, marked so that it comes back as a threat to the whole model.
  const host = doc.elements[0]?.id;
  const onCell = (threat: ExportThreat) =>
    threat.targetIds.find((id) => index.elementsById.has(id) || index.flowsById.has(id));
  for (const threat of threats) {
    const first = onCell(threat) ?? host;
    if (first === undefined) continue;
    byTarget.set(first, [...(byTarget.get(first) ?? []), threat]);
  }
  let number = 0;
  const tdThreats = (id: string): Record<string, unknown>[] =>
    (byTarget.get(id) ?? []).map((t) => {
      number++;
      return tdThreat(t, number, onCell(t) === undefined);
    });

  const boundaries = doc.elements.filter((e) => e.type === "trustBoundary");
  const nodes = doc.elements.filter((e) => e.type !== "trustBoundary");
  const cells: Record<string, unknown>[] = [
    ...boundaries.map((b) => boundaryCell(b, index, tdThreats(b.id))),
    ...nodes.map((n) => nodeCell(n, index, tdThreats(n.id))),
    ...doc.flows.map((f) => flowCell(f, index, tdThreats(f.id))),
  ];
  const attendees = doc.workshop.attendees;
  const reviewer = attendees.find((a) => a.role === "Reviewer");
  const diagram: Record<string, unknown> = {
    version: TD_VERSION,
    title: doc.name || "Diagram",
    thumbnail: "./public/content/images/thumbnail.stride.jpg",
    diagramType: "STRIDE",
    id: 0,
    cells,
  };
  return {
    version: TD_VERSION,
    summary: {
      title: doc.name || "Untitled model",
      owner: doc.owner,
      description: doc.description,
      id: 0,
    },
    detail: {
      contributors: attendees.filter((a) => a !== reviewer).map((a) => ({ name: a.name })),
      diagrams: [diagram],
      diagramTop: 1,
      reviewer: reviewer?.name ?? "",
      threatTop: number,
    },
  };
}

/** The Threat Dragon v2 file as text, with our document embedded. */
export function exportThreatDragon(doc: ThreatModel, evaluation: EvaluationResult): string {
  const file = threatDragonFile(doc, evaluation);
  const draft = readThreatDragonFile(asJson(file)).diagrams[0]!.draft;
  const diagrams = (file.detail as { diagrams: Record<string, unknown>[] }).diagrams;
  diagrams[0]!.threatCanvas = embed(doc, draft);
  return `${JSON.stringify(file, null, 2)}\n`;
}

function tdThreat(
  threat: ExportThreat,
  number: number,
  wholeModel: boolean,
): Record<string, unknown> {
  const stride = threat.stride[0];
  const linddun = threat.linddun[0];
  const out: Record<string, unknown> = {
    id: threat.id,
    title: threat.title,
    status: STATUS_WORDS[threat.status],
    severity: SEVERITY_WORDS[threat.severity],
    score: String(threat.likelihood * threat.impact),
    type: stride ? STRIDE_NAMES[stride] : linddun ? LINDDUN_NAMES[linddun] : "",
    modelType: stride ? "STRIDE" : linddun ? "LINDDUN" : "Generic",
    description: threat.description,
    mitigation: threat.mitigation,
    number,
  };
  const marker: Record<string, unknown> = {};
  if (threat.generated) marker.findingId = threat.id;
  if (wholeModel) marker.wholeModel = true;
  if (Object.keys(marker).length) out.threatCanvas = marker;
  return out;
}

function theirs(element: DfdElement | DataFlow): Record<string, unknown> {
  const kept = (element as Record<string, unknown>).threatDragon;
  if (!isPlainObject(kept)) return {};
  const { drawnAs: _drawnAs, ...rest } = kept;
  return rest;
}

function hasOpen(threats: readonly Record<string, unknown>[]): boolean {
  return threats.some((t) => t.status === STATUS_WORDS.open);
}

function common(
  element: DfdElement | DataFlow,
  threats: Record<string, unknown>[],
): Record<string, unknown> {
  return {
    ...theirs(element),
    description: element.description,
    outOfScope: element.outOfScope,
    reasonOutOfScope: element.outOfScopeReason,
    isTrustBoundary: false,
    hasOpenThreats: hasOpen(threats),
    threats,
  };
}

function booleans(
  type: keyof typeof TD_BOOLEANS,
  props: Record<string, unknown>,
): Record<string, boolean> {
  return Object.fromEntries(TD_BOOLEANS[type].map(([td, ours]) => [td, props[ours] === "yes"]));
}

function boundaryCell(
  b: DfdElement,
  index: ReturnType<typeof indexModel>,
  threats: Record<string, unknown>[],
): Record<string, unknown> {
  const { x, y } = absolutePosition(index, b.id);
  const { width, height } = elementSize(b);
  return {
    id: b.id,
    shape: "trust-boundary-box",
    zIndex: -1,
    position: { x, y },
    size: { width, height },
    attrs: { label: { text: b.name } },
    data: {
      ...theirs(b),
      type: "tm.BoundaryBox",
      name: b.name,
      description: b.description,
      isTrustBoundary: true,
      hasOpenThreats: hasOpen(threats),
      threats,
    },
  };
}

const NODE_SHAPES = {
  externalEntity: { shape: "actor", type: "tm.Actor" },
  process: { shape: "process", type: "tm.Process" },
  dataStore: { shape: "store", type: "tm.Store" },
} as const;

function nodeCell(
  n: DfdElement,
  index: ReturnType<typeof indexModel>,
  threats: Record<string, unknown>[],
): Record<string, unknown> {
  if (n.type === "trustBoundary") throw new Error("a boundary is not a node");
  const { x, y } = absolutePosition(index, n.id);
  const { width, height } = elementSize(n);
  const { shape, type } = NODE_SHAPES[n.type];
  const stroke = { stroke: "#333333", strokeWidth: 1.5, strokeDasharray: null };
  const attrs =
    n.type === "dataStore"
      ? { text: { text: n.name }, topLine: stroke, bottomLine: stroke }
      : { text: { text: n.name }, body: stroke };
  return {
    id: n.id,
    shape,
    zIndex: 1,
    position: { x, y },
    size: { width, height },
    attrs,
    data: {
      ...common(n, threats),
      type,
      name: n.name,
      ...booleans(n.type, n.props as Record<string, unknown>),
    },
  };
}

function flowCell(
  f: DataFlow,
  index: ReturnType<typeof indexModel>,
  threats: Record<string, unknown>[],
): Record<string, unknown> {
  const crossed = f.crossesBoundaryIds ?? [];
  return {
    id: f.id,
    shape: "flow",
    zIndex: 2,
    connector: "smooth",
    attrs: {
      line: {
        stroke: "#333333",
        strokeWidth: 1.5,
        targetMarker: { name: "block" },
        sourceMarker: { name: f.bidirectional ? "block" : "" },
        strokeDasharray: null,
      },
    },
    labels: [{ position: 0.5, attrs: { label: { text: f.label } } }],
    source: { cell: f.source },
    target: { cell: f.target },
    vertices: [],
    data: {
      ...common(f, threats),
      type: "tm.Flow",
      name: f.label,
      protocol: f.props.protocol,
      isBidirectional: f.bidirectional,
      ...booleans("flow", f.props as Record<string, unknown>),
      ...(crossed.length ? { trustBoundaryIds: crossed } : {}),
    },
  };
}
