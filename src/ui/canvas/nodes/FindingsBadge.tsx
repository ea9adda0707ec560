import { memo } from "react";
import { useElementFindingSummary } from "../../findings/useFindings";
import { SEVERITY_LABELS } from "../../findings/severity";

/**
 * Count of findings on an element, coloured by the highest severity among them, marked while
 * some are untriaged (the coverage the summary view reports).
 */
export const FindingsBadge = memo(function FindingsBadge({ elementId }: { elementId: string }) {
  const summary = useElementFindingSummary(elementId);
  if (!summary || summary.count === 0) return null;
  const severityLabel = SEVERITY_LABELS[summary.highest];
  const untriaged = summary.untriaged > 0 ? `, ${summary.untriaged} untriaged` : ", all triaged";
  return (
    <span
      className={`tc-findings-badge tc-sev-${summary.highest}${summary.untriaged > 0 ? " has-untriaged" : ""}`}
      data-untriaged={summary.untriaged}
      title={`${summary.count} findings${untriaged}, highest ${severityLabel}`}
      aria-label={`${summary.count} findings${untriaged}, highest severity ${severityLabel}`}
    >
      <span>{summary.count}</span>
    </span>
  );
});
