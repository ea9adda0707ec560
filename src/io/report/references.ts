import { aiExchangeUrl, AI_EXCHANGE_PREFIX } from "../../engine/catalog/aiExchange";
import { citedReferences } from "../../engine/catalog/citations";
import { referenceEntryIn } from "../../engine/catalog/registry";
import type { ReferenceField } from "../../engine/rules/references";
import type { FindingReferences } from "../../engine/types";

/**
 * Names and links for the catalog codes a finding cites (ATLAS, OWASP Top 10 lists, OWASP
 * agentic threats, DASF, CoSAI, OWASP AI Exchange, NIST AI 100-2, MAESTRO).
 *
 * The engine's catalogs (src/engine/catalog/) own the tables. Reports see them through
 * `ReferenceResolver`, so formatters can be tested with any names and links.
 */

/** Which references array of the finding the code comes from. */
export type ReferenceFramework = ReferenceField;

export interface ReferenceLink {
  framework: ReferenceFramework;
  /** As stored on the finding: `AML.T0051.000`, `LLM01:2025`, `DASF-9.1@2.0`. */
  id: string;
  /** Display name from the catalog, or null when the id is unknown to it. */
  name: string | null;
  /** An https URL, or null when none is known (most catalogs have no page per entry). */
  url: string | null;
  /** Set on a code added for a cited one: the other OWASP LLM edition (`LLM01:2025`). */
  via?: string;
}

export interface ReferenceResolver {
  resolve(framework: ReferenceFramework, id: string): ReferenceLink;
}

const ATLAS_PATHS: ReadonlyArray<[RegExp, string]> = [
  [/^AML\.TA\d{4}$/, "tactics"],
  [/^AML\.T\d{4}(\.\d{3})?$/, "techniques"],
  [/^AML\.M\d{4}$/, "mitigations"],
];
const OWASP_ML_URL = "https://owasp.org/www-project-machine-learning-security-top-10/";
const AI_EXCHANGE_CODE = /^owaspai:([a-z]+)$/;

function patternUrl(framework: ReferenceFramework, id: string): string | null {
  if (framework === "atlas") {
    const path = ATLAS_PATHS.find(([pattern]) => pattern.test(id))?.[1];
    return path ? `https://atlas.mitre.org/${path}/${id}` : null;
  }
  if (framework === "owasp") return /^ML(0[1-9]|10):2023$/.test(id) ? OWASP_ML_URL : null;
  if (framework === "aiExchange") {
    const permalink = AI_EXCHANGE_CODE.exec(id)?.[1];
    return permalink && id.startsWith(AI_EXCHANGE_PREFIX) ? aiExchangeUrl(permalink) : null;
  }
  return null;
}

/**
 * Links derivable from the id alone (the documented URL patterns), no names: ATLAS pages,
 * the OWASP ML project page, AI Exchange permalinks. OWASP LLM pages need the risk's name in
 * their address, and the other catalogs publish no page per entry, so they get no URL here.
 */
export const patternReferenceResolver: ReferenceResolver = {
  resolve(framework, id) {
    return { framework, id, name: null, url: patternUrl(framework, id) };
  },
};

/** Names and links from the engine's catalogs; ids they do not know fall back to the patterns. */
export const catalogReferenceResolver: ReferenceResolver = {
  resolve(framework, id) {
    const entry = referenceEntryIn(framework, id);
    if (!entry) return patternReferenceResolver.resolve(framework, id);
    return { framework, id, name: entry.name, url: entry.url };
  },
};

/** What the reports use unless told otherwise. */
export const defaultReferenceResolver: ReferenceResolver = catalogReferenceResolver;

/**
 * Every code the finding cites, in display order (catalog family, then rule order), each
 * followed, for an OWASP LLM code, by the same risk in the other edition.
 */
export function resolveReferences(
  references: FindingReferences,
  resolver: ReferenceResolver = defaultReferenceResolver,
): ReferenceLink[] {
  return citedReferences(references).map(({ field, code, via }) => {
    const link = resolver.resolve(field, code);
    return via ? { ...link, via } : link;
  });
}
