import { create } from "zustand";
import type * as Prompts from "../../engine/prompts";

/**
 * The blind-spot prompts (their catalog and the engine code that matches them) load on their
 * own, as presentation mode starts: kept out of presentation mode's chunk, which would otherwise
 * share engine code with the first bundle's chunks and split them.
 */
export const usePromptsModule = create<{ prompts: typeof Prompts | null; error: string | null }>()(
  () => ({ prompts: null, error: null }),
);

let requested = false;

export function loadPrompts(): void {
  if (requested) return;
  requested = true;
  import("../../engine/prompts").then(
    (prompts) => usePromptsModule.setState({ prompts }),
    (error: unknown) =>
      usePromptsModule.setState({
        error: `The blind-spot prompts failed to load: ${String(error)}`,
      }),
  );
}
