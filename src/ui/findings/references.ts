import { atlasMitigation, atlasEntry } from "../../engine/catalog/atlas";
import { owaspEntry } from "../../engine/catalog/owasp";
import type { Finding } from "../../engine/types";

/** A reference as the panel shows it: "AML.T0020 Poison Training Data", linked to its page. */
export interface ReferenceLink {
  framework: "atlas" | "owasp";
  id: string;
  /** Name from the catalog; null for an id the catalog does not know. */
  name: string | null;
  /** Catalog URL; null for an unknown id (shown as text, never as a guessed link). */
  url: string | null;
  /** Link text: id and name. */
  text: string;
  /** "MITRE ATLAS technique", "MITRE ATLAS mitigation", "OWASP ML Top 10", "OWASP LLM Top 10". */
  source: string;
}

function owaspSource(id: string): string {
  if (id.startsWith("LLM")) return "OWASP LLM Top 10";
  if (id.startsWith("ML")) return "OWASP ML Top 10";
  return "OWASP";
}

/** Builds links for a finding's ATLAS and OWASP ids, in the order the rule gives them. */
export function referenceLinks(refs: Finding["references"]): ReferenceLink[] {
  const out: ReferenceLink[] = [];
  for (const id of refs.atlas) {
    const entry = atlasEntry(id);
    out.push({
      framework: "atlas",
      id,
      name: entry?.name ?? null,
      url: entry?.url ?? null,
      text: entry ? `${id} ${entry.name}` : id,
      source: atlasMitigation(id) ? "MITRE ATLAS mitigation" : "MITRE ATLAS technique",
    });
  }
  for (const id of refs.owasp) {
    const entry = owaspEntry(id);
    out.push({
      framework: "owasp",
      id,
      name: entry?.name ?? null,
      url: entry?.url ?? null,
      text: entry ? `${id} ${entry.name}` : id,
      source: owaspSource(id),
    });
  }
  return out;
}

/** Only http(s) links are ever rendered; anything else is shown as text. */
export function isSafeUrl(url: string | null): url is string {
  return url !== null && /^https:\/\//.test(url);
}
