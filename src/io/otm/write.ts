import type { MitigationStatus, TriageStatus } from "../../domain/decisions";
import { absolutePosition, elementSize, indexModel } from "../../domain/graph";
import type { DataFlow, DfdElement, NodeElement, ThreatModel } from "../../domain/schema";
import type { EvaluationResult } from "../../engine/types";
import { asJson, embed } from "../interop/embedded";
import { threatsForExport, type ExportThreat } from "../interop/exportThreats";
import { isPlainObject } from "../interop/overlay";
import { LINDDUN_NAMES, STRIDE_NAMES, scoreToPercent } from "../interop/vocabulary";
import { OURS, SYNTHETIC_ZONE_ID } from "./names";
import { readOtmFile } from "./read";

/**
 * A model as Open Threat Model 0.2.0. Threat states in the spec's words where it has them
 * (exposed, mitigated), IriusRisk's otherwise (accept, not-applicable); our exact status and
 * everything else of ours in `attributes`, so importing the file again loses nothing.
 */

export const OTM_VERSION = "0.2.0";
const DIAGRAM = "threatcanvas-diagram";

const THREAT_STATES: Record<TriageStatus, string> = {
  open: "exposed",
  needsInvestigation: "exposed",
  mitigationInProgress: "exposed",
  mitigated: "mitigated",
  accepted: "accept",
  transferred: "accept",
  notApplicable: "not-applicable",
};

const MITIGATION_STATES: Record<MitigationStatus, string> = {
  proposed: "recommended",
  inProgress: "required",
  implemented: "implemented",
  wontDo: "rejected",
};

const TYPE_WORDS = {
  process: "process",
  dataStore: "data-store",
  externalEntity: "external-entity",
} as const;

export function otmFile(doc: ThreatModel, evaluation: EvaluationResult): Record<string, unknown> {
  const index = indexModel(doc);
  const threats = threatsForExport(doc, evaluation);
  const instances = new Map<string, Record<string, unknown>[]>();
  for (const threat of threats) {
    const holder = threat.targetIds.find(
      (id) =>
        index.flowsById.has(id) ||
        (index.elementsById.get(id)?.type ?? "trustBoundary") !== "trustBoundary",
    );
    if (holder === undefined) continue;
    const mitigations = doc.mitigations
      .filter((m) => m.findingIds.includes(threat.id))
      .map((m) => ({ mitigation: m.id, state: MITIGATION_STATES[m.status] }));
    instances.set(holder, [
      ...(instances.get(holder) ?? []),
      { threat: threat.id, state: THREAT_STATES[threat.status], mitigations },
    ]);
  }
  const boundaries = doc.elements.filter((e) => e.type === "trustBoundary");
  const nodes = doc.elements.filter((e): e is NodeElement => e.type !== "trustBoundary");
  const needsOutside = nodes.some((n) => n.parentId === null);
  const extent = diagramExtent(doc, index);
  const trustZones = boundaries.map((b) => ({
    ...kept(b, "trustZone"),
    id: b.id,
    name: b.name,
    type: b.props.zoneKind === "custom" ? b.props.customZone || "custom" : b.props.zoneKind,
    description: b.description,
    risk: { trustRating: b.props.trustLevel },
    ...(b.parentId !== null ? { parent: { trustZone: b.parentId } } : {}),
    representations: [shape(b)],
  }));
  if (needsOutside) {
    trustZones.push({
      id: SYNTHETIC_ZONE_ID,
      name: "Outside every trust boundary",
      type: "external",
      description:
        "Elements that sit in no trust boundary of the ThreatCanvas model (OTM requires every component to have a parent).",
      risk: { trustRating: 0 },
      representations: [],
      attributes: { [OURS]: { synthetic: true } },
    } as never);
  }
  const components = nodes.map((n) => {
    const theirs = (n as Record<string, unknown>).otm;
    const theirType = isPlainObject(theirs) && typeof theirs.type === "string" ? theirs.type : null;
    return {
      ...kept(n, "component"),
      id: n.id,
      name: n.name,
      type: theirType ?? n.mlKind ?? TYPE_WORDS[n.type],
      description: n.description,
      parent: { trustZone: n.parentId ?? SYNTHETIC_ZONE_ID },
      tags: n.technologies,
      representations: [shape(n)],
      threats: instances.get(n.id) ?? [],
      attributes: {
        ...attributesOf(n),
        [OURS]: { elementType: n.type, ...(n.mlKind ? { mlKind: n.mlKind } : {}) },
      },
    };
  });
  const dataflows = doc.flows.map((f) => ({
    ...kept(f, "dataflow"),
    id: f.id,
    name: f.label,
    description: f.description,
    source: f.source,
    destination: f.target,
    bidirectional: f.bidirectional,
    tags: f.technologies,
    threats: instances.get(f.id) ?? [],
  }));
  const theirs = isPlainObject((doc as Record<string, unknown>).otm)
    ? ((doc as Record<string, unknown>).otm as Record<string, unknown>)
    : {};
  const theirRepresentations = Array.isArray(theirs.representations)
    ? theirs.representations.filter(
        (r) => isPlainObject(r) && r.id !== DIAGRAM && r.type !== "diagram",
      )
    : [];
  return {
    otmVersion: OTM_VERSION,
    project: {
      ...(isPlainObject(theirs.project) ? theirs.project : {}),
      name: doc.name || "Untitled model",
      id: doc.id,
      description: doc.description,
      owner: doc.owner,
      attributes: {},
    },
    representations: [
      {
        name: "ThreatCanvas diagram",
        id: DIAGRAM,
        type: "diagram",
        size: { width: Math.max(1, extent.width), height: Math.max(1, extent.height) },
      },
      ...theirRepresentations,
    ],
    assets: Array.isArray(theirs.assets) ? theirs.assets : [],
    trustZones,
    components,
    dataflows,
    threats: threats.map(catalogueThreat),
    mitigations: doc.mitigations.map((m) => ({
      id: m.id,
      name: m.title,
      description: m.description,
      // We do not score how much a mitigation reduces risk; the middle of the scale says so least.
      riskReduction: 50,
      attributes: { [OURS]: { status: m.status } },
    })),
  };

  function shape(e: DfdElement): Record<string, unknown> {
    const size = elementSize(e);
    return {
      representation: DIAGRAM,
      id: `${e.id}-shape`,
      position: { x: e.position.x, y: e.position.y },
      size: { width: size.width, height: size.height },
    };
  }
}

/** The OTM file as text, with our document embedded in the project's attributes. */
export function exportOtm(doc: ThreatModel, evaluation: EvaluationResult): string {
  const file = otmFile(doc, evaluation);
  const draft = readOtmFile(asJson(file))[0]!.draft;
  (file.project as { attributes: Record<string, unknown> }).attributes[OURS] = embed(doc, draft);
  return `${JSON.stringify(file, null, 2)}\n`;
}

function catalogueThreat(threat: ExportThreat): Record<string, unknown> {
  return {
    id: threat.id,
    name: threat.title,
    description: threat.description,
    categories: [
      ...threat.stride.map((c) => STRIDE_NAMES[c]),
      ...threat.linddun.map((c) => LINDDUN_NAMES[c]),
    ],
    cwes: [],
    risk: { likelihood: scoreToPercent(threat.likelihood), impact: scoreToPercent(threat.impact) },
    tags: threat.references,
    attributes: {
      [OURS]: {
        status: threat.status,
        targetIds: threat.targetIds,
        ...(threat.generated ? { findingId: threat.id } : {}),
        ...(threat.justification ? { justification: threat.justification } : {}),
        ...(threat.mitigation ? { mitigation: threat.mitigation } : {}),
      },
    },
  };
}

/** OTM keys an import kept on the item (theirs), written back. */
function kept(item: DfdElement | DataFlow, _kind: string): Record<string, unknown> {
  const theirs = (item as Record<string, unknown>).otm;
  if (!isPlainObject(theirs)) return {};
  const { attributes: _a, type: _t, ...rest } = theirs;
  return rest;
}

function attributesOf(item: DfdElement | DataFlow): Record<string, unknown> {
  const theirs = (item as Record<string, unknown>).otm;
  return isPlainObject(theirs) && isPlainObject(theirs.attributes) ? theirs.attributes : {};
}

function diagramExtent(
  doc: ThreatModel,
  index: ReturnType<typeof indexModel>,
): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const e of doc.elements) {
    const p = absolutePosition(index, e.id);
    const s = elementSize(e);
    width = Math.max(width, p.x + s.width);
    height = Math.max(height, p.y + s.height);
  }
  return { width: Math.round(width), height: Math.round(height) };
}
