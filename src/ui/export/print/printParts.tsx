import type { HeatMap, ReportFinding } from "../../../io/reportData";
import { SEVERITY_LABELS } from "../../../io/csv/riskRegister";
import { TRIAGE_STATUS_LABELS } from "../../../domain/labels";

/** The print view's small pieces: isolated user text, label/value pairs, heat maps, findings. */

/**
 * User text (or our sentences quoting it) isolated from the text around it, so that a name
 * holding a bidi override cannot reorder the report's own words.
 */
export function U({ children }: { children: string }) {
  return children ? <bdi>{children}</bdi> : null;
}

export function Joined({ texts }: { texts: readonly string[] }) {
  return texts.map((text, i) => (
    <span key={i}>
      {i > 0 ? "; " : ""}
      <U>{text}</U>
    </span>
  ));
}

export function Pair({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <U>{value}</U>
      </dd>
    </>
  );
}

export function Heat({ title, map }: { title: string; map: HeatMap }) {
  return (
    <table className="tc-print-heatmap">
      <caption>{title} (likelihood ↓ by impact →)</caption>
      <tbody>
        {map.map((row, r) => (
          <tr key={r}>
            <th scope="row">{5 - r}</th>
            {row.map((count, c) => (
              <td
                key={c}
                data-band={
                  (5 - r) * (c + 1) >= 20
                    ? "critical"
                    : (5 - r) * (c + 1) >= 12
                      ? "high"
                      : (5 - r) * (c + 1) >= 6
                        ? "medium"
                        : "low"
                }
              >
                {count || ""}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FindingBlock({ finding: f }: { finding: ReportFinding }) {
  return (
    <div className="tc-print-finding">
      <h4>
        {SEVERITY_LABELS[f.risk.severity]}: <U>{f.title}</U>
      </h4>
      <p>
        <strong>Status:</strong> {TRIAGE_STATUS_LABELS[f.status]} · <strong>Risk:</strong>{" "}
        {f.risk.basis}
        {f.triage?.owner ? (
          <>
            {" "}
            · <strong>Owner:</strong> <U>{f.triage.owner}</U>
          </>
        ) : null}
      </p>
      {f.triage?.justification ? (
        <p>
          <strong>Justification:</strong> <U>{f.triage.justification}</U>
        </p>
      ) : null}
      <p>
        <U>{f.description}</U>
      </p>
      {f.references.length > 0 && (
        <p>
          <strong>References:</strong>{" "}
          {f.references.map((r, i) => (
            <span key={r.id}>
              {i > 0 ? ", " : ""}
              {r.url ? <a href={r.url}>{r.id}</a> : r.id}
            </span>
          ))}
        </p>
      )}
      {f.suggestedMitigations.length > 0 && (
        <ul>
          {f.suggestedMitigations.map((m, i) => (
            <li key={i}>
              <U>{m}</U>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
