import type { KeyboardEvent } from "react";
import type { Finding } from "../../engine/types";
import { isTriageable } from "../../engine/risk/triageable";
import { editorStore } from "../../store/editorStore";
import { chooseStatus } from "./actions";
import { EDIT_KEY, NEXT_UNTRIAGED_KEY, PICK_KEY, statusForKey } from "./statusKeys";
import { useTriageView } from "./triageView";

/** The rows of the list, in the order shown. */
function rows(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>("[data-finding-row]")];
}

/** Focus the next untriaged finding after `from` (wrapping), or the first one; false if none. */
export function focusNextUntriaged(list: HTMLElement, from: HTMLElement | null): boolean {
  const all = rows(list);
  const start = from ? all.indexOf(from) : -1;
  for (let step = 1; step <= all.length; step++) {
    const row = all[(start + step) % all.length]!;
    if (row.dataset.status === "open") {
      row.focus();
      row.scrollIntoView({ block: "nearest" });
      return true;
    }
  }
  return false;
}

/**
 * The triage keys, while focus is on a finding in the list (not in a field, a dialog, or the
 * decision editor): N next untriaged, a letter per status, E edit, X select. Plain letters only,
 * so canvas shortcuts (Delete, arrows, Escape, Ctrl/Cmd+key) are untouched. True when handled.
 */
export function handleTriageKey(
  event: KeyboardEvent<HTMLElement>,
  list: HTMLElement | null,
  findingById: (id: string) => Finding | undefined,
): boolean {
  if (!list || event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1)
    return false;
  const target = event.target as HTMLElement;
  if (target.closest("input, select, textarea, dialog, [role='dialog'], .tc-decision"))
    return false;
  const key = event.key.toLowerCase();
  const row = target.closest<HTMLElement>("[data-finding-row]");
  if (key === NEXT_UNTRIAGED_KEY) {
    event.preventDefault();
    if (!focusNextUntriaged(list, row)) {
      editorStore.getState().notify("info", "Every finding shown is triaged");
    }
    return true;
  }
  if (!row) return false;
  const finding = findingById(row.dataset.findingId ?? "");
  if (!finding || !isTriageable(finding)) return false;
  const status = statusForKey(key);
  if (status) {
    event.preventDefault();
    chooseStatus(finding, status);
    return true;
  }
  if (key === EDIT_KEY) {
    event.preventDefault();
    useTriageView.getState().edit(finding.id);
    return true;
  }
  if (key === PICK_KEY) {
    event.preventDefault();
    useTriageView.getState().togglePicked(finding.id);
    return true;
  }
  return false;
}
