import type { citedReferences } from "../../engine/catalog/citations";
import type { referenceEntryIn } from "../../engine/catalog/registry";

/**
 * The catalogs' names and links, as the panel needs them. They are most of the catalog data, so
 * they travel with the engine's chunk (loaded on demand) and are installed when it arrives —
 * before there is any finding to show — instead of weighing on the first paint.
 */
export interface CatalogLookup {
  citedReferences: typeof citedReferences;
  referenceEntryIn: typeof referenceEntryIn;
}

let installed: CatalogLookup | null = null;

export function installCatalogLookup(lookup: CatalogLookup): void {
  installed = lookup;
}

export function catalogLookup(): CatalogLookup | null {
  return installed;
}
