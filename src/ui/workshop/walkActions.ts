import { editorStore } from "../../store/editorStore";
import { workshopCommands } from "../../store/workshopCommands";
import { buildTargetIndex, nameOf } from "../findings/targets";
import { stripItemsFor } from "./stripItems";
import type { WalkView } from "./useWalk";
import { useWorkshopUi } from "./workshopUi";

/**
 * Moving through the walk: item by item within a step, step by step through the model. Leaving a
 * step forward marks it walked (one undo step, named after it); going back never unmarks.
 */
export function stepLabel(view: WalkView, id: string): string {
  return nameOf(buildTargetIndex(view.doc), id);
}

export function markStepWalked(view: WalkView): void {
  const step = view.step;
  if (!step || view.doc.workshop.walked.includes(step.id)) return;
  editorStore.getState().execute(workshopCommands.markWalked([step.id], stepLabel(view, step.id)));
}

export function nextStep(view: WalkView): void {
  if (!view.step) return;
  markStepWalked(view);
  useWorkshopUi.getState().goToStep(view.stepIndex + 1);
}

export function previousStep(view: WalkView, atLastItem = false): void {
  if (view.stepIndex === 0) return;
  const index = view.stepIndex - 1;
  const previous = view.steps[index];
  const items =
    previous && atLastItem ? stripItemsFor(previous.id, view.threats, view.prompts) : [];
  useWorkshopUi.getState().goToStep(index, Math.max(0, items.length - 1));
}

export function nextItem(view: WalkView): void {
  if (view.step && view.itemIndex < view.items.length - 1) {
    useWorkshopUi.getState().setItem(view.itemIndex + 1);
  } else {
    nextStep(view);
  }
}

export function previousItem(view: WalkView): void {
  if (view.step && view.itemIndex > 0) useWorkshopUi.getState().setItem(view.itemIndex - 1);
  else previousStep(view, true);
}

export function goToStepOf(view: WalkView, id: string): boolean {
  const index = view.steps.findIndex((s) => s.id === id);
  if (index === -1 || index === view.stepIndex) return false;
  useWorkshopUi.getState().goToStep(index);
  return true;
}
