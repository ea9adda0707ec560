import { OWASP_ASI_TOP10_2026, OWASP_LLM_TOP10_2026 } from "./owasp2026";

/**
 * OWASP Machine Learning Security Top 10 (2023, v0.2 draft), OWASP Top 10 for LLM
 * Applications (2025 here, 2026 in ./owasp2026.ts) and OWASP Top 10 for Agentic Applications
 * (2026): ids, names and links only (CC BY-SA 4.0). Ids always carry their edition, because
 * editions reuse the same numbers with other meanings.
 */
export interface OwaspEntry {
  readonly id: string;
  readonly name: string;
  readonly list: "ml-2023" | "llm-2025" | "llm-2026" | "asi-2026";
  /** The entry's own page, or null when the list publishes none. */
  readonly url: string | null;
  /** ATLAS ids the OWASP page itself cites (LLM list only). */
  readonly atlas: readonly string[];
}

const ML_BASE = "https://owasp.org/www-project-machine-learning-security-top-10/docs/";

function ml(number: string, name: string): OwaspEntry {
  return Object.freeze({
    id: `ML${number}:2023`,
    name,
    list: "ml-2023",
    url: `${ML_BASE}ML${number}_2023-${name.replace(/ /g, "_")}`,
    atlas: Object.freeze([]),
  });
}

function llm(number: string, name: string, atlas: string[] = []): OwaspEntry {
  const slug = name.toLowerCase().replace(/ /g, "-");
  return Object.freeze({
    id: `LLM${number}:2025`,
    name,
    list: "llm-2025",
    url: `https://genai.owasp.org/llmrisk/llm${number}2025-${slug}/`,
    atlas: Object.freeze(atlas),
  });
}

export const OWASP_ML_TOP10_2023: readonly OwaspEntry[] = [
  ml("01", "Input Manipulation Attack"),
  ml("02", "Data Poisoning Attack"),
  ml("03", "Model Inversion Attack"),
  ml("04", "Membership Inference Attack"),
  ml("05", "Model Theft"),
  ml("06", "AI Supply Chain Attacks"),
  ml("07", "Transfer Learning Attack"),
  ml("08", "Model Skewing"),
  ml("09", "Output Integrity Attack"),
  ml("10", "Model Poisoning"),
];

export const OWASP_LLM_TOP10_2025: readonly OwaspEntry[] = [
  llm("01", "Prompt Injection", ["AML.T0051.000", "AML.T0051.001", "AML.T0054"]),
  llm("02", "Sensitive Information Disclosure", [
    "AML.T0024.000",
    "AML.T0024.001",
    "AML.T0024.002",
  ]),
  llm("03", "Supply Chain", ["AML.T0010"]),
  llm("04", "Data and Model Poisoning", ["AML.T0018"]),
  llm("05", "Improper Output Handling"),
  llm("06", "Excessive Agency"),
  llm("07", "System Prompt Leakage", ["AML.T0051.000"]),
  llm("08", "Vector and Embedding Weaknesses"),
  llm("09", "Misinformation", ["AML.T0048", "AML.T0048.002"]),
  llm("10", "Unbounded Consumption", ["AML.T0024", "AML.T0025", "AML.T0029", "AML.T0034"]),
];

const byId = new Map<string, OwaspEntry>(
  [
    ...OWASP_ML_TOP10_2023,
    ...OWASP_LLM_TOP10_2025,
    ...OWASP_LLM_TOP10_2026,
    ...OWASP_ASI_TOP10_2026,
  ].map((entry) => [entry.id, entry]),
);

/**
 * `ML05:2023`, `LLM06:2025`, `LLM03:2026` or `ASI06:2026`; undefined for anything else
 * (including edition-less ids).
 */
export function owaspEntry(id: string): OwaspEntry | undefined {
  return byId.get(id);
}
