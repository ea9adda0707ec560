import type { MlAssetKind } from "../domain/mlKinds";
import type { DataClassification, ElementType, TriState, ZoneKind } from "../domain/schema";

/** Display text for stable codes. Data stores codes; only the UI edge turns them into words. */

export const ELEMENT_TYPE_LABELS: Record<ElementType, string> = {
  process: "Process",
  dataStore: "Data store",
  externalEntity: "External entity",
  trustBoundary: "Trust boundary",
};

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
} as const;

export function elementDisplayName(element: { name: string; type: ElementType }): string {
  return element.name.trim() || `Unnamed ${ELEMENT_TYPE_LABELS[element.type].toLowerCase()}`;
}
