import { formatIssues } from "../domain/validation";
import { GoldenFileSchema, type GoldenFile } from "./golden";

/** Golden files load on demand: only the evaluation and its tests read them. */
type JsonModule = { default: unknown };

const GOLDEN_FILES: Readonly<Record<string, () => Promise<JsonModule>>> = {
  "llm-inference-pipeline": () => import("./golden/llm-inference-pipeline.json"),
  "rag-wiki-assistant": () => import("./golden/rag-wiki-assistant.json"),
  "support-agent": () => import("./golden/support-agent.json"),
  "multi-agent-ops": () => import("./golden/multi-agent-ops.json"),
  "claims-training-pipeline": () => import("./golden/claims-training-pipeline.json"),
  "kubeflow-supply-chain": () => import("./golden/kubeflow-supply-chain.json"),
  "federated-aml": () => import("./golden/federated-aml.json"),
  "fraud-detection-realtime": () => import("./golden/fraud-detection-realtime.json"),
  "healthcare-readmission": () => import("./golden/healthcare-readmission.json"),
  "marketplace-recommender": () => import("./golden/marketplace-recommender.json"),
  "image-classifier-api": () => import("./golden/image-classifier-api.json"),
  "multi-tenant-ml-platform": () => import("./golden/multi-tenant-ml-platform.json"),
  "cosai-reference": () => import("./golden/cosai-reference.json"),
  "web-shop": () => import("./golden/web-shop.json"),
  "iot-fleet": () => import("./golden/iot-fleet.json"),
  "expenses-three-tier": () => import("./golden/expenses-three-tier.json"),
};

export const GOLDEN_IDS: readonly string[] = Object.keys(GOLDEN_FILES);

export async function loadGolden(id: string): Promise<GoldenFile> {
  const load = Object.hasOwn(GOLDEN_FILES, id) ? GOLDEN_FILES[id] : undefined;
  if (!load) throw new Error(`no golden file for "${id}"`);
  const parsed = GoldenFileSchema.safeParse((await load()).default);
  if (!parsed.success) {
    throw new Error(`golden/${id}.json is invalid:\n${formatIssues(parsed.error).join("\n")}`);
  }
  return parsed.data;
}
