import type { Severity } from "../../engine/types";
import { plural, SEVERITIES_DESC, type FindingCounts } from "./counts";
import type { FindingsFilter } from "./filters";
import { SEVERITY_LABELS } from "./severity";

export type PanelView = "findings" | "questions";

/** The panel's tabs (findings, open questions) with their counts, and severity chips that filter. */
export function PanelCounts({
  counts,
  filter,
  onFilter,
  interactive,
  view,
  onView,
  scope,
}: {
  counts: FindingCounts;
  filter: FindingsFilter;
  onFilter(next: FindingsFilter): void;
  interactive: boolean;
  view: PanelView;
  onView(view: PanelView): void;
  /** What the counts count: "the whole model", or the selected item's name. */
  scope: string;
}) {
  const toggleSeverity = (severity: Severity) =>
    onFilter({ ...filter, severity: filter.severity === severity ? "" : severity });
  const findingsLabel = plural(counts.findings, "finding", "findings");
  const questionsLabel = plural(counts.questions, "open question", "open questions");
  return (
    <div className="tc-findings-counts">
      <div className="tc-view-tabs" role="tablist" aria-label={`Threats of ${scope}`}>
        <button
          type="button"
          role="tab"
          className="tc-view-tab"
          aria-selected={view === "findings"}
          disabled={!interactive}
          onClick={() => onView("findings")}
        >
          <span className="tc-count-total">{findingsLabel}</span>
        </button>
        <button
          type="button"
          role="tab"
          className="tc-view-tab tc-count-questions"
          aria-selected={view === "questions"}
          disabled={!interactive}
          onClick={() => onView("questions")}
        >
          {questionsLabel}
        </button>
      </div>
      <span className="tc-count-scope">in {scope}</span>
      {SEVERITIES_DESC.filter((s) => counts.bySeverity[s] > 0).map((s) => {
        const text = `${counts.bySeverity[s]} ${SEVERITY_LABELS[s].toLowerCase()}`;
        return (
          <span key={s} className="tc-count-item">
            <span className="tc-count-sep" aria-hidden="true">
              ·
            </span>
            {interactive ? (
              <button
                type="button"
                className={`tc-count-chip tc-sev-${s}`}
                aria-pressed={view === "findings" && filter.severity === s}
                title={`Show only ${SEVERITY_LABELS[s].toLowerCase()} findings`}
                onClick={() => toggleSeverity(s)}
              >
                {text}
              </button>
            ) : (
              <span className={`tc-count-chip tc-sev-${s}`}>{text}</span>
            )}
          </span>
        );
      })}
    </div>
  );
}
