import type { OwaspEntry } from "./owasp";

/**
 * OWASP Top 10 for LLM Applications, 2026 edition (2026-08; the numbering changed from 2025)
 * with its crosswalk to 2025, and the OWASP Top 10 for Agentic Applications, 2026 edition
 * (2025-12). Ids, names and mappings only (CC BY-SA 4.0). Neither list has a per-entry page
 * with a known address pattern, so the entries carry no URL; see the document URLs.
 */
export const OWASP_LLM_2026_DOCUMENT_URL = "https://genai.owasp.org/llm-top-10/";
export const OWASP_ASI_2026_DOCUMENT_URL =
  "https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/";

function entry(id: string, name: string, list: "llm-2026" | "asi-2026"): OwaspEntry {
  return Object.freeze({ id, name, list, url: null, atlas: Object.freeze([]) });
}

/** [2026 number, name, nearest 2025 entry] */
const LLM_2026: ReadonlyArray<readonly [string, string, string]> = [
  ["01", "Prompt Injection", "LLM01:2025"],
  ["02", "Sensitive Information Disclosure", "LLM02:2025"],
  ["03", "Excessive Agency", "LLM06:2025"],
  ["04", "Supply Chain", "LLM03:2025"],
  ["05", "Data and Model Poisoning", "LLM04:2025"],
  ["06", "Unbounded Consumption", "LLM10:2025"],
  ["07", "Misinformation", "LLM09:2025"],
  ["08", "Hidden Context Exposure", "LLM07:2025"],
  ["09", "Vector and Embedding Weaknesses", "LLM08:2025"],
  ["10", "Improper Output Handling", "LLM05:2025"],
];

export const OWASP_LLM_TOP10_2026: readonly OwaspEntry[] = LLM_2026.map(([number, name]) =>
  entry(`LLM${number}:2026`, name, "llm-2026"),
);

export const OWASP_ASI_TOP10_2026: readonly OwaspEntry[] = [
  "Agent Goal Hijack",
  "Tool Misuse and Exploitation",
  "Identity and Privilege Abuse",
  "Agentic Supply Chain Vulnerabilities",
  "Unexpected Code Execution",
  "Memory and Context Poisoning",
  "Insecure Inter-Agent Communication",
  "Cascading Failures",
  "Human-Agent Trust Exploitation",
  "Rogue Agents",
].map((name, index) => entry(`ASI${String(index + 1).padStart(2, "0")}:2026`, name, "asi-2026"));

/**
 * One pair of the LLM 2025 <-> 2026 crosswalk. `renamed` marks the pair whose 2026 entry
 * has another name and a wider scope (LLM07:2025 System Prompt Leakage became part of
 * LLM08:2026 Hidden Context Exposure); every other pair keeps its name.
 */
export interface LlmCrosswalkPair {
  readonly edition2025: string;
  readonly edition2026: string;
  readonly renamed: boolean;
}

export const LLM_CROSSWALK: readonly LlmCrosswalkPair[] = LLM_2026.map(([number, , from]) =>
  Object.freeze({
    edition2025: from,
    edition2026: `LLM${number}:2026`,
    renamed: from === "LLM07:2025",
  }),
);

const counterparts = new Map<string, string>(
  LLM_CROSSWALK.flatMap((pair) => [
    [pair.edition2025, pair.edition2026],
    [pair.edition2026, pair.edition2025],
  ]),
);

/** The same risk in the other edition: `LLM06:2025` -> `LLM03:2026` and back; else undefined. */
export function llmCounterpart(id: string): string | undefined {
  return counterparts.get(id);
}
