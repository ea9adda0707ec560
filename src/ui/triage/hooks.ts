import type { TriageRecord, TriageStatus } from "../../domain/decisions";
import { decisionFor, type TriageTarget } from "../../domain/triage/target";
import { useEditor } from "../../store/editorStore";
import { useTriageView } from "./triageView";

/** A finding's decision; re-renders the caller only when that record changes. */
export function useDecision(
  finding: Pick<TriageTarget, "id" | "aliases">,
): TriageRecord | undefined {
  return useEditor((s) => (s.doc ? decisionFor(s.doc.triage, finding) : undefined));
}

export function useStatus(finding: Pick<TriageTarget, "id" | "aliases">): TriageStatus {
  return useEditor((s) =>
    s.doc ? (decisionFor(s.doc.triage, finding)?.status ?? "open") : "open",
  );
}

export function useIsPicked(findingId: string): boolean {
  return useTriageView((s) => s.picked.has(findingId));
}

/** The status the editor of this finding was opened with, or undefined when it is closed. */
export function useEditing(findingId: string): { status?: TriageStatus } | null {
  return useTriageView((s) => (s.editing?.findingId === findingId ? s.editing : null));
}
