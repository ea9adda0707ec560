import { isTypingTarget } from "./presentStore";
import { moveInQueue, type QueueView } from "./usePhaseQueue";
import type { WalkView } from "./useWalk";
import { nextItem, nextStep, previousItem, previousStep } from "./walkActions";

/** Keys of the editor that change the diagram: not while presenting (nothing is selected to nudge). */
const EDITING_KEYS = new Set([
  "Delete",
  "Backspace",
  "ArrowUp",
  "ArrowDown",
  "c",
  "C",
  "r",
  "R",
  "l",
  "L",
]);

/**
 * Presentation mode's keys, heard before the editor's: → / PageDown the next item (in the walk,
 * Shift: the next step; in scoring and mitigations, the next finding), ← / PageUp back, Escape
 * leaves. Keys typed in a field or a dialog are theirs.
 */
export function presentationKeyHandler(
  current: () => { view: WalkView | null; walking: boolean; queue: QueueView | null },
  exit: () => void,
) {
  return (event: KeyboardEvent) => {
    if (event.defaultPrevented || isTypingTarget(event.target)) return;
    const { view, walking, queue } = current();
    const modified = event.ctrlKey || event.metaKey || event.altKey;
    const forward = event.key === "ArrowRight" || event.key === "PageDown";
    const back = event.key === "ArrowLeft" || event.key === "PageUp";
    if ((forward || back) && !modified) {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (queue) {
        moveInQueue(queue, forward ? 1 : -1);
        return;
      }
      if (!walking || !view) return;
      if (forward) (event.shiftKey ? nextStep : nextItem)(view);
      else if (event.shiftKey) previousStep(view);
      else previousItem(view);
      return;
    }
    if (event.key === "Escape" && !modified) {
      event.preventDefault();
      event.stopImmediatePropagation();
      exit();
      return;
    }
    if (!modified && EDITING_KEYS.has(event.key)) event.stopImmediatePropagation();
    if ((event.ctrlKey || event.metaKey) && ["a", "d"].includes(event.key.toLowerCase())) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
}
