import { atlasEntry } from "./atlas";
import { owaspEntry } from "./owasp";

/** A framework reference ready to show: id, name and link. */
export interface ResolvedReference {
  readonly framework: "atlas" | "owasp";
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

/** Resolves the ATLAS and OWASP ids a finding carries; unknown ids are left out. */
export function resolveReferences(refs: {
  atlas: readonly string[];
  owasp: readonly string[];
}): ResolvedReference[] {
  const out: ResolvedReference[] = [];
  for (const id of refs.atlas) {
    const entry = atlasEntry(id);
    if (entry) out.push({ framework: "atlas", id, name: entry.name, url: entry.url });
  }
  for (const id of refs.owasp) {
    const entry = owaspEntry(id);
    if (entry) out.push({ framework: "owasp", id, name: entry.name, url: entry.url });
  }
  return out;
}
