import type { Severity } from "../../engine/types";
import { setPrefs } from "../shell/prefsStore";
import { plural, SEVERITIES_DESC, type FindingCounts } from "./counts";
import type { FindingsFilter } from "./filters";
import { SEVERITY_LABELS } from "./severity";

/**
 * What the Threats tab counts, and for what: "Whole model: 40 findings · 3 critical · … · 12
 * open questions". A severity filters the list; the questions open the Questions tab.
 */
export function PanelCounts({
  counts,
  filter,
  onFilter,
  scopeLabel,
}: {
  counts: FindingCounts;
  filter: FindingsFilter;
  onFilter(next: FindingsFilter): void;
  /** What is counted: "Whole model", or the selected element(s). */
  scopeLabel: string;
}) {
  const toggleSeverity = (severity: Severity) =>
    onFilter({ ...filter, severity: filter.severity === severity ? "" : severity });
  return (
    <p className="tc-findings-counts">
      <span className="tc-count-scope">{scopeLabel}:</span>
      <span className="tc-count-total">{plural(counts.findings, "finding", "findings")}</span>
      {SEVERITIES_DESC.filter((s) => counts.bySeverity[s] > 0).map((s) => (
        <span key={s} className="tc-count-item">
          <button
            type="button"
            className={`tc-count-chip tc-sev-${s}`}
            aria-pressed={filter.severity === s}
            title={`Show only ${SEVERITY_LABELS[s].toLowerCase()} findings`}
            onClick={() => toggleSeverity(s)}
          >
            {counts.bySeverity[s]} {SEVERITY_LABELS[s].toLowerCase()}
          </button>
        </span>
      ))}
      {counts.questions > 0 && (
        <span className="tc-count-item">
          <button
            type="button"
            className="tc-count-chip tc-count-questions"
            title="Answer them in the Questions tab"
            onClick={() => setPrefs({ panelOpen: true, panelTab: "questions" })}
          >
            {plural(counts.questions, "open question", "open questions")}
          </button>
        </span>
      )}
    </p>
  );
}
