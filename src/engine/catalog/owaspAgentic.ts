import type { CatalogEntry } from "./entry";

/**
 * OWASP Agentic AI - Threats and Mitigations, v1.1 (2025-12): threats T1-T17, the key
 * components of an agent they concern (KC1-KC6) and their mapping to the OWASP Top 10 for
 * Agentic Applications 2026. Ids, names and mappings only (CC BY-SA 4.0).
 *
 * Codes: `AGT-T<n>@1.1`. The edition is part of the code because the numbering is the
 * document's own (MAESTRO's playbook has other T16-T47). No per-threat page exists.
 */
export const OWASP_AGENTIC_VERSION = "1.1";
export const OWASP_AGENTIC_DOCUMENT_URL =
  "https://genai.owasp.org/resource/agentic-ai-threats-and-mitigations/";

export const AGENT_COMPONENTS = ["KC1", "KC2", "KC3", "KC4", "KC5", "KC6"] as const;
export type AgentComponent = (typeof AGENT_COMPONENTS)[number];

export const AGENT_COMPONENT_NAMES: Readonly<Record<AgentComponent, string>> = {
  KC1: "Language models",
  KC2: "Orchestration",
  KC3: "Reasoning and planning",
  KC4: "Memory",
  KC5: "Tool integration",
  KC6: "Operational environment",
};

export interface AgenticThreat extends CatalogEntry {
  readonly catalog: "owasp-agentic-1.1";
  /** `T6` */
  readonly number: string;
  readonly components: readonly AgentComponent[];
  /** OWASP Top 10 for Agentic Applications codes (`ASI01:2026`). */
  readonly asi: readonly string[];
}

// [name, key components, ASI numbers]
const THREATS: ReadonlyArray<readonly [string, string, readonly number[]]> = [
  ["Memory poisoning", "4", [6]],
  ["Tool misuse", "56", [2, 4]],
  ["Privilege compromise", "456", [3]],
  ["Resource overload", "6", [2, 6]],
  ["Cascading hallucination attacks", "134", [8]],
  ["Intent breaking and goal manipulation", "12345", [1, 6]],
  ["Misaligned and deceptive behaviours", "135", [1, 9]],
  ["Repudiation and untraceability", "2345", [8, 9]],
  ["Identity spoofing and impersonation", "2", []],
  ["Overwhelming human in the loop", "26", [9]],
  ["Unexpected RCE and code attacks", "56", [4, 5]],
  ["Agent communication poisoning", "246", [4, 6, 7]],
  ["Rogue agents in multi-agent systems", "26", [4, 10]],
  ["Human attacks on multi-agent systems", "2", [10]],
  ["Human manipulation", "136", [10]],
  ["Insecure inter-agent protocol abuse", "", [2, 4, 7]],
  ["Supply chain compromise", "", [4]],
];

const asiCode = (n: number) => `ASI${String(n).padStart(2, "0")}:2026`;

export const OWASP_AGENTIC_THREATS: readonly AgenticThreat[] = THREATS.map(
  ([name, kcs, asi], index) =>
    Object.freeze({
      catalog: "owasp-agentic-1.1" as const,
      code: `AGT-T${index + 1}@${OWASP_AGENTIC_VERSION}`,
      number: `T${index + 1}`,
      name,
      url: null,
      components: Object.freeze([...kcs].map((digit) => `KC${digit}` as AgentComponent)),
      asi: Object.freeze(asi.map(asiCode)),
    }),
);

const byCode = new Map<string, AgenticThreat>(OWASP_AGENTIC_THREATS.map((t) => [t.code, t]));

/** `AGT-T1@1.1` .. `AGT-T17@1.1`; undefined for anything else. */
export function agenticThreat(code: string): AgenticThreat | undefined {
  return byCode.get(code);
}
