import type { MitigationStatus, TriageStatus } from "./decisions";
import type { MlAssetKind } from "./mlKinds";
import { isolateBidi } from "./text/bidi";
import type { DataClassification, ElementType, TriState, ZoneKind } from "./schema";

/**
 * Display text for stable codes. Data stores codes; the edges (the UI, the reports) turn them into
 * words with these tables, so the canvas and a PDF call a thing by the same name.
 */

export const ELEMENT_TYPE_LABELS: Record<ElementType, string> = {
  process: "Process",
  dataStore: "Data store",
  externalEntity: "External entity",
  trustBoundary: "Trust boundary",
};

/** A kind as notices in the app name it: “LLM”. */
export function kindLabelWord(kind: MlAssetKind): string {
  return `“${ML_KIND_LABELS[kind]}”`;
}

export const ML_KIND_LABELS: Record<MlAssetKind, string> = {
  "training-data-store": "Training data store",
  "feature-store": "Feature store",
  "labeling-tool": "Labeling tool",
  "data-pipeline": "Data pipeline",
  "training-job": "Training job",
  "experiment-tracker": "Experiment tracker",
  "model-artifact-store": "Model artifact store",
  "model-registry": "Model registry",
  "deployment-pipeline": "Deployment pipeline",
  "inference-endpoint": "Inference endpoint",
  llm: "LLM",
  "embedding-model": "Embedding model",
  "vector-store": "Vector store",
  "prompt-store": "Prompt / system-prompt store",
  agent: "Agent",
  "agent-tool": "Agent tool",
  "third-party-ai-api": "Third-party AI API",
  monitoring: "Monitoring",
  "federated-client": "Federated client",
  "federated-aggregator": "Federated aggregator",
  "human-reviewer": "Human reviewer",
  "end-user": "End user",
  "data-provider": "External data provider",
  "model-hub": "Public model hub",
  "package-index": "Package / image index",
  "container-registry": "Container registry",
  "mcp-server": "MCP server",
  guardrail: "Guardrail (prompt / output filter)",
};

export const ZONE_KIND_LABELS: Record<ZoneKind, string> = {
  external: "External (internet, end users)",
  dmz: "DMZ (gateways)",
  inference: "Inference (model serving)",
  training: "Training",
  data: "Data",
  control: "Control (pipelines)",
  monitoring: "Monitoring",
  registry: "Registry (models, artifacts)",
  custom: "Custom",
};

export const TRI_STATE_LABELS: Record<TriState, string> = {
  yes: "Yes",
  no: "No",
  unknown: "Unknown",
};

export const CLASSIFICATION_LABELS: Record<DataClassification, string> = {
  unknown: "Unknown",
  public: "Public",
  internal: "Internal",
  confidential: "Confidential",
  restricted: "Restricted",
};

/** Labels for the security- and privacy-relevant properties, per element type. */
export const PROPERTY_LABELS = {
  internetExposed: "Internet exposed",
  authenticatesCallers: "Authenticates callers",
  authorizesActions: "Authorizes actions",
  rateLimited: "Rate limited",
  validatesInput: "Validates input",
  runsPrivileged: "Runs privileged",
  executesInputCode: "Executes code from its inputs",
  encryptedAtRest: "Encrypted at rest",
  integrityVerified: "Integrity verified / signed",
  storesCredentials: "Stores credentials",
  storesLogs: "Stores logs",
  containsPersonalData: "Contains personal data",
  classification: "Data classification",
  retentionDays: "Retention (days)",
  entityKind: "Human or system",
  authenticated: "Authenticated",
  dataDescription: "Data carried",
  protocol: "Protocol",
  encryptedInTransit: "Encrypted in transit",
  carriesPersonalData: "Carries personal data",
  zoneKind: "Zone kind",
  customZone: "Zone name",
  trustLevel: "Trust level (0-100)",
  costLimited: "Limits tokens / compute per caller",
  multiTenant: "Shared by several tenants",
  usesAccelerator: "Runs on GPUs / accelerators",
  sharesAccelerator: "Shares accelerators with other tenants",
  failsOpen: "Caller proceeds if it fails or times out",
  decidesAboutPeople: "Decides about individual people",
  trainedOnPrivateData: "Trained on non-public data",
  inputGuardrails: "Input guardrails",
  outputGuardrails: "Output guardrails",
  secretsInPrompt: "Secrets in system prompt or context",
  outputHandling: "How its output is used",
  requiresHumanApproval: "Human approves state-changing actions",
  changesState: "Changes state (writes, sends, pays)",
  destructive: "Can destroy or irreversibly change things",
  modelFormat: "Model file format",
  provenance: "Comes from",
  writeAccess: "Who else can write to it",
  sourcesVetted: "Sources vetted",
  enforcesDocumentPermissions: "Enforces document permissions on retrieval",
  audience: "Who is behind it",
  initiatedBy: "Started by",
  overPublicNetwork: "Over a public network",
} as const;

/** Display text of the codes of every "choice" property, by property. */
export const CHOICE_LABELS: Record<string, Record<string, string>> = {
  outputHandling: {
    unknown: "Unknown",
    plainText: "Shown as plain text",
    rendered: "Rendered (Markdown / HTML)",
    executed: "Executed or interpreted (code, SQL, commands)",
  },
  modelFormat: {
    unknown: "Unknown",
    pickle: "Pickle / PyTorch .pt / joblib",
    safetensors: "safetensors",
    onnx: "ONNX",
    gguf: "GGUF",
    savedModel: "TensorFlow SavedModel",
    other: "Other",
  },
  provenance: {
    unknown: "Unknown",
    publicHub: "A public hub",
    vendor: "A vendor",
    inHouse: "Built in house",
  },
  writeAccess: {
    unknown: "Unknown",
    restricted: "Only the flows drawn",
    broad: "Many people or systems",
  },
  audience: {
    unknown: "Unknown",
    anonymous: "Anyone on the internet",
    customers: "Authenticated customers",
    partners: "Partners",
    employees: "Employees / corporate network",
    internalSystems: "Internal systems",
  },
  initiatedBy: {
    unknown: "Unknown (inferred)",
    source: "The source (push)",
    target: "The target (pull)",
  },
};

/** An element's name for the screen, bidi-isolated when it could reorder text around it. */
export function elementDisplayName(element: { name: string; type: ElementType }): string {
  const name = element.name.trim();
  return name ? isolateBidi(name) : `Unnamed ${ELEMENT_TYPE_LABELS[element.type].toLowerCase()}`;
}

export const TRIAGE_STATUS_LABELS: Record<TriageStatus, string> = {
  open: "Open",
  needsInvestigation: "Needs investigation",
  mitigationInProgress: "Mitigation in progress",
  mitigated: "Mitigated",
  accepted: "Accepted",
  transferred: "Transferred",
  notApplicable: "Not applicable",
};

export const MITIGATION_STATUS_LABELS: Record<MitigationStatus, string> = {
  proposed: "Proposed",
  inProgress: "In progress",
  implemented: "Implemented",
  wontDo: "Won't do",
};
