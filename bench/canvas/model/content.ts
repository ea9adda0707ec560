import {
  ML_KIND_ELEMENT_TYPE,
  ML_ASSET_KINDS,
  type MlAssetKind,
} from "../../../src/domain/mlKinds";
import type { ZoneKind } from "../../../src/domain/schema";
import type { Random } from "./random";

/** What a generated element is: a DFD type and, for most, an ML asset kind of that type. */
export type NodeType = "process" | "dataStore" | "externalEntity";

export function pickNodeType(random: Random): NodeType {
  const roll = random.next();
  if (roll < 0.45) return "process";
  if (roll < 0.75) return "dataStore";
  return "externalEntity";
}

const KINDS_BY_TYPE = new Map<NodeType, MlAssetKind[]>(
  (["process", "dataStore", "externalEntity"] as const).map((type) => [
    type,
    ML_ASSET_KINDS.filter((kind) => ML_KIND_ELEMENT_TYPE[kind] === type),
  ]),
);

/** Two elements in three carry an ML kind; the rest are generic DFD elements. */
export function pickMlKind(type: NodeType, random: Random): MlAssetKind | null {
  if (!random.chance(0.66)) return null;
  return random.pick(KINDS_BY_TYPE.get(type)!);
}

const GENERIC_NAMES: Record<NodeType, readonly string[]> = {
  process: ["API gateway", "Auth service", "Batch job", "Web app", "Scheduler", "Worker"],
  dataStore: ["Postgres", "Object store", "Audit log", "Cache", "Data lake", "Secrets vault"],
  externalEntity: ["Customer", "Partner system", "Operator", "Mobile app", "Auditor", "Vendor"],
};

const KIND_NAMES: Partial<Record<MlAssetKind, string>> = {
  llm: "LLM",
  agent: "Agent",
  "vector-store": "Vector store",
  "inference-endpoint": "Inference endpoint",
  "training-job": "Training job",
  "feature-store": "Feature store",
  "model-registry": "Model registry",
};

export function elementName(
  type: NodeType,
  kind: MlAssetKind | null,
  n: number,
  random: Random,
): string {
  const base = kind
    ? (KIND_NAMES[kind] ?? kind.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase()))
    : random.pick(GENERIC_NAMES[type]);
  return `${base} ${n}`;
}

const ZONES: readonly ZoneKind[] = ["external", "dmz", "inference", "training", "data", "control"];

export function pickZone(random: Random): ZoneKind {
  return random.pick(ZONES);
}

const FLOW_LABELS = [
  "prompt",
  "completion",
  "embeddings",
  "training data",
  "model weights",
  "features",
  "metrics",
  "API call",
  "inference request",
  "labels",
  "audit events",
  "retrieved chunks",
  "tool call",
  "gradients",
];

/** Most flows are labelled, as in real diagrams; some are not yet. */
export function flowLabel(random: Random): string {
  return random.chance(0.85) ? random.pick(FLOW_LABELS) : "";
}
