import { useId, useMemo } from "react";
import { decisionFor } from "../../domain/triage/target";
import { severityOf } from "../../engine/scoring";
import { SEVERITIES, type Severity } from "../../engine/types";
import { SEVERITY_LABELS } from "../findings/severity";
import { cellOf } from "../triage/cells";
import type { QueueView } from "./usePhaseQueue";
import { useWorkshopUi } from "./workshopUi";
import "../triage/triage.css";

const LEVELS = [5, 4, 3, 2, 1] as const;
const IMPACTS = [1, 2, 3, 4, 5] as const;
/** The findings listed as scored like the current one: enough to compare, not a second list. */
const ALIKE_SHOWN = 4;

/**
 * Beside the diagram in the scoring phase: the heat map of the findings as the room scores them
 * (likelihood × impact), the finding being scored marked in its cell, and the others scored the
 * same (the room compares before it settles). A cell goes to the first finding in it.
 */
export function ScoringPanel({ view }: { view: QueueView }) {
  const { doc, findings, finding } = view;
  const uid = useId();
  const { cells, bySeverity } = useMemo(() => {
    const grid = LEVELS.map(() => IMPACTS.map(() => [] as number[]));
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    findings.forEach((f, position) => {
      const at = cellOf(f, decisionFor(doc.triage, f), "inherent");
      if (!at) return;
      grid[5 - at.likelihood]![at.impact - 1]!.push(position);
      counts[f.severity] += 1;
    });
    return { cells: grid, bySeverity: counts };
  }, [doc.triage, findings]);
  const current = finding ? cellOf(finding, decisionFor(doc.triage, finding), "inherent") : null;
  const severities = [...SEVERITIES].reverse().filter((s) => bySeverity[s] > 0);
  const alike = current
    ? cells[5 - current.likelihood]![current.impact - 1]!.filter((i) => i !== view.index)
    : [];

  return (
    <aside className="tc-ws-phase-panel" aria-label="Scoring: the risk heat map">
      <h2>Risk heat map</h2>
      <p className="tc-ws-panel-line">
        {severities.length === 0
          ? "No finding to place."
          : severities
              .map((s) => `${bySeverity[s]} ${SEVERITY_LABELS[s].toLowerCase()}`)
              .join(" · ")}
      </p>
      <table className="tc-heatmap tc-ws-heatmap">
        <caption>Likelihood ↑ × impact →</caption>
        <thead>
          <tr>
            <td />
            {IMPACTS.map((impact) => (
              <th key={impact} scope="col" abbr={`Impact ${impact}`}>
                {impact}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LEVELS.map((likelihood, row) => (
            <tr key={likelihood}>
              <th scope="row" abbr={`Likelihood ${likelihood}`}>
                {likelihood}
              </th>
              {IMPACTS.map((impact, column) => {
                const here = cells[row]![column]!;
                const isCurrent = current?.likelihood === likelihood && current.impact === impact;
                return (
                  <td
                    key={impact}
                    className={`tc-heat tc-sev-${severityOf(likelihood * impact)}${isCurrent ? " is-current" : ""}`}
                  >
                    <button
                      type="button"
                      disabled={here.length === 0}
                      aria-current={isCurrent ? "true" : undefined}
                      aria-label={`Likelihood ${likelihood}, impact ${impact}: ${here.length} finding${here.length === 1 ? "" : "s"}${isCurrent ? ", the one being scored is here" : ""}`}
                      onClick={() => useWorkshopUi.getState().setQueueIndex("scoring", here[0]!)}
                    >
                      {here.length > 0 ? here.length : ""}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {current && (
        <section aria-labelledby={`${uid}-alike`} className="tc-ws-alike">
          <h3 id={`${uid}-alike`}>
            Scored alike ({current.likelihood} × {current.impact}): {alike.length}
          </h3>
          {alike.length > 0 && (
            <ul>
              {alike.slice(0, ALIKE_SHOWN).map((position) => (
                <li key={findings[position]!.id}>
                  <button
                    type="button"
                    className="tc-link-button"
                    onClick={() => useWorkshopUi.getState().setQueueIndex("scoring", position)}
                  >
                    {findings[position]!.title}
                  </button>
                </li>
              ))}
              {alike.length > ALIKE_SHOWN && <li>and {alike.length - ALIKE_SHOWN} more</li>}
            </ul>
          )}
        </section>
      )}
    </aside>
  );
}
