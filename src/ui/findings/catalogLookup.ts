import { engineChunk, type EngineChunk } from "./engineChunk";

/**
 * The catalogs' names and links, as the panel needs them. They are most of the catalog data, so
 * they travel with the engine's chunk instead of weighing on the first paint.
 */
export type CatalogLookup = Pick<EngineChunk, "citedReferences" | "referenceEntryIn">;

export function catalogLookup(): CatalogLookup | null {
  return engineChunk();
}
