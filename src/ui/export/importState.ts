import { create } from "zustand";
import type { ImportNotice } from "../../io/import";
import type { ThreatModel } from "../../domain/schema";

/** Where an import stands, for the import dialog: nothing, a question, or what went wrong. */
export type ImportState =
  | { phase: "idle" }
  | { phase: "reading"; source: string }
  | {
      phase: "asking";
      source: string;
      formatLabel: string;
      models: ThreatModel[];
      notices: ImportNotice[];
      /** Names of the imported models whose id is already stored. */
      conflicts: string[];
    }
  | { phase: "failed"; source: string; formatLabel: string | null; errors: string[] };

export const useImportState = create<{ state: ImportState }>()(() => ({
  state: { phase: "idle" },
}));

export function setImportState(state: ImportState): void {
  useImportState.setState({ state });
}
