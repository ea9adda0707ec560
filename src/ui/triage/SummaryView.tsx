import { useId, useMemo } from "react";
import { TRIAGE_STATUSES } from "../../domain/decisions";
import { STATUS_LABELS } from "../../domain/triage/labels";
import { SEVERITIES, type Finding, type Severity } from "../../engine/types";
import { triageCommands as commands } from "../../store/triageCommands";
import { editorStore, useEditor } from "../../store/editorStore";
import { SEVERITY_LABELS } from "../findings/severity";
import { buildTargetIndex, targetLabel } from "../findings/targets";
import { ScopeSwitch } from "../findings/ScopeSwitch";
import { useThreats } from "../findings/useFindings";
import { usePrefs } from "../shell/prefsStore";
import { severityOf } from "../../engine/scoring";
import { inScope, summarise, type Matrix } from "./summaryData";
import { useTriageView, type RiskCell } from "./triageView";
import "./triage.css";

const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();
const LEVELS = [5, 4, 3, 2, 1];
const NO_IDS: readonly string[] = [];

/** The findings of the selected items (none when nothing is selected). */
function selected(threats: { findings: readonly Finding[] }, ids: readonly string[]): Finding[] {
  return ids.length === 0 ? [] : inScope(threats.findings, ids);
}

/**
 * Where the model stands: progress, counts by status, severity, framework and category (for the
 * whole model or the canvas selection, and saying which), the inherent and residual 5x5 heat
 * maps whose cells filter the threats list, and the top open risks. Self-contained: mount it in
 * any panel.
 */
export function SummaryView() {
  const threats = useThreats();
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const scope = usePrefs((s) => s.threatScope);
  const triage = doc?.triage;
  const elements = doc?.elements;
  const flows = doc?.flows;
  const index = useMemo(
    () => buildTargetIndex({ elements: elements ?? [], flows: flows ?? [] }),
    [elements, flows],
  );
  /** null: the whole model. */
  const scopeIds = useMemo(
    () => (scope === "selection" ? selection.filter((id) => index.has(id)) : null),
    [scope, selection, index],
  );
  const data = useMemo(
    () =>
      doc
        ? summarise(
            doc,
            scopeIds === null ? inScope(threats.findings, NO_IDS) : selected(threats, scopeIds),
          )
        : null,
    // The figures depend on the findings, their decisions and the scope only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [threats, triage, scopeIds, doc?.id],
  );
  const uid = useId();
  if (!doc || !data) return null;
  const scopeText =
    scopeIds === null
      ? "For the whole model"
      : scopeIds.length === 0
        ? "For the selection: nothing is selected"
        : `For the selection: ${scopeIds
            .slice(0, 2)
            .map((id) => targetLabel([id], index))
            .join(", ")}${scopeIds.length > 2 ? ` and ${scopeIds.length - 2} more` : ""}`;
  const percent = data.total === 0 ? 0 : Math.round((data.triaged / data.total) * 100);

  return (
    <section className="tc-summary" aria-labelledby={`${uid}-title`}>
      <header className="tc-summary-head">
        <h2 id={`${uid}-title`}>Summary</h2>
        <p className="tc-summary-scope" role="status">
          {scopeText}
        </p>
        <ScopeSwitch
          selectionLabel={
            scopeIds !== null && scopeIds.length > 0 ? targetLabel(scopeIds, index) : null
          }
        />
        <ScoringSwitch method={doc.settings.scoring} />
      </header>

      <div className="tc-progress">
        <p>
          <strong>
            {data.triaged} of {data.total} findings triaged
          </strong>
          <span className="tc-muted"> · {percent}%</span>
        </p>
        <progress
          max={Math.max(1, data.total)}
          value={data.triaged}
          aria-label="Findings triaged"
        />
      </div>

      <div className="tc-summary-grid">
        <CountTable
          caption="By status"
          rows={TRIAGE_STATUSES.map((s) => [STATUS_LABELS[s], data.byStatus[s]])}
        />
        <table className="tc-count-table">
          <caption>By severity</caption>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Findings</th>
              <th scope="col">At risk</th>
              <th scope="col">Accepted</th>
            </tr>
          </thead>
          <tbody>
            {SEVERITIES_DESC.map((s) => (
              <tr key={s}>
                <th scope="row">{SEVERITY_LABELS[s]}</th>
                <td>{data.bySeverity[s].total}</td>
                <td>{data.bySeverity[s].atRisk}</td>
                <td>{data.bySeverity[s].accepted}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <CountTable
          caption="By framework"
          rows={[
            ["STRIDE", data.byFramework.stride],
            ["LINDDUN", data.byFramework.linddun],
            ["MITRE ATLAS", data.byFramework.atlas],
            ["OWASP", data.byFramework.owasp],
            ["Written by the team", data.byFramework.custom],
          ]}
        />
        <CountTable caption="By category" rows={data.byCategory.map((c) => [c.label, c.count])} />
      </div>

      <div className="tc-heatmaps">
        <HeatMap kind="inherent" title="Inherent risk" matrix={data.inherent} />
        <HeatMap kind="residual" title="Residual risk" matrix={data.residual} />
        <table className="tc-count-table">
          <caption>Inherent and residual, by severity</caption>
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Inherent</th>
              <th scope="col">Residual</th>
            </tr>
          </thead>
          <tbody>
            {SEVERITIES_DESC.map((s) => (
              <tr key={s}>
                <th scope="row">{SEVERITY_LABELS[s]}</th>
                <td>{data.inherentBySeverity[s]}</td>
                <td>{data.residualBySeverity[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.residualUnassessed > 0 && (
          <p className="tc-muted">
            {data.residualUnassessed} mitigated or transferred finding
            {data.residualUnassessed === 1 ? " has" : "s have"} no residual risk assessed yet.
          </p>
        )}
      </div>

      <section aria-labelledby={`${uid}-top`}>
        <h3 id={`${uid}-top`}>Top open risks</h3>
        {data.topRisks.length === 0 ? (
          <p className="tc-muted">Nothing is at risk.</p>
        ) : (
          <ol className="tc-top-risks">
            {data.topRisks.map((f) => (
              <li key={f.id}>
                <button
                  type="button"
                  className="tc-link-button"
                  onClick={() => useTriageView.getState().revealFinding(f.id)}
                >
                  <span className={`tc-chip tc-sev-chip tc-sev-${f.severity}`}>
                    {SEVERITY_LABELS[f.severity]}
                  </span>{" "}
                  {f.title}
                </button>
                <span className="tc-muted"> · {targetLabel(f.targetIds, index)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}

function CountTable({ caption, rows }: { caption: string; rows: Array<[string, number]> }) {
  return (
    <table className="tc-count-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td>None</td>
          </tr>
        ) : (
          rows.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function ScoringSwitch({ method }: { method: "likelihoodImpact" | "dread" }) {
  const name = useId();
  const set = (next: typeof method) =>
    editorStore.getState().execute(commands.setScoringMethod(next));
  return (
    <div className="tc-segmented" role="radiogroup" aria-label="Scoring method">
      <span className="tc-segmented-label" aria-hidden="true">
        Scoring
      </span>
      {(
        [
          ["likelihoodImpact", "Likelihood × impact"],
          ["dread", "DREAD-AI"],
        ] as const
      ).map(([value, label]) => (
        <label key={value} className="tc-segment" data-checked={method === value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={method === value}
            onChange={() => set(value)}
          />
          {label}
        </label>
      ))}
    </div>
  );
}

/** Likelihood rows 5 to 1, impact columns 1 to 5; each cell a button that filters the list. */
function HeatMap({
  kind,
  title,
  matrix,
}: {
  kind: RiskCell["kind"];
  title: string;
  matrix: Matrix;
}) {
  const current = useTriageView((s) => s.riskCell);
  return (
    <table className="tc-heatmap" data-kind={kind}>
      <caption>{title}: likelihood × impact</caption>
      <thead>
        <tr>
          <td />
          {[1, 2, 3, 4, 5].map((impact) => (
            <th key={impact} scope="col" abbr={`Impact ${impact}`}>
              {impact}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LEVELS.map((likelihood) => (
          <tr key={likelihood}>
            <th scope="row" abbr={`Likelihood ${likelihood}`}>
              {likelihood}
            </th>
            {[1, 2, 3, 4, 5].map((impact) => {
              const count = matrix[likelihood - 1]![impact - 1]!;
              const pressed =
                current?.kind === kind &&
                current.likelihood === likelihood &&
                current.impact === impact;
              return (
                <td key={impact} className={`tc-heat tc-sev-${severityOf(likelihood * impact)}`}>
                  <button
                    type="button"
                    aria-pressed={pressed}
                    disabled={count === 0 && !pressed}
                    aria-label={`${title}, likelihood ${likelihood}, impact ${impact}: ${count} finding${count === 1 ? "" : "s"}`}
                    onClick={() =>
                      useTriageView
                        .getState()
                        .filterByCell(pressed ? null : { kind, likelihood, impact })
                    }
                  >
                    {count > 0 ? count : ""}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <td colSpan={5} className="tc-muted">
            impact →, likelihood ↑
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
