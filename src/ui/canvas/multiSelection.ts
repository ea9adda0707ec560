import { useCallback } from "react";
import { useStoreApi } from "@xyflow/react";

interface Modifiers {
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Shift, Ctrl or Cmd held: a click adds to (or takes from) the selection. */
export function addsToSelection(event: Modifiers): boolean {
  return event.shiftKey || event.ctrlKey || event.metaKey;
}

/**
 * React Flow's multi-selection flag, set from the pointer press or click itself instead of from
 * global key listeners (its multiSelectionKeyCode is off). React Flow reads the flag only when an
 * item is pressed, dragged or clicked; tracking the keys wrote its store on every press and
 * release of Ctrl / Cmd / Shift, and each write re-ran every node's and flow's store selector
 * and the visible-item scans: at 5,000 elements that was much of a Ctrl+Z. The handler runs in
 * the capture phase on the canvas, before React Flow's own pointer and click handlers.
 */
export function useMultiSelectionFromPointer(): (event: Modifiers) => void {
  const store = useStoreApi();
  return useCallback(
    (event: Modifiers) => {
      const active = addsToSelection(event);
      if (store.getState().multiSelectionActive !== active) {
        store.setState({ multiSelectionActive: active });
      }
    },
    [store],
  );
}
