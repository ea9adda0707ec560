import { useId, useState } from "react";
import { TRIAGE_STATUSES, type TriageStatus } from "../../domain/decisions";
import { STATUS_LABELS } from "../../domain/triage/labels";
import { JUSTIFIED_STATUSES } from "../../domain/triage/rules";
import { isTriageable } from "../../engine/risk/triageable";
import type { Finding } from "../../engine/types";
import { executeAs } from "./actions";
import { useTriageView } from "./triageView";

/**
 * Many findings at once: tick them in the list (or take every one shown), pick a status, give a
 * justification when it needs one, apply. One undo step, one log entry per finding. Shown while
 * something is ticked.
 */
export default function BulkBody({
  all,
  picked,
}: {
  /** Every finding, to resolve the ticked ids. */ all: readonly Finding[];
  picked: ReadonlySet<string>;
}) {
  const uid = useId();
  const [status, setStatus] = useState<TriageStatus>("needsInvestigation");
  const [justification, setJustification] = useState("");
  const targets = picked.size === 0 ? [] : all.filter((f) => isTriageable(f) && picked.has(f.id));
  if (targets.length === 0) return null;
  const mayNeedReason = JUSTIFIED_STATUSES.includes(status) || status === "mitigated";
  const apply = () =>
    executeAs(
      (by, commands) =>
        commands.setStatuses(
          targets,
          mayNeedReason && justification.trim() ? { status, justification } : { status },
          by,
        ),
      (ok) => {
        if (!ok) return;
        useTriageView.getState().setPicked([]);
        setJustification("");
      },
    );
  return (
    <div className="tc-bulk" role="group" aria-label="Bulk triage">
      <span className="tc-bulk-count" role="status">
        {targets.length} selected
      </span>
      <span className="tc-decision-field">
        <label htmlFor={`${uid}-status`}>Set status</label>
        <select
          id={`${uid}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as TriageStatus)}
        >
          {TRIAGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </span>
      {mayNeedReason && (
        <span className="tc-decision-field tc-decision-grow">
          <label htmlFor={`${uid}-why`}>
            Justification{JUSTIFIED_STATUSES.includes(status) ? " (required)" : ""}
          </label>
          <input
            id={`${uid}-why`}
            type="text"
            value={justification}
            onChange={(e) => setJustification(e.target.value)}
          />
        </span>
      )}
      <button type="button" className="tc-primary" onClick={apply}>
        Apply to {targets.length}
      </button>
      <button type="button" onClick={() => useTriageView.getState().setPicked([])}>
        Clear selection
      </button>
    </div>
  );
}
