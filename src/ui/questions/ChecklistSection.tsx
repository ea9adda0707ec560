import { memo, useId, useState } from "react";
import {
  CHECKLIST_ANSWERS,
  type ChecklistAnswer,
  type ChecklistAnswerValue,
} from "../../domain/checklist";
import { dasfRisk } from "../../engine/catalog/dasf";
import { DASF_CHECKLIST, type DasfChecklistItem } from "../../engine/catalog/dasfChecklist";
import { checklistCommands } from "../../store/checklistCommands";
import { editorStore, useEditor } from "../../store/editorStore";
import { useUserName } from "../triage/userName";

export const ANSWER_LABELS: Readonly<Record<ChecklistAnswerValue, string>> = {
  yes: "Yes",
  no: "No",
  notApplicable: "Not applicable",
};

const NO_ANSWERS: Readonly<Record<string, ChecklistAnswer>> = Object.freeze({});

/** "DASF-12.3@2.0" -> "DASF 12.3"; the risk's name from the catalog. */
function itemSource(item: DasfChecklistItem): string {
  const risk = dasfRisk(item.risk);
  const number = risk?.number ?? item.risk;
  return risk ? `DASF 2.0 risk ${number}: ${risk.name}` : item.risk;
}

/**
 * The model-level checklist: what no element of the diagram can show about how the team works
 * (DASF 2.0's organisational risks). Each item is answered in place — yes, no or not applicable,
 * with a note — and stored in the document; a "no" adds a finding about the whole model.
 */
export function ChecklistSection() {
  const headingId = useId();
  const answers = useEditor((s) => s.doc?.checklist ?? NO_ANSWERS);
  const [outcome, setOutcome] = useState("");
  const answered = DASF_CHECKLIST.filter((item) => Object.hasOwn(answers, item.risk)).length;

  const record = (item: DasfChecklistItem, answer: ChecklistAnswerValue, note: string) => {
    const by = useUserName.getState().name;
    const done = editorStore
      .getState()
      .execute(checklistCommands.answer(item.risk, { answer, note }, by));
    if (!done) return;
    setOutcome(
      answer === "no"
        ? `Answered “No”: added the finding “${item.gap.title}” about the whole model.`
        : `Answered “${ANSWER_LABELS[answer]}”: this item is closed and adds no finding.`,
    );
  };
  const clear = (item: DasfChecklistItem) => {
    if (editorStore.getState().execute(checklistCommands.clear(item.risk))) {
      setOutcome("Answer cleared: the item is open again.");
    }
  };

  return (
    <section className="tc-checklist" aria-labelledby={headingId}>
      <h3 className="tc-checklist-heading" id={headingId}>
        Organisation checklist
      </h3>
      <p className="tc-checklist-intro">
        What no diagram shows: how the team works. {answered} of {DASF_CHECKLIST.length} answered. A
        “No” adds a finding about the whole model.
      </p>
      <p className="tc-questions-outcome" role="status" aria-live="polite">
        {outcome}
      </p>
      <ol className="tc-questions-list">
        {DASF_CHECKLIST.map((item) => (
          <ChecklistCard
            key={item.risk}
            item={item}
            current={Object.hasOwn(answers, item.risk) ? answers[item.risk]! : null}
            onAnswer={record}
            onClear={clear}
          />
        ))}
      </ol>
    </section>
  );
}

interface CardProps {
  item: DasfChecklistItem;
  current: ChecklistAnswer | null;
  onAnswer(item: DasfChecklistItem, answer: ChecklistAnswerValue, note: string): void;
  onClear(item: DasfChecklistItem): void;
}

const ChecklistCard = memo(function ChecklistCard({ item, current, onAnswer, onClear }: CardProps) {
  const uid = useId();
  const [note, setNote] = useState(current?.note ?? "");
  const [editedFrom, setEditedFrom] = useState(current?.note ?? "");
  // A note changed elsewhere (undo, another tab) replaces what is in the box, unless typing.
  const stored = current?.note ?? "";
  if (stored !== editedFrom) {
    setEditedFrom(stored);
    setNote(stored);
  }
  const noteChanged = note.trim() !== stored;

  return (
    <li
      className="tc-question tc-checklist-item"
      aria-labelledby={`${uid}-text`}
      data-answer={current?.answer ?? "unanswered"}
    >
      <p className="tc-question-text" id={`${uid}-text`}>
        {item.prompt}
      </p>
      <p className="tc-question-subject">
        {itemSource(item)} · {current ? `Answered: ${ANSWER_LABELS[current.answer]}` : "Open"}
        {current?.by ? ` (${current.by})` : ""}
      </p>
      <div className="tc-answer" role="group" aria-label={`Answer: ${item.prompt}`}>
        {CHECKLIST_ANSWERS.map((answer) => (
          <button
            key={answer}
            type="button"
            className="tc-answer-btn"
            aria-pressed={current?.answer === answer}
            onClick={() => onAnswer(item, answer, note)}
          >
            {ANSWER_LABELS[answer]}
          </button>
        ))}
        {current && (
          <button type="button" className="tc-link-button" onClick={() => onClear(item)}>
            Clear answer
          </button>
        )}
      </div>
      <label className="tc-checklist-note">
        <span>Note</span>
        <textarea
          rows={2}
          maxLength={20000}
          value={note}
          aria-label={`Note: ${item.prompt}`}
          placeholder="What is in place, or why it does not apply"
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      {current && noteChanged && (
        <button
          type="button"
          className="tc-answer-btn tc-checklist-save"
          onClick={() => onAnswer(item, current.answer, note)}
        >
          Save note
        </button>
      )}
    </li>
  );
});
