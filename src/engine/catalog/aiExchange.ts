import type { CatalogEntry } from "./entry";

/**
 * OWASP AI Exchange (owaspai.org, a living document): its leaf threats, under the permalink
 * ids the site keeps stable (`owaspai.org/go/<id>/`). The names are ours, spelled out from
 * the ids.
 *
 * Codes: `owaspai:<permalink id>` (`owaspai:directpromptinjection`).
 */
export const AI_EXCHANGE_DOCUMENT_URL = "https://owaspai.org/";
export const AI_EXCHANGE_PREFIX = "owaspai:";

export const AI_EXCHANGE_GROUPS = ["input", "development", "runtime"] as const;
export type AiExchangeGroup = (typeof AI_EXCHANGE_GROUPS)[number];

export interface AiExchangeThreat extends CatalogEntry {
  readonly catalog: "owasp-ai-exchange";
  /** The permalink id, `directpromptinjection`. */
  readonly id: string;
  /** Threats through use (input), at development time, or at runtime (conventional). */
  readonly group: AiExchangeGroup;
}

const THREATS: ReadonlyArray<readonly [string, string, AiExchangeGroup]> = [
  ["zeroknowledgeevasion", "Zero-knowledge evasion", "input"],
  ["perfectknowledgeevasion", "Perfect-knowledge evasion", "input"],
  ["transferattack", "Transfer attack", "input"],
  ["partialknowledgeevasion", "Partial-knowledge evasion", "input"],
  ["evasionafterpoison", "Evasion after poisoning", "input"],
  ["directpromptinjection", "Direct prompt injection", "input"],
  ["indirectpromptinjection", "Indirect prompt injection", "input"],
  ["agentmessagestructuremanipulation", "Agent message structure manipulation", "input"],
  ["disclosureinoutput", "Disclosure in model output", "input"],
  ["modelinversionandmembership", "Model inversion and membership inference", "input"],
  ["modelexfiltration", "Model exfiltration through use", "input"],
  ["airesourceexhaustion", "AI resource exhaustion", "input"],
  ["datapoison", "Data poisoning", "development"],
  ["devmodelpoison", "Development-time model poisoning", "development"],
  ["supplymodelpoison", "Supply-chain model poisoning", "development"],
  ["devdataleak", "Development-time data leak", "development"],
  ["devmodelleak", "Development-time model leak", "development"],
  ["devcodeleak", "Development-time code leak", "development"],
  ["runtimemodelpoison", "Runtime model poisoning", "runtime"],
  ["runtimemodelleak", "Runtime model leak", "runtime"],
  ["outputcontainsconventionalinjection", "Output contains conventional injection", "runtime"],
  ["inputdataleak", "Input data leak", "runtime"],
  ["augmentationdataleak", "Augmentation data leak", "runtime"],
  ["augmentationdatamanipulation", "Augmentation data manipulation", "runtime"],
  ["agentescape", "Agent escape", "runtime"],
];

export const AI_EXCHANGE_THREATS: readonly AiExchangeThreat[] = THREATS.map(([id, name, group]) =>
  Object.freeze({
    catalog: "owasp-ai-exchange" as const,
    code: `${AI_EXCHANGE_PREFIX}${id}`,
    id,
    name,
    url: aiExchangeUrl(id),
    group,
  }),
);

/** The permalink of an AI Exchange id (the site's documented `go/<id>/` pattern). */
export function aiExchangeUrl(id: string): string {
  return `https://owaspai.org/go/${id}/`;
}

const byCode = new Map<string, AiExchangeThreat>(AI_EXCHANGE_THREATS.map((t) => [t.code, t]));

export function aiExchangeThreat(code: string): AiExchangeThreat | undefined {
  return byCode.get(code);
}
