import { create } from "zustand";
import type { TriageStatus } from "../../domain/decisions";
import { setPrefs } from "../shell/prefsStore";

/** A 5x5 heat-map cell that filters the list: inherent or residual likelihood x impact. */
export interface RiskCell {
  kind: "inherent" | "residual";
  likelihood: number;
  impact: number;
}

export type StatusFilter = "" | "atRisk" | TriageStatus;

/** The Summary tab's views: where the model stands, and what the team decided about it. */
export type RecordView = "summary" | "mitigations" | "assumptions" | "log" | "stale";
/** Where a triage view lives: the Threats tab's list, or one of the Summary tab's views. */
export type PanelView = "threats" | RecordView;

/** Show the side panel's tab that holds `view`. */
function showTab(view: PanelView): void {
  setPrefs({ panelOpen: true, panelTab: view === "threats" ? "threats" : "summary" });
}

/**
 * UI state of the triage views, shared by components that may live in different panels (the
 * summary's heat map filters the threats list wherever each is mounted). Not in the document,
 * not in history.
 */
interface TriageViewState {
  /** The finding whose decision editor is open, with a status chosen by key or menu. */
  editing: { findingId: string; status?: TriageStatus } | null;
  /** Findings ticked in the list for a bulk change. */
  picked: ReadonlySet<string>;
  riskCell: RiskCell | null;
  status: StatusFilter;
  /** The Summary tab's view (the list has a tab of its own). */
  view: RecordView;
  /** A mitigation just set to Implemented whose open findings may be marked Mitigated. */
  offer: string | null;
  /** A finding to bring into view and focus in the list. */
  reveal: { findingId: string; at: number } | null;
  edit(findingId: string, status?: TriageStatus): void;
  closeEditor(): void;
  togglePicked(findingId: string): void;
  setPicked(ids: Iterable<string>): void;
  filterByCell(cell: RiskCell | null): void;
  filterByStatus(status: StatusFilter): void;
  show(view: PanelView): void;
  makeOffer(mitigationId: string | null): void;
  revealFinding(findingId: string): void;
}

const NONE: ReadonlySet<string> = new Set();

export const useTriageView = create<TriageViewState>()((set, get) => ({
  editing: null,
  picked: NONE,
  riskCell: null,
  status: "",
  view: "summary",
  offer: null,
  reveal: null,
  edit: (findingId, status) => set({ editing: status ? { findingId, status } : { findingId } }),
  closeEditor: () => set({ editing: null }),
  togglePicked(findingId) {
    const next = new Set(get().picked);
    if (!next.delete(findingId)) next.add(findingId);
    set({ picked: next.size === 0 ? NONE : next });
  },
  setPicked(ids) {
    const next = new Set(ids);
    set({ picked: next.size === 0 ? NONE : next });
  },
  filterByCell(riskCell) {
    set({ riskCell });
    if (riskCell) showTab("threats");
  },
  filterByStatus: (status) => set({ status }),
  show(view) {
    if (view !== "threats") set({ view });
    showTab(view);
  },
  makeOffer: (offer) => set({ offer }),
  revealFinding(findingId) {
    set({ reveal: { findingId, at: Date.now() } });
    showTab("threats");
  },
}));
