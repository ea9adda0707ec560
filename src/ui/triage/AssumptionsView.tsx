import { useId, useMemo, useState } from "react";
import type { Assumption } from "../../domain/decisions";
import { triageCommands as commands } from "../../store/triageCommands";
import { editorStore, useEditor } from "../../store/editorStore";
import { buildTargetIndex, nameOf } from "../findings/targets";
import { useThreats } from "../findings/useFindings";
import { executeAs } from "./actions";
import { AssumptionLinks, type LinkTargets } from "./AssumptionLinks";

/**
 * The model's assumptions, with what each concerns; one marked invalid reopens the findings it
 * was used to close.
 */
export function AssumptionsView() {
  const assumptions = useEditor((s) => s.doc?.assumptions ?? []);
  const elements = useEditor((s) => s.doc?.elements);
  const flows = useEditor((s) => s.doc?.flows);
  const selection = useEditor((s) => s.selection);
  const threats = useThreats();
  const index = useMemo(
    () => buildTargetIndex({ elements: elements ?? [], flows: flows ?? [] }),
    [elements, flows],
  );
  const mitigations = useEditor((s) => s.doc?.mitigations);
  const triage = useEditor((s) => s.doc?.triage);
  const targets = useMemo<LinkTargets>(() => {
    const findings = new Map<string, string>();
    // A decision's snapshot names a finding that no longer fires.
    for (const [id, record] of Object.entries(triage ?? {}))
      if (record.title) findings.set(id, record.title);
    for (const f of threats.findings) findings.set(f.id, f.title);
    return {
      elements: new Map([...index.keys()].map((id) => [id, nameOf(index, id)])),
      findings,
      mitigations: new Map((mitigations ?? []).map((m) => [m.id, m.title])),
    };
  }, [index, threats, triage, mitigations]);
  const [text, setText] = useState("");
  const uid = useId();
  const add = () => {
    if (!text.trim()) return;
    const elementIds = selection.filter((id) => index.has(id));
    if (editorStore.getState().execute(commands.addAssumption({ text, elementIds }))) setText("");
  };
  return (
    <section className="tc-records" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Assumptions</h2>
      <div className="tc-decision-row">
        <span className="tc-decision-field tc-decision-grow">
          <label htmlFor={`${uid}-new`}>
            New assumption{selection.length > 0 ? " (about the selection)" : ""}
          </label>
          <input
            id={`${uid}-new`}
            type="text"
            value={text}
            maxLength={5000}
            placeholder="e.g. The training data bucket is only writable by the pipeline"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
        </span>
        <button type="button" disabled={!text.trim()} onClick={add}>
          Add assumption
        </button>
      </div>
      {assumptions.length === 0 ? (
        <p className="tc-muted">No assumption recorded yet.</p>
      ) : (
        <ul className="tc-record-list">
          {assumptions.map((a) => (
            <AssumptionRow key={a.id} assumption={a} targets={targets} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AssumptionRow({ assumption, targets }: { assumption: Assumption; targets: LinkTargets }) {
  return (
    <li className="tc-record" data-valid={assumption.valid} aria-label={assumption.text}>
      <div className="tc-record-head">
        <span>{assumption.text}</span>
        {assumption.valid ? (
          <button
            type="button"
            className="tc-small-button"
            onClick={() =>
              executeAs((by) => commands.setAssumptionValidity(assumption.id, false, by))
            }
          >
            Mark invalid
          </button>
        ) : (
          <>
            <span className="tc-chip tc-invalid">No longer holds</span>
            <button
              type="button"
              className="tc-link-button"
              onClick={() =>
                executeAs((by) => commands.setAssumptionValidity(assumption.id, true, by))
              }
            >
              Holds again
            </button>
          </>
        )}
        <button
          type="button"
          className="tc-link-button tc-danger"
          onClick={() => editorStore.getState().execute(commands.deleteAssumption(assumption.id))}
        >
          Delete
        </button>
      </div>
      <AssumptionLinks assumption={assumption} targets={targets} />
    </li>
  );
}
