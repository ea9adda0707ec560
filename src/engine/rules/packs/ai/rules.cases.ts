import { AGENT_PLATFORM_CASES } from "./cases/agentPlatform";
import { AGENT_CASES } from "./cases/agents";
import type { RuleCases } from "./cases/builders";
import { DATA_CASES } from "./cases/data";
import { FEDERATED_CASES } from "./cases/federated";
import { HARM_CASES } from "./cases/harms";
import { LLM_CASES } from "./cases/llm";
import { MLOPS_CASES } from "./cases/mlops";
import { PRIVACY_CASES } from "./cases/privacy";
import { RAG_CASES } from "./cases/rag";
import { SERVING_CASES } from "./cases/serving";
import { SUPPLY_CHAIN_CASES } from "./cases/supplyChain";
import { TENANCY_CASES } from "./cases/tenancy";

export type { RuleCase, RuleCases } from "./cases/builders";

/**
 * The firing and silent case of every AI rule, filed by topic as the rules are (`cases/data.ts`
 * holds the cases of `data.ts`, and so on).
 */
export const CASES_BY_TOPIC: Readonly<Record<string, RuleCases>> = {
  data: DATA_CASES,
  "model-supply-chain": SUPPLY_CHAIN_CASES,
  mlops: MLOPS_CASES,
  serving: SERVING_CASES,
  harms: HARM_CASES,
  tenancy: TENANCY_CASES,
  llm: LLM_CASES,
  rag: RAG_CASES,
  agents: AGENT_CASES,
  "agent-platform": AGENT_PLATFORM_CASES,
  federated: FEDERATED_CASES,
  privacy: PRIVACY_CASES,
};

function assemble(topics: Readonly<Record<string, RuleCases>>): RuleCases {
  const out: RuleCases = {};
  for (const [topic, cases] of Object.entries(topics)) {
    for (const [ruleId, ruleCase] of Object.entries(cases)) {
      // A spread would let a second case for one rule silently replace the first.
      if (ruleId in out) throw new Error(`${ruleId} has a case in more than one topic (${topic})`);
      out[ruleId] = ruleCase;
    }
  }
  return out;
}

export const CASES: RuleCases = assemble(CASES_BY_TOPIC);
