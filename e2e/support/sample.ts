/**
 * The sample every first visit opens (issue 2, point 1), by the names the canvas announces. Ids
 * are the sample's (src/domain/samples/llmInferencePipeline.ts).
 */
export const SAMPLE_NAME = "LLM inference pipeline (sample)";

export const SAMPLE_BOUNDARIES = {
  "zone-external": "Trust boundary: Internet",
  "zone-dmz": "Trust boundary: DMZ",
  "zone-inference": "Trust boundary: Inference cluster",
  "zone-monitoring": "Trust boundary: Observability",
  "zone-registry": "Trust boundary: Model registry zone",
  "zone-control": "Trust boundary: Pipeline control plane",
} as const;

export const SAMPLE_ELEMENTS = {
  "api-client": "External entity (End user): API client",
  "ml-engineer": "External entity: ML engineer",
  "api-gateway": "Process: API gateway",
  "inference-server": "Process (LLM): GPU inference server",
  "deploy-pipeline": "Process (Deployment pipeline): Model deployment pipeline",
  "artifact-store": "Data store (Model artifact store): Model artifact store",
  "model-registry": "Data store (Model registry): Model registry",
  "inference-logs": "Data store: Inference log store",
} as const;

/** Which boundary holds which element. */
export const SAMPLE_MEMBERSHIP: Record<
  keyof typeof SAMPLE_ELEMENTS,
  keyof typeof SAMPLE_BOUNDARIES
> = {
  "api-client": "zone-external",
  "ml-engineer": "zone-external",
  "api-gateway": "zone-dmz",
  "inference-server": "zone-inference",
  "deploy-pipeline": "zone-control",
  "artifact-store": "zone-registry",
  "model-registry": "zone-registry",
  "inference-logs": "zone-monitoring",
};

export const SAMPLE_FLOWS = {
  "flow-prompts": "Data flow Prompts from API client to API gateway",
  "flow-forward": "Data flow Authenticated requests from API gateway to GPU inference server",
  "flow-logs": "Data flow Inference logs from GPU inference server to Inference log store",
  "flow-stage": "Data flow Stage transitions from ML engineer to Model registry",
  "flow-upload": "Data flow Upload model weights from ML engineer to Model artifact store",
  "flow-webhook": "Data flow Deployment webhook from Model registry to Model deployment pipeline",
  "flow-fetch-weights":
    "Data flow Model weights from Model artifact store to Model deployment pipeline",
  "flow-deploy": "Data flow Model weights from Model deployment pipeline to GPU inference server",
} as const;

/** Shorthands used across specs. */
export const GATEWAY = SAMPLE_ELEMENTS["api-gateway"];
export const INFERENCE = SAMPLE_ELEMENTS["inference-server"];
export const LOGS = SAMPLE_ELEMENTS["inference-logs"];
export const API_CLIENT = SAMPLE_ELEMENTS["api-client"];
export const ML_ENGINEER = SAMPLE_ELEMENTS["ml-engineer"];
export const REGISTRY = SAMPLE_ELEMENTS["model-registry"];
export const DMZ = SAMPLE_BOUNDARIES["zone-dmz"];
