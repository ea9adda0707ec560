import { useMemo } from "react";
import { idsOf } from "../../domain/triage/target";
import type { Finding } from "../../engine/types";
import { useEditor } from "../../store/editorStore";
import { changeText, timeText, VIA_LABELS } from "./logText";

/** The decision log of one finding, newest first. */
export function FindingLog({ finding }: { finding: Finding }) {
  const log = useEditor((s) => s.doc?.decisionLog);
  const entries = useMemo(() => {
    const ids = new Set(idsOf(finding));
    return (log ?? []).filter((e) => ids.has(e.findingId)).reverse();
  }, [log, finding]);
  return (
    <section className="tc-decision-group" aria-label="Decision log">
      <h4>Decision log</h4>
      {entries.length === 0 ? (
        <p className="tc-muted">No status change yet.</p>
      ) : (
        <ol className="tc-log">
          {entries.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{timeText(e.at)}</time> · <strong>{changeText(e)}</strong> ·{" "}
              {e.by || "no name given"} <span className="tc-muted">({VIA_LABELS[e.via]})</span>
              {e.justification && <p className="tc-log-why">{e.justification}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
