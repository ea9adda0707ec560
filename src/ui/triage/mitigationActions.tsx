import type { MitigationStatus } from "../../domain/decisions";
import { idsOf } from "../../domain/triage/target";
import { titleFrom } from "../../domain/triage/titles";
import type { Finding } from "../../engine/types";
import { useEditor } from "../../store/editorStore";
import { executeTriage } from "./actions";
import { useTriageView } from "./triageView";
import { atlasMitigationsOf } from "./atlasMitigations";

export { atlasMitigationsOf };

/** Set a mitigation's status; Implemented offers to mark its open findings Mitigated. */
export function setMitigationStatus(id: string, status: MitigationStatus): void {
  executeTriage(
    (commands) => commands.setMitigationStatus(id, status),
    (ok) => {
      if (ok && status === "implemented") useTriageView.getState().makeOffer(id);
    },
  );
}

/** A suggested mitigation with the one click that makes it a record of the model. */
export function CreateMitigationButton({ finding, text }: { finding: Finding; text: string }) {
  const title = titleFrom(text).toLowerCase();
  const linked = useEditor(
    (s) =>
      s.doc?.mitigations.some(
        (m) =>
          m.title.toLowerCase() === title && idsOf(finding).some((id) => m.findingIds.includes(id)),
      ) ?? false,
  );
  if (linked) return <span className="tc-muted tc-recorded">Recorded</span>;
  return (
    <button
      type="button"
      className="tc-small-button"
      aria-label={`Create mitigation: ${titleFrom(text)}`}
      onClick={() =>
        executeTriage((commands) =>
          commands.createMitigationFromSuggestion(finding, text, atlasMitigationsOf(finding)),
        )
      }
    >
      Create mitigation
    </button>
  );
}
