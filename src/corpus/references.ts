/**
 * Catalog codes as the corpus writes them, and how a cited code is compared with an expected
 * one. Codes are edition-qualified where the catalog has editions (`LLM01:2025`, `ASI06:2026`,
 * `DASF-9.1@2.0`, `AGT-T1@1.1`), the same spelling the engine's rules use.
 */

export const REFERENCE_CATALOGS = [
  "atlas",
  "owasp-ml",
  "owasp-llm",
  "owasp-agentic-top10",
  "agentic-threats",
  "dasf",
  "cosai",
  "nist",
  "ai-exchange",
] as const;
export type ReferenceCatalog = (typeof REFERENCE_CATALOGS)[number];

const CATALOG_PATTERNS: readonly (readonly [ReferenceCatalog, RegExp])[] = [
  ["atlas", /^AML\.(T\d{4}(\.\d{3})?|M\d{4}|TA\d{4})$/],
  ["owasp-ml", /^ML(0[1-9]|10):2023$/],
  ["owasp-llm", /^LLM(0[1-9]|10):(2025|2026)$/],
  ["owasp-agentic-top10", /^ASI(0[1-9]|10):2026$/],
  ["agentic-threats", /^AGT-T([1-9]|1[0-7])@1\.1$/],
  ["dasf", /^DASF-(([1-9]|1[0-2])\.[1-9]\d?@2\.0|13\.[1-9]\d?@3\.0)$/],
  ["cosai", /^cosai:(risk|control|component)[A-Z][A-Za-z0-9]*$/],
  ["nist", /^NISTAML\.0[1-5]\d?$/],
  ["ai-exchange", /^owaspai:[a-z]+$/],
];

/** The catalog a code belongs to, or null when it is not a code we know how to read. */
export function catalogOf(code: string): ReferenceCatalog | null {
  for (const [catalog, pattern] of CATALOG_PATTERNS) {
    if (pattern.test(code)) return catalog;
  }
  return null;
}

/**
 * Whether a cited code counts as the expected one: the same code, or (for ATLAS) one of its
 * sub-techniques — citing AML.T0051.001 is citing AML.T0051. Case does not matter.
 */
export function referenceMatches(cited: string, expected: string): boolean {
  const a = cited.trim().toLowerCase();
  const b = expected.trim().toLowerCase();
  if (a === b) return true;
  return b.startsWith("aml.") && a.startsWith(`${b}.`);
}

export function citesAny(cited: readonly string[], expected: readonly string[]): boolean {
  return expected.some((code) => cited.some((c) => referenceMatches(c, code)));
}
