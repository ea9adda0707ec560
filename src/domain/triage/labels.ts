import type { MitigationStatus, TriageStatus } from "../decisions";

/** Words for the stored status codes, for messages and every view. */
export const STATUS_LABELS: Readonly<Record<TriageStatus, string>> = {
  open: "Open",
  needsInvestigation: "Needs investigation",
  mitigationInProgress: "Mitigation in progress",
  mitigated: "Mitigated",
  accepted: "Accepted",
  transferred: "Transferred",
  notApplicable: "Not applicable",
};

export const MITIGATION_STATUS_LABELS: Readonly<Record<MitigationStatus, string>> = {
  proposed: "Proposed",
  inProgress: "In progress",
  implemented: "Implemented",
  wontDo: "Won't do",
};
