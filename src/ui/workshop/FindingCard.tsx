import { useId, useState } from "react";
import { TRIAGE_STATUSES, type TriageStatus } from "../../domain/decisions";
import { STATUS_LABELS } from "../../domain/triage/labels";
import { needsJustification } from "../../domain/triage/rules";
import { decisionFor } from "../../domain/triage/target";
import type { Finding } from "../../engine/types";
import { editorStore, useEditor } from "../../store/editorStore";
import { workshopCommands } from "../../store/workshopCommands";
import { categoriesOf } from "../findings/categories";
import { SEVERITY_LABELS } from "../findings/severity";
import { useDraft } from "./useDraft";
import { DraftInput } from "./DraftInput";
import { useWorkshopUi } from "./workshopUi";

/**
 * A finding on the strip, with its triage: status (one button each; a status that needs a
 * reason asks for it first), owner and a note. Decisions are logged as made in the guided walk,
 * in the name the session records decisions as.
 */
export function FindingCard({ finding }: { finding: Finding }) {
  const uid = useId();
  const record = useEditor((s) => (s.doc ? decisionFor(s.doc.triage, finding) : undefined));
  const status = record?.status ?? "open";
  const [asking, setAsking] = useState<TriageStatus | null>(null);
  const [reason, setReason] = useState(record?.justification ?? "");
  const by = useWorkshopUi((s) => s.decidedBy);

  const run = (command: Parameters<ReturnType<typeof editorStore.getState>["execute"]>[0]) =>
    editorStore.getState().execute(command);

  const choose = (next: TriageStatus) => {
    const doc = editorStore.getState().doc;
    if (!doc || next === status) return;
    if (needsJustification(doc, finding, next)) {
      setAsking(next);
      return;
    }
    run(workshopCommands.setStatusInWalk(finding, { status: next }, by));
  };

  const confirm = () => {
    if (!asking) return;
    if (
      run(workshopCommands.setStatusInWalk(finding, { status: asking, justification: reason }, by))
    ) {
      setAsking(null);
    }
  };

  // Read at the time of saving: the card may be leaving the screen then.
  const current = () => {
    const doc = editorStore.getState().doc;
    return doc ? decisionFor(doc.triage, finding) : undefined;
  };
  const owner = useDraft(record?.owner ?? "", (value) => {
    if (value.trim() !== (current()?.owner ?? "")) {
      run(workshopCommands.editTriageInWalk(finding, { owner: value.trim() }, by));
    }
  });
  const note = useDraft(record?.notes ?? "", (value) => {
    if (value !== (current()?.notes ?? "")) {
      run(workshopCommands.editTriageInWalk(finding, { notes: value }, by));
    }
  });

  return (
    <article className="tc-ws-card" aria-labelledby={`${uid}-title`}>
      <p className="tc-ws-card-kind">
        <span className={`tc-chip tc-sev-chip tc-sev-${finding.severity}`}>
          {SEVERITY_LABELS[finding.severity]}
        </span>
        {categoriesOf(finding).map((c) => (
          <span key={c.key} className="tc-chip" title={c.label}>
            {c.framework === "ai" ? c.name : `${c.framework.toUpperCase()} ${c.code}`}
          </span>
        ))}
      </p>
      <h3 className="tc-ws-card-title" id={`${uid}-title`}>
        {finding.title}
      </h3>
      <p className="tc-ws-card-text">{finding.description}</p>
      <div className="tc-ws-triage" role="group" aria-label={`Status of “${finding.title}”`}>
        <span className="tc-ws-triage-now">Status: {STATUS_LABELS[status]}</span>
        {TRIAGE_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            className="tc-ws-status"
            aria-pressed={s === status}
            onClick={() => choose(s)}
          >
            {STATUS_LABELS[s]}
          </button>
        ))}
      </div>
      {asking && (
        <div className="tc-ws-reason">
          <label htmlFor={`${uid}-reason`}>
            Why “{STATUS_LABELS[asking]}”? (needed for this status)
          </label>
          <input
            id={`${uid}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") confirm();
              if (e.key === "Escape") {
                e.stopPropagation();
                setAsking(null);
              }
            }}
            autoFocus
          />
          <button type="button" onClick={confirm} disabled={reason.trim() === ""}>
            Set {STATUS_LABELS[asking]}
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            Cancel
          </button>
        </div>
      )}
      <div className="tc-ws-fields">
        <label htmlFor={`${uid}-owner`}>Owner</label>
        <DraftInput id={`${uid}-owner`} draft={owner} maxLength={200} />
        <label htmlFor={`${uid}-note`}>Note</label>
        <DraftInput id={`${uid}-note`} draft={note} maxLength={20000} />
      </div>
    </article>
  );
}
