import { useId, useMemo } from "react";
import { AT_RISK_STATUSES, TRIAGE_STATUSES } from "../../domain/decisions";
import { STATUS_LABELS } from "../../domain/triage/labels";
import { decisionFor } from "../../domain/triage/target";
import { isTriageable } from "../../engine/risk/triageable";
import type { Finding } from "../../engine/types";
import { useEditor } from "../../store/editorStore";
import { inCell } from "./cells";
import { useTriageView, type StatusFilter } from "./triageView";

/**
 * The list's triage filters: by status, and by a heat-map cell. They read the decisions only
 * while one is active, so with none a status change never re-filters the list.
 */
export function useTriageFilter(findings: readonly Finding[]): {
  shown: readonly Finding[];
  active: boolean;
} {
  const status = useTriageView((s) => s.status);
  const cell = useTriageView((s) => s.riskCell);
  const active = status !== "" || cell !== null;
  const triage = useEditor((s) => (active ? s.doc?.triage : undefined));
  const shown = useMemo(() => {
    if (!active || !triage) return findings;
    return findings.filter((f) => {
      if (!isTriageable(f)) return false;
      const record = decisionFor(triage, f);
      const current = record?.status ?? "open";
      if (status === "atRisk" && !AT_RISK_STATUSES.includes(current)) return false;
      if (status !== "" && status !== "atRisk" && current !== status) return false;
      return cell === null || inCell(f, record, cell);
    });
  }, [findings, active, status, cell, triage]);
  return { shown, active };
}

export function clearTriageFilters(): void {
  useTriageView.getState().filterByStatus("");
  useTriageView.getState().filterByCell(null);
}

export function StatusFilterSelect() {
  const status = useTriageView((s) => s.status);
  const uid = useId();
  return (
    <div className="tc-ffield">
      <label htmlFor={`${uid}-status`}>Status</label>
      <select
        id={`${uid}-status`}
        value={status}
        onChange={(e) => useTriageView.getState().filterByStatus(e.target.value as StatusFilter)}
      >
        <option value="">All</option>
        <option value="atRisk">At risk</option>
        {TRIAGE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s === "open" ? "Open (untriaged)" : STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Says a heat-map cell filters the list, with a way out. */
export function CellFilterChip() {
  const cell = useTriageView((s) => s.riskCell);
  if (!cell) return null;
  return (
    <span className="tc-focus-chip">
      <span>
        {cell.kind === "inherent" ? "Inherent" : "Residual"} risk: likelihood{" "}
        <strong>{cell.likelihood}</strong> × impact <strong>{cell.impact}</strong>
      </span>
      <span aria-hidden="true">·</span>
      <button
        type="button"
        className="tc-focus-clear"
        onClick={() => useTriageView.getState().filterByCell(null)}
      >
        Clear risk filter
      </button>
    </span>
  );
}
