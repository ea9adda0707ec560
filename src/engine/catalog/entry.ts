/**
 * The shape every catalog entry shares, so lookups, the search index and the coverage count
 * can treat the catalogs alike. Each catalog module extends it with its own fields.
 */
export const CATALOG_IDS = [
  "atlas",
  "owasp-ml-2023",
  "owasp-llm-2025",
  "owasp-llm-2026",
  "owasp-asi-2026",
  "owasp-agentic-1.1",
  "dasf-2.0",
  "dasf-3.0",
  "cosai",
  "owasp-ai-exchange",
  "nist-ai-100-2-e2025",
  "maestro",
] as const;
export type CatalogId = (typeof CATALOG_IDS)[number];

/**
 * What an entry is within its catalog; the UI turns it into words ("MITRE ATLAS mitigation").
 * Catalogs with one kind of entry use "risk", "threat" or "layer".
 */
export type EntryKind =
  | "technique"
  | "sub-technique"
  | "tactic"
  | "mitigation"
  | "risk"
  | "control"
  | "threat"
  | "objective"
  | "attack"
  | "layer";

export interface CatalogEntry {
  readonly catalog: CatalogId;
  /** The stable, edition-qualified code stored in data: `DASF-9.1@2.0`, `ASI06:2026`. */
  readonly code: string;
  /** The catalog's own name for the entry (a name, never its descriptive text). */
  readonly name: string;
  /** The entry's own public page, or null when the catalog publishes none. */
  readonly url: string | null;
}
