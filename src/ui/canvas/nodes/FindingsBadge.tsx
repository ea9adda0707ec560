import { useElementFindingSummary } from "../../findings/useFindings";
import { SEVERITY_LABELS } from "../../findings/severity";

/** Count of open findings on an element, coloured by the highest severity among them. */
export function FindingsBadge({ elementId }: { elementId: string }) {
  const summary = useElementFindingSummary(elementId);
  if (!summary || summary.count === 0) return null;
  const severityLabel = SEVERITY_LABELS[summary.highest];
  return (
    <span
      className={`tc-findings-badge tc-sev-${summary.highest}`}
      title={`${summary.count} findings, highest ${severityLabel}`}
      aria-label={`${summary.count} findings, highest severity ${severityLabel}`}
    >
      {summary.count}
    </span>
  );
}
