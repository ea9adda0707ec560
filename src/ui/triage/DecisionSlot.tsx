import { lazy, Suspense } from "react";
import { isHttpUrl } from "../../domain/decisions";
import type { Finding } from "../../engine/types";
import { useDecision, useEditing } from "./hooks";

/** Loaded on the first decision made in a session (it is most of the triage code). */
const DecisionEditor = lazy(() =>
  import("./triageUi").then((m) => ({ default: m.DecisionEditor })),
);

/** The decision editor under a finding's card, while it is open for this finding. */
export function DecisionSlot({ finding }: { finding: Finding }) {
  const editing = useEditing(finding.id);
  if (!editing) return null;
  return (
    <Suspense fallback={<p className="tc-muted">Opening the decision…</p>}>
      <DecisionEditor finding={finding} initialStatus={editing.status} />
    </Suspense>
  );
}

/** What was decided, in one line on the card: owner, review date, ticket, reason. */
export function DecisionLine({ finding }: { finding: Finding }) {
  const record = useDecision(finding);
  if (!record) return null;
  const parts: string[] = [];
  if (record.owner.trim()) parts.push(`Owner: ${record.owner}`);
  if (record.reviewBy) parts.push(`Review by ${record.reviewBy}`);
  const ticket = isHttpUrl(record.ticket) ? record.ticket : null;
  if (parts.length === 0 && !ticket && !record.justification.trim()) return null;
  return (
    <span className="tc-decision-line">
      {parts.join(" · ")}
      {ticket && (
        <>
          {parts.length > 0 && " · "}
          <a href={ticket} target="_blank" rel="noopener noreferrer">
            Ticket
          </a>
        </>
      )}
      {record.justification.trim() && (
        <span className="tc-decision-why" title={record.justification}>
          {parts.length > 0 || ticket ? " · " : ""}“{record.justification}”
        </span>
      )}
    </span>
  );
}
