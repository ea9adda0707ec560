import type { MitigationStatus, TriageStatus } from "../../domain/decisions";
import type { MlAssetKind } from "../../domain/mlKinds";
import type { ElementType } from "../../domain/schema";
import type { LinddunCode, StrideCode } from "../../engine/rules/schema";
import type { Box } from "./geometry";
import type { ImportCounts, ReportEntry } from "./types";

/**
 * What an importer makes of a file before it is a document: items with the file's ids and
 * absolute boxes. `buildModel` turns a draft into a valid document (ids, membership, layout,
 * relative positions, lengths), so every importer gets those rules right the same way.
 */

export interface DraftElement {
  /** The file's id; kept when it is a valid id of ours. */
  id: string;
  type: ElementType;
  name: string;
  description?: string;
  technologies?: string[];
  outOfScope?: boolean;
  outOfScopeReason?: string;
  mlKind?: MlAssetKind | null;
  props?: Record<string, unknown>;
  /** Absolute box on the canvas; null or absent when the file has no position for it. */
  box?: Box | null;
  /** The containing boundary's file id, when the file says it (OTM, TML); see `membership`. */
  parentId?: string | null;
  /** Keys to keep on the element as they are (the schema is loose). */
  extra?: Record<string, unknown>;
  /** `Process "Web app"`: how the report names it. */
  item: string;
}

export interface DraftFlow {
  id: string;
  source: string;
  target: string;
  label: string;
  description?: string;
  technologies?: string[];
  bidirectional?: boolean;
  outOfScope?: boolean;
  outOfScopeReason?: string;
  props?: Record<string, unknown>;
  /** File ids of boundaries the flow crosses without either end being inside (lines, curves). */
  crossesBoundaryIds?: string[];
  extra?: Record<string, unknown>;
  item: string;
}

export interface DraftThreat {
  id: string;
  /** File ids of the elements and flows it is about. */
  targetIds: string[];
  title: string;
  description?: string;
  stride?: StrideCode[];
  linddun?: LinddunCode[];
  references?: string[];
  likelihood?: number;
  impact?: number;
  mitigation?: string;
  status: TriageStatus;
  justification?: string;
  owner?: string;
  notes?: string;
  /** Provenance, written to the custom threat's `source`. */
  source: { format: string; id: string } & Record<string, unknown>;
  /**
   * Set when the threat is one of our own generated findings, exported by ThreatCanvas: its
   * decision goes to `triage` under this finding id, and the engine brings the finding back.
   */
  findingId?: string;
  item: string;
}

export interface DraftMitigation {
  id: string;
  title: string;
  description?: string;
  status: MitigationStatus;
  /** Draft threat ids (or our finding ids) it addresses. */
  threatIds: string[];
  extra?: Record<string, unknown>;
  item: string;
}

export interface DraftAssumption {
  id: string;
  text: string;
  valid: boolean;
  /** File ids of elements it is about. */
  elementIds?: string[];
  threatIds?: string[];
  extra?: Record<string, unknown>;
}

export interface ModelDraft {
  name: string;
  description?: string;
  owner?: string;
  elements: DraftElement[];
  flows: DraftFlow[];
  threats: DraftThreat[];
  mitigations?: DraftMitigation[];
  assumptions?: DraftAssumption[];
  /** Document-level keys to keep as they are. */
  extra?: Record<string, unknown>;
  /**
   * "geometry": an element belongs to the smallest boundary box its centre lies in (Threat
   * Dragon, TMT). "explicit": `parentId` says so (OTM, TML), and boundaries grow to hold their
   * members' boxes.
   */
  membership: "geometry" | "explicit";
  /** What the file holds, for the report's "N of M arrived". */
  sourceCounts: ImportCounts;
  report: ReportEntry[];
}

export function emptyCounts(): ImportCounts {
  return { elements: 0, flows: 0, boundaries: 0, threats: 0 };
}
