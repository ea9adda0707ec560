import { useMemo } from "react";
import type { ThreatModel } from "../../domain/schema";
import { staleDecisions, type StaleDecision } from "../../engine/risk/stale";
import type { EvaluationResult } from "../../engine/types";
import { useEditor } from "../../store/editorStore";
import { useThreats } from "../findings/useFindings";
import { threatsOf } from "./threats";

let countFrom: { threats: EvaluationResult; triage: ThreatModel["triage"] } | null = null;
let lastCount = 0;

/** How many decisions no longer apply; recounted only when findings or decisions change. */
export function staleCountOf(doc: ThreatModel): number {
  const threats = threatsOf(doc);
  if (!countFrom || countFrom.threats !== threats || countFrom.triage !== doc.triage) {
    lastCount = staleDecisions(doc, threats.findings, threats.questions).length;
    countFrom = { threats, triage: doc.triage };
  }
  return lastCount;
}

/** The count, for a tab's label: re-renders the caller only when the number changes. */
export function useStaleCount(): number {
  return useEditor((s) => (s.doc ? staleCountOf(s.doc) : 0));
}

/** The decisions that no longer apply, for the view that lists them. */
export function useStale(): StaleDecision[] {
  const threats = useThreats();
  const doc = useEditor((s) => s.doc);
  const triage = doc?.triage;
  return useMemo(
    () => (doc ? staleDecisions(doc, threats.findings, threats.questions) : []),
    // Depends on the findings and the decisions only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [threats, triage, doc?.customThreats],
  );
}
