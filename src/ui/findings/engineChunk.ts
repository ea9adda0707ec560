import type * as EngineModule from "../../engine/incremental";

/**
 * The engine's chunk once it has arrived (./evaluation requests it when the app starts). The
 * rules, the fact labels and the catalogs' names and links all travel in it, so the panels read
 * them from here and show plain codes until then — there is no finding before it arrives.
 */
export type EngineChunk = Pick<
  typeof EngineModule,
  | "createEvaluator"
  | "inferencesOf"
  | "withCustomThreats"
  | "formatBecause"
  | "citedReferences"
  | "referenceEntryIn"
>;

let loaded: EngineChunk | null = null;

export function installEngineChunk(chunk: EngineChunk): void {
  loaded = chunk;
}

export function engineChunk(): EngineChunk | null {
  return loaded;
}
