import { atlasEntry, atlasTactic, owaspEntry } from "../../engine/catalog";

/**
 * Names and links for the ATLAS / OWASP ids a finding cites.
 *
 * The engine's framework catalog (src/engine/catalog/) owns the tables. Reports see them
 * through `ReferenceResolver`, so formatters can be tested with any names and links.
 */

export type ReferenceFramework = "atlas" | "owasp";

export interface ReferenceLink {
  framework: ReferenceFramework;
  /** As stored on the finding: `AML.T0051.000`, `LLM01:2025`, `ML02:2023`. */
  id: string;
  /** Display name from the catalog, or null when the id is unknown to it. */
  name: string | null;
  /** An https URL, or null when none is known. */
  url: string | null;
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

/**
 * Links derivable from the id alone (the URL patterns in reference/frameworks.md), no names.
 * OWASP LLM pages need the risk's name in their address, so they get no URL here.
 */
export const patternReferenceResolver: ReferenceResolver = {
  resolve(framework, id) {
    if (framework === "atlas") {
      const path = ATLAS_PATHS.find(([pattern]) => pattern.test(id))?.[1];
      return {
        framework,
        id,
        name: null,
        url: path ? `https://atlas.mitre.org/${path}/${id}` : null,
      };
    }
    return {
      framework,
      id,
      name: null,
      url: /^ML(0[1-9]|10):2023$/.test(id) ? OWASP_ML_URL : null,
    };
  },
};

/** Names and links from the engine's catalog; ids it does not know fall back to the patterns. */
export const catalogReferenceResolver: ReferenceResolver = {
  resolve(framework, id) {
    const entry = framework === "atlas" ? (atlasEntry(id) ?? atlasTactic(id)) : owaspEntry(id);
    if (!entry) return patternReferenceResolver.resolve(framework, id);
    return { framework, id, name: entry.name, url: entry.url };
  },
};

/** What the reports use unless told otherwise. */
export const defaultReferenceResolver: ReferenceResolver = catalogReferenceResolver;

export function resolveReferences(
  references: { atlas: readonly string[]; owasp: readonly string[] },
  resolver: ReferenceResolver = defaultReferenceResolver,
): ReferenceLink[] {
  return [
    ...references.atlas.map((id) => resolver.resolve("atlas", id)),
    ...references.owasp.map((id) => resolver.resolve("owasp", id)),
  ];
}
