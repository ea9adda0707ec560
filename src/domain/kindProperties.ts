import type { MlAssetKind } from "./mlKinds";

/**
 * Kind-specific properties: which ML kinds each one belongs to. The inspector shows a property
 * only for these kinds, and the engine asks about it only there: elsewhere an unset value reads as
 * "does not apply" (a generic API gateway is not asked whether it caps model tokens). A value set
 * explicitly is always read, whatever the kind.
 */
const SERVING: readonly MlAssetKind[] = ["inference-endpoint", "llm", "embedding-model"];
const GENERATIVE: readonly MlAssetKind[] = ["llm", "agent"];
const ACCELERATED: readonly MlAssetKind[] = [...SERVING, "training-job", "federated-aggregator"];
const ACTING: readonly MlAssetKind[] = ["agent-tool", "mcp-server"];
const MODEL_STORES: readonly MlAssetKind[] = ["model-artifact-store", "model-registry"];
const LEARNING_STORES: readonly MlAssetKind[] = [
  "training-data-store",
  "feature-store",
  "vector-store",
  "prompt-store",
];

export const PROCESS_KIND_PROPERTIES = {
  costLimited: [...SERVING, "agent", "guardrail"],
  multiTenant: [...SERVING, "agent"],
  usesAccelerator: ACCELERATED,
  sharesAccelerator: ACCELERATED,
  failsOpen: ["inference-endpoint"],
  decidesAboutPeople: ["inference-endpoint", "llm", "agent"],
  trainedOnPrivateData: SERVING,
  inputGuardrails: GENERATIVE,
  outputGuardrails: GENERATIVE,
  secretsInPrompt: GENERATIVE,
  outputHandling: GENERATIVE,
  requiresHumanApproval: ["agent", ...ACTING, "deployment-pipeline"],
  changesState: ACTING,
  destructive: ACTING,
  /** Where a tool's or MCP server's code (and tool descriptions) come from. */
  provenance: ACTING,
} as const satisfies Record<string, readonly MlAssetKind[]>;

export const DATA_STORE_KIND_PROPERTIES = {
  modelFormat: MODEL_STORES,
  provenance: [...MODEL_STORES, "training-data-store"],
  writeAccess: LEARNING_STORES,
  sourcesVetted: ["training-data-store", "vector-store"],
  enforcesDocumentPermissions: ["vector-store"],
  multiTenant: [...LEARNING_STORES, ...MODEL_STORES],
} as const satisfies Record<string, readonly MlAssetKind[]>;

export type KindPropertyTable = Readonly<Record<string, readonly MlAssetKind[]>>;

/** The kinds a property belongs to on an element type; undefined when it is not kind-specific. */
export function kindsOfProperty(
  type: "process" | "dataStore",
  prop: string,
): readonly MlAssetKind[] | undefined {
  const table: KindPropertyTable =
    type === "process" ? PROCESS_KIND_PROPERTIES : DATA_STORE_KIND_PROPERTIES;
  return Object.hasOwn(table, prop) ? table[prop] : undefined;
}
