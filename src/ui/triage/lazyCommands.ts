import { editorStore } from "../../store/editorStore";
import type { triageCommands } from "../../store/triageCommands";
import { preloadStatusPopup } from "./StatusMenu";

/**
 * The triage commands (and the triage domain under them) load on demand, not with the app: the
 * first status set in a session waits for one local chunk; `preloadTriageCommands` fetches it
 * once the app is idle, so by then it is usually there.
 */
export type TriageCommands = typeof triageCommands;

let loaded: TriageCommands | null = null;
let loading: Promise<TriageCommands> | null = null;

export function loadTriageCommands(): Promise<TriageCommands> {
  loading ??= import("./triageUi").then(
    (module) => (loaded = module.triageCommands),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Runs `action` with the triage commands: at once once loaded, else when they arrive. */
export function withTriageCommands(action: (commands: TriageCommands) => void): void {
  if (loaded) {
    action(loaded);
    return;
  }
  loadTriageCommands().then(action, () =>
    editorStore
      .getState()
      .notify("error", "The triage code could not be loaded; reload the page to try again."),
  );
}

/** Fetch the triage code while the app is idle, before the first decision needs it. */
export function preloadTriageCommands(): void {
  if (loaded || loading) return;
  const start = () => {
    void loadTriageCommands().catch(() => undefined);
    preloadStatusPopup();
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 500);
}
