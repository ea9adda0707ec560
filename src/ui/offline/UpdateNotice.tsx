import { useSyncExternalStore } from "react";
import type { UpdateFlow } from "./updateFlow";
import "./updateNotice.css";

/**
 * The quiet offer of a new version: a polite live region in a corner, never a dialog, never
 * focused by itself. The region is always rendered (empty when there is nothing to say) so
 * screen readers announce the text when it appears.
 */
export function UpdateNotice({ flow }: { flow: UpdateFlow }) {
  const state = useSyncExternalStore(flow.subscribe, flow.getState);
  const visible = state.status !== "none" && !state.dismissed;
  return (
    <div
      className="tc-update"
      role="status"
      aria-label="New version"
      data-visible={visible || undefined}
    >
      {visible && (
        <>
          <p className="tc-update-text">
            {state.status === "activating"
              ? "Updating to the new version…"
              : state.status === "activeElsewhere"
                ? "A new version is ready (another tab already uses it)."
                : "A new version is ready."}
          </p>
          {state.blocker && <p className="tc-update-blocker">{state.blocker}</p>}
          <div className="tc-update-actions">
            <button
              type="button"
              className="tc-update-reload"
              disabled={state.status === "activating"}
              onClick={() => void flow.reload()}
            >
              Reload
            </button>
            <button
              type="button"
              disabled={state.status === "activating"}
              onClick={() => flow.dismiss()}
            >
              Later
            </button>
          </div>
        </>
      )}
    </div>
  );
}
