import { useMemo } from "react";
import { ELEMENT_TYPE_LABELS, ML_KIND_LABELS } from "../../domain/labels";
import { buildTargetIndex, nameOf } from "../findings/targets";
import { FindingCard } from "./FindingCard";
import { PromptCard } from "./PromptCard";
import { QuestionCard } from "./QuestionCard";
import { countItems } from "./stripItems";
import type { WalkView } from "./useWalk";
import { nextItem, nextStep, previousItem, previousStep } from "./walkActions";

/**
 * The guided walk's strip: where the walk is (the item, its boundary, "17 of 42 walked"), the
 * item's findings, open questions and blind-spot prompts one at a time, and the controls to
 * move on (the keys say the same: → and ← item by item, Shift+→ and Shift+← step by step).
 */
export function WalkStrip({ view }: { view: WalkView }) {
  const index = useMemo(() => buildTargetIndex(view.doc), [view.doc]);
  const { step, item, items, progress } = view;
  const counts = countItems(items);
  if (view.steps.length === 0) {
    return (
      <div className="tc-ws-strip-body">
        <p className="tc-ws-big">Nothing to walk: draw elements and flows (in scope) first.</p>
      </div>
    );
  }
  if (!step) {
    return (
      <div className="tc-ws-strip-body">
        <p className="tc-ws-big">
          Walk complete: {progress.walked} of {progress.total} walked.
        </p>
        <p className="tc-ws-nav">
          <button type="button" onClick={() => previousStep(view, true)}>
            Previous step
          </button>
        </p>
      </div>
    );
  }
  const element = view.doc.elements.find((e) => e.id === step.id);
  const kind =
    step.kind === "flow"
      ? "Data flow"
      : element && element.type !== "trustBoundary" && element.mlKind
        ? ML_KIND_LABELS[element.mlKind]
        : element
          ? ELEMENT_TYPE_LABELS[element.type]
          : "";
  const walked = view.doc.workshop.walked.includes(step.id);
  return (
    <div className="tc-ws-strip-body">
      <header className="tc-ws-step">
        <h2 className="tc-ws-step-name">
          <span className="tc-ws-step-kind">{kind}</span> {nameOf(index, step.id)}
        </h2>
        <p className="tc-ws-step-where">
          {step.boundaryId ? `in ${nameOf(index, step.boundaryId)} · ` : ""}
          Step {view.stepIndex + 1} of {view.steps.length}
          {walked ? " · walked" : ""}
        </p>
        <p className="tc-ws-progress" role="status" aria-live="polite">
          {progress.walked} of {progress.total} walked
        </p>
        <progress
          className="tc-ws-progress-bar"
          value={progress.walked}
          max={Math.max(1, progress.total)}
          aria-label="Walk progress"
        />
      </header>
      <div className="tc-ws-item" aria-live="polite">
        {item === null ? (
          <p className="tc-ws-big">
            Nothing to discuss here: no findings, open questions or prompts.
          </p>
        ) : item.kind === "finding" ? (
          <FindingCard key={item.key} finding={item.finding} />
        ) : item.kind === "prompt" ? (
          <PromptCard key={item.key} prompt={item.prompt} />
        ) : (
          <QuestionCard key={item.key} question={item.question} />
        )}
      </div>
      <nav className="tc-ws-nav" aria-label="Walk">
        <button type="button" onClick={() => previousStep(view)} disabled={view.stepIndex === 0}>
          Previous step
        </button>
        <button
          type="button"
          onClick={() => previousItem(view)}
          disabled={view.stepIndex === 0 && view.itemIndex === 0}
        >
          Previous
        </button>
        <span className="tc-ws-count">
          {items.length === 0
            ? "nothing to discuss"
            : `${view.itemIndex + 1} of ${items.length} · ${plural(counts.finding, "finding")}, ${plural(counts.question, "question")}, ${plural(counts.prompt, "prompt")}`}
        </span>
        <button type="button" onClick={() => nextItem(view)}>
          Next
        </button>
        <button type="button" onClick={() => nextStep(view)}>
          Next step
        </button>
      </nav>
    </div>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
