import { useEffect, useMemo } from "react";
import { TRIAGE_STATUSES } from "../../../domain/decisions";
import { MITIGATION_STATUS_LABELS, TRIAGE_STATUS_LABELS } from "../../../domain/labels";
import type { ThreatModel } from "../../../domain/schema";
import type { EvaluationResult } from "../../../engine/types";
import { SEVERITY_LABELS } from "../../../io/csv/riskRegister";
import { diagramBadges } from "../../../io/export/badges";
import { SEVERITIES_DESC, typeLabel } from "../../../io/report/summary";
import { buildReportData, type ReportContentOptions } from "../../../io/reportData";
import { renderDiagramSvg } from "../../../io/svg";
import { FindingBlock, Heat, Joined, Pair, U } from "./printParts";

/**
 * The report as the browser prints it (Ctrl/Cmd+P): the PDF's sections as HTML, the diagram as
 * an image of our own SVG. React escapes every string; nothing here is raw HTML.
 */
export function PrintReport({
  model,
  result,
  options,
}: {
  model: ThreatModel;
  result: EvaluationResult;
  options: ReportContentOptions;
}) {
  const data = useMemo(
    () => buildReportData(model, result, { ...options, generatedAt: new Date().toISOString() }),
    [model, result, options],
  );
  const diagramUrl = useMemo(() => {
    const svg = renderDiagramSvg(model, { badges: diagramBadges(data), title: null });
    return URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  }, [model, data]);
  useEffect(() => () => URL.revokeObjectURL(diagramUrl), [diagramUrl]);
  const s = data.summary;
  return (
    <article className="tc-print" lang="en">
      <header className="tc-print-cover">
        <p className="tc-print-kicker">Threat model report</p>
        <h1>{model.name ? <U>{model.name}</U> : "Untitled model"}</h1>
        <dl>
          {model.owner && <Pair label="Owner" value={model.owner} />}
          <Pair label="Date" value={data.generatedAt.slice(0, 10)} />
          <Pair
            label="Document version"
            value={`last changed ${data.documentVersion.updatedAt.replace("T", " ").slice(0, 16)} UTC · fingerprint ${data.documentVersion.fingerprint}`}
          />
          {data.options.preparedBy && <Pair label="Prepared by" value={data.options.preparedBy} />}
        </dl>
      </header>
      <nav className="tc-print-toc" aria-label="Contents">
        <h2>Contents</h2>
        <ol>
          <li>
            <a href="#print-scope">Scope and description</a>
          </li>
          <li>
            <a href="#print-diagram">Diagram</a>
          </li>
          <li>
            <a href="#print-summary">Executive summary</a>
          </li>
          <li>
            <a href="#print-findings">Findings by element</a>
          </li>
          <li>
            <a href="#print-mitigations">Mitigation plan</a>
          </li>
          <li>
            <a href="#print-assumptions">Assumptions</a>
          </li>
          {data.options.includeQuestions && (
            <li>
              <a href="#print-questions">Open questions</a>
            </li>
          )}
          {data.options.includeDecisionLog && (
            <li>
              <a href="#print-log">Decision log</a>
            </li>
          )}
          {data.options.includeAppendix && (
            <li>
              <a href="#print-appendix">Appendix</a>
            </li>
          )}
        </ol>
      </nav>
      <section id="print-scope">
        <h2>Scope and description</h2>
        <p className="tc-print-pre">
          {model.description ? <U>{model.description}</U> : "No description given."}
        </p>
      </section>
      <section id="print-diagram" className="tc-print-diagram">
        <h2>Diagram</h2>
        <img src={diagramUrl} alt={`Data flow diagram of ${model.name}`} />
      </section>
      <section id="print-summary">
        <h2>Executive summary</h2>
        <p>
          {s.total} findings; {s.atRisk} still at risk; {s.decided} of {s.total} decided.
        </p>
        <table>
          <thead>
            <tr>
              <th>Severity</th>
              <th>Findings</th>
              <th>At risk</th>
            </tr>
          </thead>
          <tbody>
            {SEVERITIES_DESC.map((sev) => (
              <tr key={sev}>
                <td>{SEVERITY_LABELS[sev]}</td>
                <td>{s.bySeverity[sev]}</td>
                <td>{s.atRiskBySeverity[sev]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <thead>
            <tr>
              <th>Status</th>
              <th>Findings</th>
            </tr>
          </thead>
          <tbody>
            {TRIAGE_STATUSES.map((st) => (
              <tr key={st}>
                <td>{TRIAGE_STATUS_LABELS[st]}</td>
                <td>{s.byStatus[st]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="tc-print-heat">
          <Heat title="Inherent risk" map={s.inherentHeat} />
          <Heat title="Residual risk" map={s.residualHeat} />
        </div>
      </section>
      <section id="print-findings">
        <h2>Findings by element</h2>
        {data.byElement.map((group) => (
          <section key={group.subject.id}>
            <h3>
              <U>{group.subject.name}</U> ({typeLabel(group.subject.type)})
            </h3>
            {group.findings.map((f) => (
              <FindingBlock key={f.id} finding={f} />
            ))}
          </section>
        ))}
      </section>
      <section id="print-mitigations">
        <h2>Mitigation plan</h2>
        {data.mitigationPlan.length === 0 ? (
          <p>No mitigations recorded yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Mitigation</th>
                <th>Status</th>
                <th>Owner</th>
                <th>Ticket</th>
                <th>Addresses</th>
              </tr>
            </thead>
            <tbody>
              {data.mitigationPlan.map(({ record, findings }) => (
                <tr key={record.id}>
                  <td>
                    <U>{record.title}</U>
                  </td>
                  <td>{MITIGATION_STATUS_LABELS[record.status]}</td>
                  <td>
                    <U>{record.owner}</U>
                  </td>
                  <td>
                    <U>{record.ticket}</U>
                  </td>
                  <td>
                    <Joined texts={findings.map((x) => x.title)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section id="print-assumptions">
        <h2>Assumptions</h2>
        {data.assumptions.length === 0 ? (
          <p>No assumptions recorded.</p>
        ) : (
          <ul>
            {data.assumptions.map(({ assumption }) => (
              <li key={assumption.id}>
                {assumption.valid ? "" : "No longer holds: "}
                <U>{assumption.text}</U>
              </li>
            ))}
          </ul>
        )}
      </section>
      {data.options.includeQuestions && (
        <section id="print-questions">
          <h2>Open questions</h2>
          <ul>
            {data.questions.map((q) => (
              <li key={q.key}>
                <strong>
                  <U>{q.subject.name}</U>:
                </strong>{" "}
                <U>{q.text}</U>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.options.includeDecisionLog && (
        <section id="print-log">
          <h2>Decision log</h2>
          <table>
            <thead>
              <tr>
                <th>When (UTC)</th>
                <th>Finding</th>
                <th>Change</th>
                <th>By</th>
                <th>Justification</th>
              </tr>
            </thead>
            <tbody>
              {data.decisionLog.map(({ entry, findingTitle }) => (
                <tr key={entry.id}>
                  <td>{entry.at.replace("T", " ").slice(0, 16)}</td>
                  <td>
                    <U>{findingTitle}</U>
                  </td>
                  <td>
                    {TRIAGE_STATUS_LABELS[entry.from]} → {TRIAGE_STATUS_LABELS[entry.to]}
                  </td>
                  <td>
                    <U>{entry.by}</U>
                  </td>
                  <td>
                    <U>{entry.justification}</U>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {data.options.includeAppendix && (
        <section id="print-appendix">
          <h2>Appendix: elements and their properties</h2>
          <table>
            <thead>
              <tr>
                <th>Element</th>
                <th>Type</th>
                <th>In boundary</th>
                <th>Properties</th>
              </tr>
            </thead>
            <tbody>
              {data.appendix.elements.map((row) => (
                <tr key={row.subject.id}>
                  <td>
                    <U>{row.subject.name}</U>
                  </td>
                  <td>{[typeLabel(row.subject.type), row.kind].filter(Boolean).join(", ")}</td>
                  <td>
                    <U>{row.boundary}</U>
                  </td>
                  <td>
                    {row.properties.map(([k, v], i) => (
                      <span key={k}>
                        {i > 0 ? "; " : ""}
                        {k}: <U>{v}</U>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
