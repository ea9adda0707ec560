import type { CatalogEntry } from "./entry";

/**
 * NIST AI 100-2 E2025, "Adversarial Machine Learning: A Taxonomy and Terminology of Attacks
 * and Mitigations": the identifiers of its objectives and attacks, with names.
 *
 * Codes: NIST's own identifiers, `NISTAML.01` (objective) and `NISTAML.015` (attack). They
 * were introduced by E2025 as persistent identifiers, like ATLAS ids; the edition is kept in
 * `NIST_AML_EDITION`. NIST publishes the report as one document, with no per-id page.
 */
export const NIST_AML_EDITION = "E2025";
export const NIST_AML_DOCUMENT_URL = "https://csrc.nist.gov/pubs/ai/100/2/e2025/final";

export type NistAiSystem = "predictive" | "generative";

export interface NistAmlEntry extends CatalogEntry {
  readonly catalog: "nist-ai-100-2-e2025";
  readonly kind: "objective" | "attack";
  /** For an attack: the objective code it serves (`NISTAML.01`); for an objective: null. */
  readonly objective: string | null;
  /** For an attack: the kind of AI system the taxonomy lists it under. */
  readonly system: NistAiSystem | null;
}

const OBJECTIVES: ReadonlyArray<readonly [string, string]> = [
  ["01", "Availability violation"],
  ["02", "Integrity violation"],
  ["03", "Privacy compromise"],
  ["04", "Misuse enablement"],
  ["05", "Supply chain"],
];

// [number, name, system]; the objective is the number's first two digits.
const ATTACKS: ReadonlyArray<readonly [string, string, NistAiSystem]> = [
  ["011", "Model poisoning (availability)", "predictive"],
  ["012", "Clean-label poisoning", "predictive"],
  ["013", "Data poisoning", "predictive"],
  ["014", "Energy-latency attacks", "predictive"],
  ["015", "Indirect prompt injection", "generative"],
  ["016", "Availability attacks through indirect prompt injection", "generative"],
  ["017", "Time-consuming background tasks", "generative"],
  ["018", "Prompt injection", "generative"],
  ["021", "Clean-label backdoor", "predictive"],
  ["022", "Evasion", "predictive"],
  ["023", "Backdoor poisoning", "predictive"],
  ["024", "Targeted poisoning", "predictive"],
  ["025", "Black-box evasion", "predictive"],
  ["026", "Model poisoning (integrity)", "predictive"],
  ["027", "Misaligned outputs", "generative"],
  ["031", "Model extraction", "predictive"],
  ["032", "Reconstruction", "predictive"],
  ["033", "Membership inference", "predictive"],
  ["034", "Property inference", "predictive"],
  ["035", "Prompt extraction", "generative"],
  ["036", "Leaking information from user interactions", "generative"],
  ["037", "Training data attacks", "generative"],
  ["038", "Data extraction", "generative"],
  ["039", "Compromising connected resources", "generative"],
  ["051", "Model poisoning (supply chain)", "predictive"],
];

export const NIST_AML_ENTRIES: readonly NistAmlEntry[] = [
  ...OBJECTIVES.map(([number, name]) =>
    Object.freeze({
      catalog: "nist-ai-100-2-e2025" as const,
      code: `NISTAML.${number}`,
      name,
      url: null,
      kind: "objective" as const,
      objective: null,
      system: null,
    }),
  ),
  ...ATTACKS.map(([number, name, system]) =>
    Object.freeze({
      catalog: "nist-ai-100-2-e2025" as const,
      code: `NISTAML.${number}`,
      name,
      url: null,
      kind: "attack" as const,
      objective: `NISTAML.${number.slice(0, 2)}`,
      system,
    }),
  ),
];

const byCode = new Map<string, NistAmlEntry>(NIST_AML_ENTRIES.map((e) => [e.code, e]));

export function nistAmlEntry(code: string): NistAmlEntry | undefined {
  return byCode.get(code);
}
