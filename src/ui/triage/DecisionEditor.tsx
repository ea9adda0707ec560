import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { TRIAGE_STATUSES, type TriageStatus } from "../../domain/decisions";
import { isHttpUrl } from "../../domain/decisions";
import { STATUS_LABELS } from "../../domain/triage/labels";
import { needsJustification } from "../../domain/triage/rules";
import type { Finding } from "../../engine/types";
import { triageCommands as commands } from "../../store/triageCommands";
import { editorStore, useEditor } from "../../store/editorStore";
import { executeAs } from "./actions";
import { draftOf, readDraft, type DecisionDraft, type DraftField } from "./decisionDraft";
import { FindingAssumptions } from "./FindingAssumptions";
import { FindingLog } from "./FindingLog";
import { FindingMitigations } from "./FindingMitigations";
import { useDecision } from "./hooks";
import { ScoreFields } from "./ScoreFields";
import { STATUS_KEYS } from "./statusKeys";
import { useTriageView } from "./triageView";
import { CustomThreatActions } from "./CustomThreatActions";

/**
 * The decision on one finding, under its card: status, justification, owner, ticket, review
 * date, notes and risk, saved together as one undo step; then its mitigation records,
 * assumptions and log, which act at once.
 */
export default function DecisionEditor({
  finding,
  initialStatus,
}: {
  finding: Finding;
  initialStatus?: TriageStatus;
}) {
  const record = useDecision(finding);
  const method = useEditor((s) => s.doc?.settings.scoring ?? "likelihoodImpact");
  const [draft, setDraft] = useState<DecisionDraft>(() => draftOf(record, initialStatus));
  const [problem, setProblem] = useState<{ field: DraftField; error: string } | null>(null);
  const uid = useId();
  const justificationRef = useRef<HTMLTextAreaElement>(null);
  const statusRef = useRef<HTMLFieldSetElement>(null);
  const required = useEditor((s) =>
    s.doc ? needsJustification(s.doc, finding, draft.status) : false,
  );

  // A status chosen by key (or anew in the menu) while the editor is open takes over.
  const [seenStatus, setSeenStatus] = useState(initialStatus);
  if (initialStatus !== seenStatus) {
    setSeenStatus(initialStatus);
    if (initialStatus) setDraft((d) => ({ ...d, status: initialStatus }));
  }

  // On opening, the card's title comes into view with the editor (focus alone would scroll only
  // as far as the field, leaving the user unsure which finding they are deciding).
  const opened = useRef(false);
  useEffect(() => {
    const first = !opened.current;
    opened.current = true;
    if (first) statusRef.current?.closest("[data-finding-row]")?.scrollIntoView({ block: "start" });
    const target =
      initialStatus && required
        ? justificationRef.current
        : statusRef.current?.querySelector<HTMLInputElement>("input:checked");
    target?.focus({ preventScroll: first });
  }, [initialStatus, required]);

  const update = (patch: Partial<DecisionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
  };
  const close = () => {
    useTriageView.getState().closeEditor();
    // Back to the card, so the keys go on working from where the user was.
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(
          `[data-finding-row][data-finding-id="${CSS.escape(finding.id)}"]`,
        )
        ?.focus(),
    );
  };
  const save = () => {
    const read = readDraft(draft, required);
    if (!read.ok) {
      setProblem(read);
      document.getElementById(`${uid}-${read.field}`)?.focus();
      return;
    }
    executeAs(
      (by) => commands.saveDecision(finding, read.decision, by),
      (ok) => {
        if (ok) close();
        else
          setProblem({
            field: "status",
            error: editorStore.getState().notice?.text ?? "Not saved.",
          });
      },
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
  const fieldProps = (field: DraftField) => ({
    id: `${uid}-${field}`,
    "aria-invalid": problem?.field === field,
    "aria-describedby": problem?.field === field ? `${uid}-problem` : undefined,
  });

  return (
    <section
      className="tc-decision"
      aria-label={`Decision: ${finding.title}`}
      onKeyDown={onKeyDown}
      onClick={(e) => e.stopPropagation()}
    >
      <fieldset className="tc-decision-status" ref={statusRef}>
        <legend>Status</legend>
        {TRIAGE_STATUSES.map((status) => (
          <label key={status} className="tc-radio" data-checked={draft.status === status}>
            <input
              type="radio"
              name={`${uid}-status`}
              value={status}
              checked={draft.status === status}
              onChange={() => update({ status })}
            />
            {STATUS_LABELS[status]}
            <kbd aria-hidden="true">{STATUS_KEYS[status].toUpperCase()}</kbd>
          </label>
        ))}
      </fieldset>
      <div className="tc-decision-field tc-decision-wide">
        <label htmlFor={`${uid}-justification`}>Justification{required ? " (required)" : ""}</label>
        <textarea
          ref={justificationRef}
          rows={2}
          value={draft.justification}
          placeholder={required ? "Why this status? Auditors will read it." : ""}
          onChange={(e) => update({ justification: e.target.value })}
          {...fieldProps("justification")}
          aria-required={required}
        />
      </div>
      <div className="tc-decision-row">
        <span className="tc-decision-field">
          <label htmlFor={`${uid}-owner`}>Owner</label>
          <input
            type="text"
            value={draft.owner}
            maxLength={200}
            onChange={(e) => update({ owner: e.target.value })}
            {...fieldProps("owner")}
          />
        </span>
        <span className="tc-decision-field tc-decision-grow">
          <label htmlFor={`${uid}-ticket`}>Ticket or link</label>
          <input
            type="url"
            value={draft.ticket}
            placeholder="https://…"
            onChange={(e) => update({ ticket: e.target.value })}
            {...fieldProps("ticket")}
          />
          {isHttpUrl(draft.ticket.trim()) && (
            <a
              href={draft.ticket.trim()}
              target="_blank"
              rel="noopener noreferrer"
              className="tc-ticket-link"
            >
              Open ticket
            </a>
          )}
        </span>
        <span className="tc-decision-field">
          <label htmlFor={`${uid}-reviewBy`}>Review by</label>
          <input
            type="date"
            value={draft.reviewBy}
            onChange={(e) => update({ reviewBy: e.target.value })}
            {...fieldProps("reviewBy")}
          />
        </span>
      </div>
      <div className="tc-decision-field tc-decision-wide">
        <label htmlFor={`${uid}-notes`}>Notes</label>
        <textarea
          rows={2}
          value={draft.notes}
          onChange={(e) => update({ notes: e.target.value })}
          {...fieldProps("notes")}
        />
      </div>
      <ScoreFields
        finding={finding}
        draft={draft}
        method={method}
        onChange={update}
        invalid={problem?.field ?? null}
        idPrefix={uid}
      />
      {problem && (
        <p className="tc-decision-problem" role="alert" id={`${uid}-problem`}>
          {problem.error}
        </p>
      )}
      <div className="tc-decision-actions">
        <button type="button" className="tc-primary" onClick={save}>
          Save decision
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
        <span className="tc-muted">Ctrl+Enter saves · Escape cancels</span>
      </div>
      <FindingMitigations finding={finding} />
      <FindingAssumptions finding={finding} />
      <FindingLog finding={finding} />
      {finding.pack === "custom" && <CustomThreatActions threatId={finding.id} />}
    </section>
  );
}
