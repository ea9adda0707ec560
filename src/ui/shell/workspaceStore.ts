import { create } from "zustand";
import type { Size, Point } from "../../domain/schema";
import type { PanelTab } from "./layoutPrefs";

/** A boundary being resized from the keyboard: the size it had, and the one shown now. */
export interface KeyboardResize {
  id: string;
  original: Size;
  position: Point;
  size: Size;
}

/**
 * Transient state of the workspace that is neither the document nor a saved preference: which
 * dialog is open, a keyboard resize in progress, and requests to move focus into a region.
 */
interface WorkspaceState {
  /** The element a keyboard-started flow comes from (the "Connect to…" dialog is open). */
  connectFrom: string | null;
  resize: KeyboardResize | null;
  /** Bumped to ask the side panel to show a tab and move focus into it. */
  panelFocus: { tab: PanelTab; seq: number } | null;
  shortcutsOpen: boolean;
  /** The canvas item (node or flow) holding keyboard focus, if any. */
  focusedItem: string | null;
  /** What a keyboard action just did, read out by a live region. */
  announcement: { text: string; seq: number } | null;
}

export const useWorkspace = create<WorkspaceState>()(() => ({
  connectFrom: null,
  resize: null,
  panelFocus: null,
  shortcutsOpen: false,
  focusedItem: null,
  announcement: null,
}));

let seq = 0;

export function focusPanelTab(tab: PanelTab): void {
  useWorkspace.setState({ panelFocus: { tab, seq: ++seq } });
}

export function announce(text: string): void {
  useWorkspace.setState({ announcement: { text, seq: ++seq } });
}

export function openConnect(fromId: string | null): void {
  useWorkspace.setState({ connectFrom: fromId });
}

export function setKeyboardResize(resize: KeyboardResize | null): void {
  useWorkspace.setState({ resize });
}

export function setShortcutsOpen(open: boolean): void {
  useWorkspace.setState({ shortcutsOpen: open });
}
