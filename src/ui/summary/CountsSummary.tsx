import { useMemo } from "react";
import { useEditor } from "../../store/editorStore";
import { useEngineStatus } from "../findings/evaluation";
import { inScope } from "../findings/filters";
import { SEVERITY_LABELS } from "../findings/severity";
import { buildTargetIndex, targetLabel } from "../findings/targets";
import { useEvaluation } from "../findings/useFindings";
import { SUMMARY_SEVERITIES, summaryCounts, type SummaryCounts } from "./summaryCounts";

const NO_ELEMENTS = { elements: [], flows: [] };

/**
 * The Summary tab's counts: the whole model and the selection side by side, by severity and by
 * STRIDE / LINDDUN category. A richer summary (triage state, top risks) mounts in the same tab
 * in place of this one (App's `summary` slot).
 */
export function CountsSummary() {
  const evaluation = useEvaluation();
  const engine = useEngineStatus();
  const elements = useEditor((s) => s.doc?.elements);
  const flows = useEditor((s) => s.doc?.flows);
  const selection = useEditor((s) => s.selection);
  const index = useMemo(
    () => buildTargetIndex(elements && flows ? { elements, flows } : NO_ELEMENTS),
    [elements, flows],
  );
  const selected = useMemo(() => selection.filter((id) => index.has(id)), [selection, index]);
  const whole = useMemo(() => summaryCounts(evaluation.findings), [evaluation]);
  const ofSelection = useMemo(
    () => (selected.length > 0 ? summaryCounts(inScope(evaluation.findings, selected)) : null),
    [evaluation, selected],
  );
  if (!engine.ready) {
    return (
      <div className="tc-pane">
        <p role={engine.error ? "alert" : "status"}>
          {engine.error ?? "Loading the threat engine…"}
        </p>
      </div>
    );
  }
  const columns: Array<[string, SummaryCounts | null]> = [
    ["Whole model", whole],
    [selected.length > 0 ? `Selection: ${targetLabel(selected, index)}` : "Selection", ofSelection],
  ];
  const categoryRows = whole.byCategory;
  return (
    <section
      className="tc-pane tc-summary"
      aria-labelledby="tc-summary-title"
      // Scrolls on its own: focusable so that keyboard users can scroll it.
      tabIndex={0}
    >
      <h2 id="tc-summary-title">Summary</h2>
      <p className="tc-pane-lead">
        {whole.findings} findings on {whole.targets} elements and flows, {whole.questions} open
        questions.
        {selected.length === 0 && " Select elements or flows to compare them with the whole model."}
      </p>
      <table className="tc-summary-table">
        <caption className="tc-visually-hidden">Findings by severity</caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            {columns.map(([label]) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SUMMARY_SEVERITIES.map((s) => (
            <tr key={s}>
              <th scope="row">
                <span className={`tc-chip tc-sev-chip tc-sev-${s}`}>{SEVERITY_LABELS[s]}</span>
              </th>
              {columns.map(([label, c]) => (
                <td key={label}>{c ? c.bySeverity[s] : "–"}</td>
              ))}
            </tr>
          ))}
          <tr className="tc-summary-total">
            <th scope="row">All findings</th>
            {columns.map(([label, c]) => (
              <td key={label}>{c ? c.findings : "–"}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Open questions</th>
            {columns.map(([label, c]) => (
              <td key={label}>{c ? c.questions : "–"}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <h3>By category</h3>
      {categoryRows.length === 0 ? (
        <p className="tc-pane-lead">No findings yet.</p>
      ) : (
        <table className="tc-summary-table">
          <caption className="tc-visually-hidden">Findings by STRIDE and LINDDUN category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {columns.map(([label]) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categoryRows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {columns.map(([label, c]) => (
                  <td key={label}>
                    {c ? (c.byCategory.find((x) => x.key === row.key)?.count ?? 0) : "–"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
