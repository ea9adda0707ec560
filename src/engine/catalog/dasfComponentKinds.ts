import type { MlAssetKind } from "../../domain/mlKinds";
import type { ElementType } from "../../domain/schema";
import type { DasfComponentCode } from "./dasf";

/**
 * Which diagram elements each DASF component is about, so a DASF citation can be checked
 * against the elements a rule fires on: a rule "covers" a DASF risk only when one of its
 * target ML kinds belongs to the risk's component (`npm run coverage:catalogs`).
 *
 * `elementTypes` is for components that are about the platform as a whole rather than an ML
 * asset: a rule with no ML kind (a generic STRIDE rule, a model-level rule) counts for them.
 * When an ML kind is added to src/domain/mlKinds.ts, place it here (the catalog test fails
 * until every kind belongs to a component).
 */
export interface DasfComponentScope {
  readonly mlKinds: readonly MlAssetKind[];
  readonly elementTypes: ReadonlyArray<ElementType | "flow">;
}

const ALL_ELEMENT_TYPES = [
  "process",
  "dataStore",
  "externalEntity",
  "trustBoundary",
  "flow",
] as const;

const MODEL_RUNTIME: readonly MlAssetKind[] = ["inference-endpoint", "llm", "embedding-model"];

export const DASF_COMPONENT_SCOPES: Readonly<Record<DasfComponentCode, DasfComponentScope>> = {
  // Where raw data comes from and is kept; RAG corpora land in the vector store; federated
  // clients hold their raw data locally.
  "1": {
    mlKinds: [
      "data-provider",
      "training-data-store",
      "feature-store",
      "vector-store",
      "federated-client",
    ],
    elementTypes: [],
  },
  "2": { mlKinds: ["data-pipeline", "labeling-tool", "feature-store"], elementTypes: [] },
  "3": {
    mlKinds: ["training-data-store", "feature-store", "labeling-tool", "vector-store"],
    elementTypes: [],
  },
  "4": {
    mlKinds: ["model-registry", "model-artifact-store", "experiment-tracker"],
    elementTypes: [],
  },
  // The algorithm wherever it is trained, tracked, aggregated, run or watched for drift.
  "5": {
    mlKinds: [
      "training-job",
      "experiment-tracker",
      "federated-aggregator",
      "monitoring",
      "package-index",
      ...MODEL_RUNTIME,
    ],
    elementTypes: [],
  },
  "6": {
    mlKinds: ["training-job", "experiment-tracker", "training-data-store", "deployment-pipeline"],
    elementTypes: [],
  },
  "7": {
    mlKinds: [
      "training-job",
      "model-hub",
      "model-artifact-store",
      "experiment-tracker",
      "deployment-pipeline",
      "federated-aggregator",
      "federated-client",
      "package-index",
      "container-registry",
    ],
    elementTypes: [],
  },
  // Registered and deployed models, including theft and inversion through a served model.
  "8": {
    mlKinds: [
      "model-registry",
      "model-artifact-store",
      "deployment-pipeline",
      "model-hub",
      ...MODEL_RUNTIME,
    ],
    elementTypes: [],
  },
  "9": {
    mlKinds: [
      ...MODEL_RUNTIME,
      "agent",
      "agent-tool",
      "third-party-ai-api",
      "prompt-store",
      "vector-store",
      "guardrail",
      "mcp-server",
      "end-user",
    ],
    elementTypes: [],
  },
  "10": {
    mlKinds: [
      ...MODEL_RUNTIME,
      "agent",
      "third-party-ai-api",
      "monitoring",
      "guardrail",
      "human-reviewer",
      "end-user",
    ],
    elementTypes: [],
  },
  "11": {
    mlKinds: [
      "deployment-pipeline",
      "data-pipeline",
      "training-job",
      "model-registry",
      "experiment-tracker",
      "container-registry",
    ],
    elementTypes: [],
  },
  // The platform everything runs on: any element, and model-level rules.
  "12": { mlKinds: [], elementTypes: ALL_ELEMENT_TYPES },
  // Agent core: the agent, its model, tools, memory stores, guardrails and the humans it works with.
  "13A": {
    mlKinds: [
      "agent",
      "llm",
      "agent-tool",
      "mcp-server",
      "vector-store",
      "prompt-store",
      "guardrail",
      "human-reviewer",
    ],
    elementTypes: [],
  },
  "13B": { mlKinds: ["mcp-server", "agent-tool"], elementTypes: [] },
  "13C": { mlKinds: ["agent"], elementTypes: [] },
};

/** What a rule fires on, as far as a DASF component check needs it. */
export interface RuleTargetShape {
  readonly scope: "element" | "interaction" | "crossing" | "model";
  readonly target: {
    readonly types?: ReadonlyArray<ElementType | "flow">;
    readonly mlKinds?: readonly MlAssetKind[];
  };
}

/**
 * Whether a rule fires on elements of the component: one of its target ML kinds belongs to
 * it, or (for a rule without ML kinds) one of its target types, or any type when it names
 * none, is a type the component accepts.
 */
export function ruleConcernsComponent(
  rule: RuleTargetShape,
  component: DasfComponentCode,
): boolean {
  const scope = DASF_COMPONENT_SCOPES[component];
  const kinds = rule.target.mlKinds;
  if (kinds && kinds.length > 0) return kinds.some((kind) => scope.mlKinds.includes(kind));
  if (scope.elementTypes.length === 0) return false;
  const types = rule.scope === "model" ? undefined : rule.target.types;
  return !types || types.some((type) => scope.elementTypes.includes(type));
}
