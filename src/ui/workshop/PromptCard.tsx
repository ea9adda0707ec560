import { useId } from "react";
import type { PromptMatch } from "../../engine/prompts";
import { editorStore, useEditor } from "../../store/editorStore";
import { workshopCommands } from "../../store/workshopCommands";
import { becauseText } from "../findings/becauseText";
import { buildTargetIndex, nameOf } from "../findings/targets";
import { timeText } from "../triage/logText";
import { useDraft } from "./useDraft";

/**
 * A blind-spot prompt on the strip: the question for the room, what to look for, why it is asked
 * here, and the room's answer (saved with the time it was given).
 */
export function PromptCard({ prompt }: { prompt: PromptMatch }) {
  const uid = useId();
  const saved = useEditor((s) =>
    s.doc && Object.hasOwn(s.doc.workshop.promptAnswers, prompt.key)
      ? s.doc.workshop.promptAnswers[prompt.key]
      : undefined,
  );
  const doc = useEditor((s) => s.doc);
  // Saved by its button (or Ctrl+Enter), and when the card leaves the screen unsaved.
  const answer = useDraft(saved?.answer ?? "", (value) => {
    const stored = editorStore.getState().doc?.workshop.promptAnswers;
    const before = stored && Object.hasOwn(stored, prompt.key) ? stored[prompt.key]!.answer : "";
    if (value.trim() !== before.trim()) {
      editorStore.getState().execute(workshopCommands.answerPrompt(prompt.key, value));
    }
  });
  const index = doc ? buildTargetIndex(doc) : null;
  const reasons = prompt.because
    .filter((b) => b.fact !== "mlKind" || b.subjectId !== prompt.subjectId)
    .map((b) => becauseText(b, index ? nameOf(index, b.subjectId) : b.subjectId));

  const save = () => answer.commit();

  return (
    <article className="tc-ws-card tc-ws-prompt" aria-labelledby={`${uid}-q`}>
      <p className="tc-ws-card-kind">
        <span className="tc-chip">Blind-spot prompt</span>
        {!prompt.certain && <span className="tc-chip">worth asking: not yet known</span>}
      </p>
      <h3 className="tc-ws-card-title" id={`${uid}-q`}>
        {prompt.text}
      </h3>
      <details className="tc-ws-hint">
        <summary>What to look for</summary>
        <p>{prompt.hint}</p>
        {reasons.length > 0 && <p className="tc-muted">Asked here because: {reasons.join("; ")}</p>}
      </details>
      <label htmlFor={`${uid}-a`}>The room’s answer</label>
      <textarea
        id={`${uid}-a`}
        rows={2}
        value={answer.value}
        maxLength={20000}
        onChange={(e) => answer.change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) save();
        }}
      />
      <p className="tc-ws-answer-row">
        <button
          type="button"
          onClick={save}
          disabled={answer.value.trim() === (saved?.answer ?? "").trim()}
        >
          Save answer
        </button>
        <span role="status">
          {saved ? `Answer recorded${saved.at ? ` ${timeText(saved.at)}` : ""}` : "No answer yet"}
        </span>
      </p>
    </article>
  );
}
