import { TRIAGE_STATUSES, type TriageStatus } from "../../domain/decisions";

/**
 * Keys that act on the focused finding in the threats list (and only there: canvas shortcuts
 * use Delete, Backspace, arrows, Escape and Ctrl/Cmd combinations, never a plain letter).
 */
export const STATUS_KEYS: Readonly<Record<TriageStatus, string>> = {
  open: "o",
  needsInvestigation: "i",
  mitigationInProgress: "p",
  mitigated: "m",
  accepted: "a",
  transferred: "t",
  notApplicable: "f",
};

export const NEXT_UNTRIAGED_KEY = "n";
export const EDIT_KEY = "e";
export const PICK_KEY = "x";

const BY_KEY = new Map<string, TriageStatus>(TRIAGE_STATUSES.map((s) => [STATUS_KEYS[s], s]));

export function statusForKey(key: string): TriageStatus | undefined {
  return BY_KEY.get(key.toLowerCase());
}

/** A one-line reminder of the keys, for the list. */
export const KEY_HINTS: ReadonlyArray<readonly [string, string]> = [
  [NEXT_UNTRIAGED_KEY, "next untriaged"],
  [STATUS_KEYS.needsInvestigation, "investigate"],
  [STATUS_KEYS.mitigationInProgress, "in progress"],
  [STATUS_KEYS.mitigated, "mitigated"],
  [STATUS_KEYS.accepted, "accept"],
  [STATUS_KEYS.transferred, "transfer"],
  [STATUS_KEYS.notApplicable, "not applicable"],
  [STATUS_KEYS.open, "reopen"],
  [EDIT_KEY, "edit"],
  [PICK_KEY, "select"],
];
