import { useEffect, useRef } from "react";
import { resolveImport } from "./importActions";
import { setImportState, useImportState } from "./importState";

/** What an import needs from the person: why it failed, or what to do with a taken id. */
export function ImportDialog() {
  const state = useImportState((s) => s.state);
  const ref = useRef<HTMLDialogElement>(null);
  const visible = state.phase === "failed" || state.phase === "asking";

  useEffect(() => {
    const dialog = ref.current;
    if (visible && dialog && !dialog.open) dialog.showModal();
  }, [visible]);

  if (!visible) return null;
  const close = () => {
    if (state.phase === "asking") void resolveImport("cancel");
    else setImportState({ phase: "idle" });
  };
  return (
    <dialog
      ref={ref}
      className="tc-dialog tc-import-dialog"
      aria-labelledby="import-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="tc-dialog-body">
        {state.phase === "failed" ? (
          <>
            <h2 id="import-title">Could not import {state.source}</h2>
            <p role="alert">
              {state.formatLabel ? `It looks like a ${state.formatLabel}, but it` : "It"} cannot be
              opened. Nothing was changed: your models are as they were.
            </p>
            <ul className="tc-import-errors" aria-label="Problems found">
              {state.errors.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
            </ul>
            <div className="tc-dialog-actions">
              <button type="button" className="tc-button" onClick={close} autoFocus>
                Close
              </button>
            </div>
          </>
        ) : (
          <>
            <h2 id="import-title">Import {state.source}</h2>
            <p>
              {state.conflicts.length === 1
                ? `A model with the same id is already here: "${state.conflicts[0]}".`
                : `${state.conflicts.length} of these models are already here: ${state.conflicts.map((n) => `"${n}"`).join(", ")}.`}{" "}
              Keep both by importing {state.conflicts.length === 1 ? "it" : "them"} as a copy, or
              replace what is stored with the file.
            </p>
            <div className="tc-dialog-actions">
              <button
                type="button"
                className="tc-button tc-button-primary"
                onClick={() => void resolveImport("copy")}
                autoFocus
              >
                Import as copy
              </button>
              <button
                type="button"
                className="tc-button"
                onClick={() => void resolveImport("replace")}
              >
                Replace
              </button>
              <button type="button" className="tc-button" onClick={close}>
                Cancel
              </button>
            </div>
          </>
        )}
      </div>
    </dialog>
  );
}
