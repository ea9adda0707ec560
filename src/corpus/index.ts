import { parseThreatModel } from "../domain/document";
import type { ThreatModel } from "../domain/schema";

/**
 * The evaluation corpus: realistic architectures drawn as practitioners draw them, with the
 * properties a team's first draft would have (some known, many unknown). They double as the
 * template gallery. Documents load on demand, so listing the gallery costs no model JSON.
 */

export const CORPUS_TAGS = [
  "llm",
  "rag",
  "agents",
  "mcp",
  "serving",
  "training",
  "supply-chain",
  "federated",
  "privacy",
  "fraud",
  "recommender",
  "vision",
  "multi-tenant",
  "healthcare",
  "reference",
  "non-ai",
  "web",
  "iot",
] as const;
export type CorpusTag = (typeof CORPUS_TAGS)[number];

export interface CorpusEntry {
  /** Also the id of the document and the name of its files (models/<id>.json, golden/<id>.json). */
  id: string;
  /** The document's name. */
  title: string;
  summary: string;
  tags: readonly CorpusTag[];
}

export const CORPUS: readonly CorpusEntry[] = [
  {
    id: "llm-inference-pipeline",
    title: "LLM inference pipeline",
    summary:
      "Customers call a fine-tuned LLM on vLLM through an API gateway; a registry webhook drives deployments.",
    tags: ["llm", "serving"],
  },
  {
    id: "rag-wiki-assistant",
    title: "RAG assistant over the internal wiki",
    summary:
      "Employee chatbot answering from Confluence and SharePoint through a vector index and a self-hosted Llama.",
    tags: ["llm", "rag", "privacy"],
  },
  {
    id: "support-agent",
    title: "Customer support agent with tools and memory",
    summary:
      "One agent with long-term memory refunds, e-mails and edits CRM records for anonymous shop visitors.",
    tags: ["llm", "agents", "privacy"],
  },
  {
    id: "multi-agent-ops",
    title: "Engineering assistant: orchestrator, specialist agents and MCP tools",
    summary:
      "A planner delegates to research, code and ops agents that act through MCP servers, including on production.",
    tags: ["llm", "agents", "mcp"],
  },
  {
    id: "claims-training-pipeline",
    title: "Training pipeline with feature store and labelling (claims triage)",
    summary:
      "Spark features in Feast, outsourced labelling in Label Studio, XGBoost training tracked in MLflow, a triage API.",
    tags: ["training", "serving", "privacy"],
  },
  {
    id: "kubeflow-supply-chain",
    title: "MLOps supply chain on Kubeflow",
    summary:
      "Images from Docker Hub, packages from PyPI and weights from the Hugging Face Hub flow into a Kubeflow pipeline and KServe.",
    tags: ["supply-chain", "training", "serving", "vision"],
  },
  {
    id: "federated-aml",
    title: "Federated learning across banks (anti-money-laundering)",
    summary:
      "Bank clients send model updates to a FedAvg aggregator; the validated global model is shared back.",
    tags: ["federated", "training", "privacy", "fraud"],
  },
  {
    id: "fraud-detection-realtime",
    title: "Real-time card fraud detection with feedback loop",
    summary:
      "Streaming features, a model ensemble that fails open on timeout, analyst review and labels feeding retraining.",
    tags: ["fraud", "serving", "training"],
  },
  {
    id: "healthcare-readmission",
    title: "Hospital readmission prediction on EHR data",
    summary:
      "Pseudonymised EHR data trains a risk model; care managers and a partner clinic receive patient scores.",
    tags: ["healthcare", "privacy", "training", "serving"],
  },
  {
    id: "marketplace-recommender",
    title: "Marketplace recommendations trained on interaction logs",
    summary:
      "Unauthenticated interaction events retrain a two-tower recommender nightly; fake accounts can steer it.",
    tags: ["recommender", "training", "serving", "privacy"],
  },
  {
    id: "image-classifier-api",
    title: "Image classifier behind a REST API",
    summary:
      "A paid classification API: Kong gateway, TorchServe on GPUs, a pickled model file, public training images.",
    tags: ["vision", "serving", "training"],
  },
  {
    id: "multi-tenant-ml-platform",
    title: "Multi-tenant ML platform with shared GPUs",
    summary:
      "Tenants run notebooks, fine-tuning and endpoints in namespaces on time-sliced GPUs and upload their own models.",
    tags: ["multi-tenant", "training", "serving"],
  },
  {
    id: "cosai-reference",
    title: "CoSAI reference architecture of an AI system",
    summary:
      "The CoSAI Risk Map's components and data flows, from data sources to agents, tools, memory and RAG content.",
    tags: ["reference", "llm", "agents", "rag", "training"],
  },
  {
    id: "web-shop",
    title: "Web shop",
    summary:
      "CDN and WAF, storefront, shop API, customer database, Stripe payments and a staff back office.",
    tags: ["non-ai", "web", "privacy"],
  },
  {
    id: "iot-fleet",
    title: "Smart thermostat fleet",
    summary:
      "Thermostats report over MQTT to AWS IoT Core; owners use a mobile app; firmware is updated over the air.",
    tags: ["non-ai", "iot", "privacy"],
  },
  {
    id: "expenses-three-tier",
    title: "Three-tier expenses application",
    summary:
      "Internal expense claims: load balancer, Java web and application tiers, SQL Server, payroll export over SFTP.",
    tags: ["non-ai", "web", "privacy"],
  },
];

type JsonModule = { default: unknown };

const MODEL_FILES: Readonly<Record<string, () => Promise<JsonModule>>> = {
  "llm-inference-pipeline": () => import("./models/llm-inference-pipeline.json"),
  "rag-wiki-assistant": () => import("./models/rag-wiki-assistant.json"),
  "support-agent": () => import("./models/support-agent.json"),
  "multi-agent-ops": () => import("./models/multi-agent-ops.json"),
  "claims-training-pipeline": () => import("./models/claims-training-pipeline.json"),
  "kubeflow-supply-chain": () => import("./models/kubeflow-supply-chain.json"),
  "federated-aml": () => import("./models/federated-aml.json"),
  "fraud-detection-realtime": () => import("./models/fraud-detection-realtime.json"),
  "healthcare-readmission": () => import("./models/healthcare-readmission.json"),
  "marketplace-recommender": () => import("./models/marketplace-recommender.json"),
  "image-classifier-api": () => import("./models/image-classifier-api.json"),
  "multi-tenant-ml-platform": () => import("./models/multi-tenant-ml-platform.json"),
  "cosai-reference": () => import("./models/cosai-reference.json"),
  "web-shop": () => import("./models/web-shop.json"),
  "iot-fleet": () => import("./models/iot-fleet.json"),
  "expenses-three-tier": () => import("./models/expenses-three-tier.json"),
};

export function corpusEntry(id: string): CorpusEntry | undefined {
  return CORPUS.find((entry) => entry.id === id);
}

/** The corpus document, validated and migrated like any file a user opens. */
export async function loadCorpusModel(id: string): Promise<ThreatModel> {
  const load = Object.hasOwn(MODEL_FILES, id) ? MODEL_FILES[id] : undefined;
  if (!load) throw new Error(`"${id}" is not a corpus model`);
  const parsed = parseThreatModel((await load()).default);
  if (!parsed.ok) throw new Error(`corpus model "${id}" is invalid: ${parsed.errors.join("; ")}`);
  return parsed.value;
}

/** Raw JSON of a corpus document (tests check it parses without migration or defaults). */
export async function loadCorpusModelJson(id: string): Promise<unknown> {
  const load = Object.hasOwn(MODEL_FILES, id) ? MODEL_FILES[id] : undefined;
  if (!load) throw new Error(`"${id}" is not a corpus model`);
  return (await load()).default;
}
