import { ATLAS_VERSION } from "./atlas";

/**
 * What changed upstream in MITRE ATLAS since the data shipped here (5.6.0), as far as it
 * touches ids in it. ATLAS moved to monthly content releases after 5.6; until the catalog
 * file is replaced, this lets reports and the coverage count say which cited ids have been
 * retired or renamed. Replacing atlas-5.6.0.json with a newer release makes these entries
 * stale, and the catalog test says so.
 */
export const ATLAS_CHANGES_SINCE = ATLAS_VERSION;
export const ATLAS_CHANGES_AS_OF = "2026.09";

export interface AtlasRetirement {
  readonly id: string;
  /** The id that took its place upstream (absent from the 5.6.0 data). */
  readonly successor: string;
}

export interface AtlasRename {
  readonly id: string;
  readonly name: string;
}

export const ATLAS_RETIRED: readonly AtlasRetirement[] = [
  { id: "AML.T0019", successor: "AML.T0115.000" },
  { id: "AML.T0058", successor: "AML.T0115.001" },
  { id: "AML.T0104", successor: "AML.T0115.002" },
];

/**
 * Ids that ATLAS added upstream and this data does not have yet. Rules may cite them (the
 * catalog registry lists them beside the 5.6.0 data), so a retired id can be replaced by its
 * successor before the data file is updated.
 */
export const ATLAS_ADDED: readonly AtlasRename[] = [
  { id: "AML.T0115", name: "Publish Poisoned AI Artifacts" },
  { id: "AML.T0115.000", name: "Datasets" },
  { id: "AML.T0115.001", name: "Models" },
  { id: "AML.T0115.002", name: "AI Agent Tools" },
];

export const ATLAS_RENAMED: readonly AtlasRename[] = [
  { id: "AML.T0020", name: "Training Data Poisoning" },
  { id: "AML.TA0001", name: "AI Attack Adaptation" },
];

/** The upstream successor of an id ATLAS has retired since 5.6.0, else undefined. */
export function atlasSuccessor(id: string): string | undefined {
  return ATLAS_RETIRED.find((r) => r.id === id)?.successor;
}

/** Whether ATLAS has retired the id upstream since 5.6.0. */
export function isAtlasRetired(id: string): boolean {
  return ATLAS_RETIRED.some((r) => r.id === id);
}

/** An id ATLAS added upstream since 5.6.0, with its parent technique (null for a technique). */
export function atlasAdded(
  id: string,
): { id: string; name: string; parent: string | null } | undefined {
  const added = ATLAS_ADDED.find((a) => a.id === id);
  if (!added) return undefined;
  const parent = /^AML\.T\d{4}\.\d{3}$/.test(id) ? id.slice(0, "AML.T0000".length) : null;
  return { id: added.id, name: added.name, parent };
}

/** The current upstream name of an id renamed since 5.6.0, else undefined. */
export function atlasUpstreamName(id: string): string | undefined {
  return ATLAS_RENAMED.find((r) => r.id === id)?.name;
}
