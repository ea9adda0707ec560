import { Suspense, useState } from "react";
import { CustomThreatDialog } from "./CustomThreatForm";
import { editorStore } from "../../store/editorStore";
import { executeTriage } from "./actions";
import { useTriageView } from "./triageView";

/** The form (and its catalog search) loads when first opened. */

/** Edit or delete a custom threat, from its decision editor. */
export function CustomThreatActions({ threatId }: { threatId: string }) {
  const [editing, setEditing] = useState(false);
  return (
    <div className="tc-decision-actions">
      <span className="tc-muted">A threat written by the team.</span>
      <button type="button" onClick={() => setEditing(true)}>
        Edit threat
      </button>
      <button
        type="button"
        className="tc-danger"
        onClick={() =>
          executeTriage(
            (commands) => commands.deleteCustomThreat(threatId),
            (ok) => {
              if (!ok) return;
              useTriageView.getState().closeEditor();
              editorStore.getState().notify("info", "Custom threat deleted; undo brings it back");
            },
          )
        }
      >
        Delete threat
      </button>
      {editing && (
        <Suspense fallback={null}>
          <CustomThreatDialog threatId={threatId} onClose={() => setEditing(false)} />
        </Suspense>
      )}
    </div>
  );
}
