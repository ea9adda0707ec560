import { useMemo } from "react";
import type { ThreatModel } from "../../domain/schema";
import type { Finding } from "../../engine/types";
import { useEditor } from "../../store/editorStore";
import { useThreats } from "../findings/useFindings";
import { clampIndex, planQueue, scoringQueue } from "./phaseQueues";
import { useWorkshopUi, type QueuePhase } from "./workshopUi";

export interface QueueView {
  phase: QueuePhase;
  doc: ThreatModel;
  /** The findings of the phase, one at a time (effective figures: the team's scores). */
  findings: readonly Finding[];
  index: number;
  /** The finding shown; null when the queue is empty. */
  finding: Finding | null;
}

/**
 * The scoring or the mitigation phase's queue of findings and where the room stands in it. The
 * queue depends on the findings and their statuses; its order does not move as they are scored.
 */
export function usePhaseQueue(phase: QueuePhase | null): QueueView | null {
  const doc = useEditor((s) => s.doc);
  const triage = doc?.triage;
  const threats = useThreats();
  const at = useWorkshopUi((s) => (phase ? s.queueIndex[phase] : 0));
  const findings = useMemo(
    () =>
      !doc || !phase
        ? []
        : phase === "scoring"
          ? scoringQueue(doc, threats.findings)
          : planQueue(doc, threats.findings),
    // The queue follows the findings and their decisions, not every edit of the document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [phase, threats, triage],
  );
  if (!doc || !phase) return null;
  const index = clampIndex(at, findings.length);
  return { phase, doc, findings, index, finding: findings[index] ?? null };
}

/** Move to another finding of the queue (kept inside it). */
export function moveInQueue(view: QueueView, by: number): void {
  useWorkshopUi
    .getState()
    .setQueueIndex(view.phase, clampIndex(view.index + by, view.findings.length));
}
