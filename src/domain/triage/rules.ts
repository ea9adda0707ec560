import type { TriageStatus } from "../decisions";
import type { ThreatModel } from "../schema";
import { idsOf, type TriageTarget } from "./target";

/** Statuses that close a finding only with a reason. */
export const JUSTIFIED_STATUSES: readonly TriageStatus[] = [
  "accepted",
  "transferred",
  "notApplicable",
];

/** Statuses under which a finding can carry a residual risk. */
export const RESIDUAL_STATUSES: readonly TriageStatus[] = ["mitigated", "accepted", "transferred"];

/**
 * Mitigation records that cover a finding (under its id or an alias). A record the team decided
 * not to do covers nothing.
 */
export function coveringMitigations(
  doc: ThreatModel,
  target: Pick<TriageTarget, "id" | "aliases">,
): ThreatModel["mitigations"] {
  const ids = idsOf(target);
  return doc.mitigations.filter(
    (m) => m.status !== "wontDo" && m.findingIds.some((id) => ids.includes(id)),
  );
}

/**
 * Whether a status needs a justification: always for Accepted, Transferred and Not applicable;
 * for Mitigated when no mitigation record covers the finding (the record is the evidence).
 */
export function needsJustification(
  doc: ThreatModel,
  target: Pick<TriageTarget, "id" | "aliases">,
  status: TriageStatus,
): boolean {
  if (JUSTIFIED_STATUSES.includes(status)) return true;
  return status === "mitigated" && coveringMitigations(doc, target).length === 0;
}
