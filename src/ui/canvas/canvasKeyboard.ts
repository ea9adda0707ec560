import type { FocusEvent, KeyboardEvent } from "react";
import { editorStore } from "../../store/editorStore";
import { focusRegion } from "../shell/regions";
import { focusPanelTab, useWorkspace } from "../shell/workspaceStore";
import {
  CANVAS_ID,
  canvasEntryItem,
  focusCanvas,
  focusCanvasItem,
  itemIdOf,
  moveCanvasFocus,
  rememberFocus,
} from "./canvasFocus";
import { isKeyboardResizing } from "./keyboardResize";

/**
 * Keys on the canvas's items (nodes and flows), on top of the app-wide shortcuts: the canvas is
 * one Tab stop, Enter / Space select (Shift or Ctrl/Cmd to add), Enter on the only selected
 * item edits it in the Inspector, arrows move focus while nothing is selected. Focus entering
 * the canvas lands on the selection, or where it last was, or the first item in reading order.
 */
export function onCanvasKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
  const id = itemIdOf(event.target);
  if (id === null || isKeyboardResizing()) return;
  const state = editorStore.getState();
  if (event.key === "Tab") {
    // The canvas is one Tab stop: Tab goes on to the zoom controls, Shift+Tab back to the palette.
    event.preventDefault();
    if (event.shiftKey) focusRegion("palette");
    else {
      const next = document.querySelector<HTMLElement>(
        `#${CANVAS_ID} .react-flow__controls button`,
      );
      if (next) next.focus();
      else focusRegion("panel");
    }
    return;
  }
  if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    const selected = state.selection.includes(id);
    if (event.shiftKey || event.ctrlKey || event.metaKey) {
      state.select(selected ? state.selection.filter((s) => s !== id) : [...state.selection, id]);
    } else if (event.key === "Enter" && selected && state.selection.length === 1) {
      focusPanelTab("inspector");
    } else {
      state.select([id]);
    }
    return;
  }
  if (event.key === "Delete" || event.key === "Backspace") {
    // The shortcut deletes the focused item; focus then stays on the canvas, not the page.
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (
        !active ||
        active === document.body ||
        !document.getElementById(CANVAS_ID)?.contains(active)
      ) {
        focusCanvas(editorStore.getState().selection);
      }
    });
    return;
  }
  if (event.key.startsWith("Arrow") && state.selection.length === 0 && !event.altKey) {
    event.preventDefault();
    const direction = event.key.slice(5).toLowerCase() as "up" | "down" | "left" | "right";
    moveCanvasFocus(id, direction);
  }
}

export function onCanvasFocus(event: FocusEvent<HTMLDivElement>): void {
  const id = itemIdOf(event.target);
  if (id === null) return;
  const from = event.relatedTarget;
  const enteringFromOutside = !(from instanceof Node) || itemIdOf(from) === null;
  if (enteringFromOutside) {
    // Tab into the canvas lands on the selection (else where focus last was, else the first
    // item in reading order), not on whichever flow comes first in the DOM.
    const wanted = canvasEntryItem(editorStore.getState().selection);
    if (wanted !== null && wanted !== id) {
      focusCanvasItem(wanted);
      return;
    }
  }
  rememberFocus(id);
  useWorkspace.setState({ focusedItem: id });
}

export function onCanvasBlur(event: FocusEvent<HTMLDivElement>): void {
  if (itemIdOf(event.target) !== null) useWorkspace.setState({ focusedItem: null });
}

const handlers = { onKeyDown: onCanvasKeyDown, onFocus: onCanvasFocus, onBlur: onCanvasBlur };

/** The canvas wrapper's key and focus handlers (stable: module functions). */
export function useCanvasKeyboard(): typeof handlers {
  return handlers;
}
