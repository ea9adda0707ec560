import type { DecisionLogEntry } from "../decisions";

/** What caused a logged decision, in words (the log stores the code). */
export const DECISION_VIA_LABELS: Readonly<Record<DecisionLogEntry["via"], string>> = {
  triage: "by hand",
  bulk: "bulk change",
  mitigation: "mitigation implemented",
  assumption: "assumption invalid",
  walk: "guided walk",
  import: "import",
};
