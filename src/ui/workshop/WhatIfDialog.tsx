import { useId, useMemo, useState } from "react";
import {
  applyWhatIf,
  staleChanges,
  toggleChange,
  whatIfKindsFor,
  type WhatIfChange,
  type WhatIfKind,
} from "../../domain/workshop/whatIf";
import { compareWhatIf, isNoChange, type WhatIfOutcome } from "../../engine/whatIf";
import type { Finding } from "../../engine/types";
import { commands } from "../../store/commands";
import { editorStore, useEditor } from "../../store/editorStore";
import { whatIfEvaluation } from "../findings/evaluation";
import { SEVERITY_LABELS } from "../findings/severity";
import { buildTargetIndex, nameOf, type TargetIndex } from "../findings/targets";
import { WorkshopDialogFrame } from "./WorkshopDialogFrame";
import { useWorkshopUi } from "./workshopUi";

const KIND_WORDS: Record<WhatIfKind, string> = {
  encrypt: "encrypted in transit",
  authenticate: "authenticated",
  remove: "removed",
};

function changeLabel(change: WhatIfChange, index: TargetIndex, isProcess: boolean): string {
  const name = nameOf(index, change.id);
  if (change.kind === "authenticate" && isProcess) return `${name} authenticates its callers`;
  return `${name} ${KIND_WORDS[change.kind]}`;
}

/**
 * What-if: try changes on a copy of the model (a flow encrypted, an element removed, a gateway
 * authenticating its callers) and see which findings would disappear or appear. The model is
 * not touched until "Apply", which is one undoable step.
 */
export function WhatIfDialog({ itemId }: { itemId: string | null }) {
  const uid = useId();
  const doc = useEditor((s) => s.doc);
  const changes = useWorkshopUi((s) => s.whatIf);
  const setChanges = useWorkshopUi((s) => s.setWhatIf);
  const [subject, setSubject] = useState(itemId ?? "");
  const index = useMemo(() => (doc ? buildTargetIndex(doc) : null), [doc]);
  const outcome = useMemo<WhatIfOutcome | string | null>(() => {
    if (!doc || changes.length === 0) return null;
    const variant = applyWhatIf(doc, changes);
    if (!variant.ok) return variant.error;
    const before = whatIfEvaluation(doc);
    const after = whatIfEvaluation(variant.doc);
    return before && after ? compareWhatIf(before, after) : "The threat engine is still loading.";
  }, [doc, changes]);
  if (!doc || !index) return null;
  const stale = staleChanges(doc, changes);
  const isProcess = (id: string) => doc.elements.some((e) => e.id === id && e.type === "process");
  const items = [...doc.elements.filter((e) => e.type !== "trustBoundary"), ...doc.flows];
  const kinds = subject ? whatIfKindsFor(doc, subject) : [];

  const apply = () => {
    if (editorStore.getState().execute(commands.applyWhatIf(changes, applyWhatIf))) setChanges([]);
  };

  return (
    <WorkshopDialogFrame title="What if" wide>
      <p className="tc-muted">
        Try changes on a copy of the model. Nothing changes until you apply them.
      </p>
      <div className="tc-ws-fields">
        <label htmlFor={`${uid}-item`}>Element or flow</label>
        <select id={`${uid}-item`} value={subject} onChange={(e) => setSubject(e.target.value)}>
          <option value="">Choose…</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {nameOf(index, item.id)}
            </option>
          ))}
        </select>
      </div>
      {subject && (
        <fieldset className="tc-ws-whatif-kinds">
          <legend>What if {nameOf(index, subject)} were…</legend>
          {kinds.map((kind) => {
            const change = { kind, id: subject };
            return (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={changes.some((c) => c.kind === kind && c.id === subject)}
                  onChange={() => setChanges(toggleChange(changes, change))}
                />{" "}
                {kind === "authenticate" && isProcess(subject)
                  ? "authenticating its callers"
                  : KIND_WORDS[kind]}
              </label>
            );
          })}
        </fieldset>
      )}
      <section aria-labelledby={`${uid}-tried`}>
        <h3 id={`${uid}-tried`}>Changes tried ({changes.length})</h3>
        <ul>
          {changes.map((change) => (
            <li key={`${change.kind}:${change.id}`}>
              {changeLabel(change, index, isProcess(change.id))}
              {stale.includes(change) ? " (no longer possible)" : ""}{" "}
              <button type="button" onClick={() => setChanges(toggleChange(changes, change))}>
                Drop
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${uid}-outcome`} aria-live="polite">
        <h3 id={`${uid}-outcome`}>What would change</h3>
        <Outcome outcome={outcome} index={index} />
      </section>
      <p className="tc-ws-nav">
        <button type="button" onClick={apply} disabled={changes.length === 0 || stale.length > 0}>
          Apply to the model (one undo step)
        </button>
        <button type="button" onClick={() => setChanges([])} disabled={changes.length === 0}>
          Clear
        </button>
      </p>
    </WorkshopDialogFrame>
  );
}

function Outcome({
  outcome,
  index,
}: {
  outcome: WhatIfOutcome | string | null;
  index: TargetIndex;
}) {
  if (outcome === null) return <p className="tc-muted">Choose a change to see its effect.</p>;
  if (typeof outcome === "string") return <p>{outcome}</p>;
  if (isNoChange(outcome)) return <p>No finding or question would change.</p>;
  const line = (f: Finding) => (
    <li key={f.id}>
      <span className={`tc-chip tc-sev-chip tc-sev-${f.severity}`}>
        {SEVERITY_LABELS[f.severity]}
      </span>{" "}
      {f.title}{" "}
      <span className="tc-muted">({f.targetIds.map((id) => nameOf(index, id)).join(" → ")})</span>
    </li>
  );
  return (
    <div className="tc-ws-outcome">
      <h4>Would disappear ({outcome.disappear.length})</h4>
      <ul>{outcome.disappear.map(line)}</ul>
      <h4>Would appear ({outcome.appear.length})</h4>
      <ul>{outcome.appear.map(line)}</ul>
      {outcome.changed.length > 0 && (
        <>
          <h4>Would change severity ({outcome.changed.length})</h4>
          <ul>
            {outcome.changed.map(({ before, after }) => (
              <li key={before.id}>
                {before.title}: {SEVERITY_LABELS[before.severity]} →{" "}
                {SEVERITY_LABELS[after.severity]}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        Questions settled: {outcome.questionsSettled.length} · new questions:{" "}
        {outcome.questionsRaised.length}
      </p>
    </div>
  );
}
