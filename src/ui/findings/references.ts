import type { CatalogId, EntryKind } from "../../engine/catalog/entry";
import type { ReferenceField } from "../../engine/rules/references";
import type { Finding } from "../../engine/types";
import { catalogLookup } from "./catalogLookup";

/** A reference as the panel shows it: "AML.T0020 Poison Training Data", linked to its page. */
export interface ReferenceLink {
  framework: ReferenceField;
  /** The catalog the code belongs to; null for a code no catalog knows. */
  catalog: CatalogId | null;
  id: string;
  /** Name from the catalog; null for an id the catalog does not know. */
  name: string | null;
  /**
   * The entry's own page; null for an unknown id (shown as text, never as a guessed link) and
   * for catalogs that publish no page per entry (DASF, CoSAI, NIST ...).
   */
  url: string | null;
  /** Link text: id and name. */
  text: string;
  /** "MITRE ATLAS technique", "OWASP LLM Top 10", "DASF 2.0 risk", "MAESTRO layer" ... */
  source: string;
  /** Set on a code shown for a cited one: the other OWASP LLM edition of `via`. */
  via: string | null;
}

const KIND_WORDS: Partial<Record<EntryKind, string>> = {
  technique: "technique",
  "sub-technique": "technique",
  tactic: "tactic",
  mitigation: "mitigation",
  control: "control",
  objective: "objective",
  attack: "attack",
  layer: "layer",
};

const SOURCES: Readonly<Record<CatalogId, string>> = {
  atlas: "MITRE ATLAS",
  "owasp-ml-2023": "OWASP ML Top 10",
  "owasp-llm-2025": "OWASP LLM Top 10",
  "owasp-llm-2026": "OWASP LLM Top 10",
  "owasp-asi-2026": "OWASP Agentic Top 10",
  "owasp-agentic-1.1": "OWASP Agentic AI threat",
  "dasf-2.0": "DASF 2.0 risk",
  "dasf-3.0": "DASF 3.0 agentic risk",
  cosai: "CoSAI",
  "owasp-ai-exchange": "OWASP AI Exchange threat",
  "nist-ai-100-2-e2025": "NIST AI 100-2",
  maestro: "MAESTRO",
};

const FIELD_SOURCES: Readonly<Record<ReferenceField, string>> = {
  atlas: "MITRE ATLAS technique",
  owasp: "OWASP",
  agentic: "OWASP Agentic AI threat",
  dasf: "DASF",
  cosai: "CoSAI",
  aiExchange: "OWASP AI Exchange",
  nist: "NIST AI 100-2",
  maestro: "MAESTRO layer",
};

function sourceOf(catalog: CatalogId, kind: EntryKind): string {
  const words = SOURCES[catalog];
  const kindWord = catalog === "cosai" ? kind : KIND_WORDS[kind];
  return kindWord && !words.endsWith(kindWord) ? `${words} ${kindWord}` : words;
}

function unknownSource(field: ReferenceField, id: string): string {
  if (field !== "owasp") return FIELD_SOURCES[field];
  if (id.startsWith("LLM")) return "OWASP LLM Top 10";
  if (id.startsWith("ML")) return "OWASP ML Top 10";
  if (id.startsWith("ASI")) return "OWASP Agentic Top 10";
  return "OWASP";
}

/**
 * Builds links for every code a finding cites: catalog families in a fixed order, codes in the
 * order the rule gives them, each OWASP LLM code followed by its other edition. None until the
 * catalogs have arrived with the engine (there are no findings before that).
 */
export function referenceLinks(refs: Finding["references"]): ReferenceLink[] {
  const lookup = catalogLookup();
  if (!lookup) return [];
  return lookup.citedReferences(refs).map(({ field, code, via }) => {
    const entry = lookup.referenceEntryIn(field, code);
    return {
      framework: field,
      catalog: entry?.catalog ?? null,
      id: code,
      name: entry?.name ?? null,
      url: entry?.url ?? null,
      text: entry ? `${code} ${entry.name}` : code,
      source: entry ? sourceOf(entry.catalog, entry.kind) : unknownSource(field, code),
      via,
    };
  });
}

/** Only http(s) links are ever rendered; anything else is shown as text. */
export function isSafeUrl(url: string | null): url is string {
  return url !== null && /^https:\/\//.test(url);
}
