import type { RuleInput } from "../../schema";
import { AGENT_PLATFORM_RULES } from "./agentPlatform";
import { AGENT_RULES } from "./agents";
import { DATA_RULES } from "./data";
import { FEDERATED_RULES } from "./federated";
import { HARM_RULES } from "./harms";
import { LLM_RULES } from "./llm";
import { MLOPS_RULES } from "./mlops";
import { MODEL_SUPPLY_CHAIN_RULES } from "./model-supply-chain";
import { PRIVACY_RULES } from "./privacy";
import { RAG_RULES } from "./rag";
import { SERVING_RULES } from "./serving";
import { TENANCY_RULES } from "./tenancy";

/**
 * The AI/ML rule pack: threats particular to ML systems, keyed on ML asset kinds and element
 * properties, each mapped to MITRE ATLAS and the OWASP ML / LLM Top 10. One topic per file.
 */
export const AI_RULES: RuleInput[] = [
  ...DATA_RULES,
  ...MODEL_SUPPLY_CHAIN_RULES,
  ...MLOPS_RULES,
  ...SERVING_RULES,
  ...HARM_RULES,
  ...TENANCY_RULES,
  ...LLM_RULES,
  ...RAG_RULES,
  ...AGENT_RULES,
  ...AGENT_PLATFORM_RULES,
  ...FEDERATED_RULES,
  ...PRIVACY_RULES,
];

/** Ids once used by this pack and since withdrawn: never give them to a new rule. */
export const RETIRED_AI_RULE_IDS: readonly string[] = [
  "AI-PRIV-03",
  "AI-PRIV-08",
  "AI-MONITOR-01",
  "AI-PRIV-05",
];
