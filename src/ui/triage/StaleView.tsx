import { useId } from "react";
import { STATUS_LABELS } from "../../domain/triage/labels";
import type { StaleDecision } from "../../engine/risk/stale";
import { triageCommands as commands } from "../../store/triageCommands";
import { executeAs } from "./actions";
import { useStale } from "./staleHooks";

const REASONS: Record<StaleDecision["reason"], string> = {
  elementDeleted: "deleted",
  conditionNotMet: "its condition no longer holds (a property or a connection changed)",
  nowAQuestion: "a property it depends on is unknown again: it is a question now",
  threatGone: "the threat is not in this model",
};

/**
 * Decisions whose finding does not fire now, with why; each applies again as soon as its
 * finding fires (an element restored, a property changed back). Kept until removed.
 */
export function StaleView() {
  const stale = useStale();
  const uid = useId();
  return (
    <section className="tc-records" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>No longer applies</h2>
      <p className="tc-muted">
        These decisions are kept: each applies again as soon as its finding fires again.
      </p>
      {stale.length === 0 ? (
        <p className="tc-muted">Every decision applies to a finding that fires now.</p>
      ) : (
        <ul className="tc-record-list">
          {stale.map((s) => (
            <li key={s.findingId} className="tc-record" aria-label={s.record.title || s.findingId}>
              <div className="tc-record-head">
                <strong>{s.record.title || s.findingId}</strong>
                <span className={`tc-status-chip tc-status-${s.record.status}`}>
                  {STATUS_LABELS[s.record.status]}
                </span>
                <button
                  type="button"
                  className="tc-link-button tc-danger"
                  onClick={() => executeAs((by) => commands.forgetDecision(s.findingId, by))}
                >
                  Remove decision
                </button>
              </div>
              <p className="tc-record-links">
                No longer applies:{" "}
                {s.reason === "elementDeleted"
                  ? `${s.missingIds.join(", ")} ${s.missingIds.length === 1 ? "was" : "were"} deleted`
                  : REASONS[s.reason]}
              </p>
              {s.record.justification && <p className="tc-record-desc">{s.record.justification}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
