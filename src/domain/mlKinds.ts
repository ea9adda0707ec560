import type { ElementType } from "./schema";

/**
 * ML asset kinds: what an element *is* in an AI/ML system. The threat engine keys its rules on
 * these codes (never on words in names). Display labels live in the UI layer.
 */
export const ML_ASSET_KINDS = [
  "training-data-store",
  "feature-store",
  "labeling-tool",
  "data-pipeline",
  "training-job",
  "experiment-tracker",
  "model-artifact-store",
  "model-registry",
  "deployment-pipeline",
  "inference-endpoint",
  "llm",
  "embedding-model",
  "vector-store",
  "prompt-store",
  "agent",
  "agent-tool",
  "third-party-ai-api",
  "monitoring",
  "federated-client",
  "federated-aggregator",
  "human-reviewer",
  "end-user",
  "data-provider",
  "model-hub",
  "package-index",
  "container-registry",
  "mcp-server",
  "guardrail",
] as const;

export type MlAssetKind = (typeof ML_ASSET_KINDS)[number];

/** The DFD element type each ML asset kind is a preset of. */
export const ML_KIND_ELEMENT_TYPE: Record<MlAssetKind, Exclude<ElementType, "trustBoundary">> = {
  "training-data-store": "dataStore",
  "feature-store": "dataStore",
  "labeling-tool": "process",
  "data-pipeline": "process",
  "training-job": "process",
  "experiment-tracker": "process",
  "model-artifact-store": "dataStore",
  "model-registry": "dataStore",
  "deployment-pipeline": "process",
  "inference-endpoint": "process",
  llm: "process",
  "embedding-model": "process",
  "vector-store": "dataStore",
  "prompt-store": "dataStore",
  agent: "process",
  "agent-tool": "process",
  "third-party-ai-api": "externalEntity",
  monitoring: "process",
  "federated-client": "externalEntity",
  "federated-aggregator": "process",
  "human-reviewer": "externalEntity",
  "end-user": "externalEntity",
  "data-provider": "externalEntity",
  "model-hub": "externalEntity",
  /** A public index of code or images (PyPI, npm, conda, Docker Hub). */
  "package-index": "externalEntity",
  /** A store of container images the pipelines build on or deploy. */
  "container-registry": "dataStore",
  /** A server exposing tools to agents over the Model Context Protocol. */
  "mcp-server": "process",
  /** A filter that screens prompts or outputs of a generative model. */
  guardrail: "process",
};

export function mlKindsForType(type: ElementType): MlAssetKind[] {
  return ML_ASSET_KINDS.filter((kind) => ML_KIND_ELEMENT_TYPE[kind] === type);
}
