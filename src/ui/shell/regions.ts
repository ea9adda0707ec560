import { editorStore } from "../../store/editorStore";
import { CANVAS_ID, focusCanvas } from "../canvas/canvasFocus";
import { focusPanelTab } from "./workspaceStore";
import { usePrefs } from "./prefsStore";

/** The workspace's regions, in the order F6 visits them and the skip links name them. */
export const REGIONS = ["palette", "canvas", "panel", "toolbar"] as const;
export type Region = (typeof REGIONS)[number];

export const PALETTE_PANE_ID = "tc-palette-pane";

export function focusRegion(region: Region): void {
  switch (region) {
    case "palette": {
      const pane = document.getElementById(PALETTE_PANE_ID);
      const item =
        pane?.querySelector<HTMLElement>(".tc-palette-item[tabindex='0']") ??
        pane?.querySelector<HTMLElement>("button");
      item?.focus();
      return;
    }
    case "canvas":
      focusCanvas(editorStore.getState().selection);
      return;
    case "panel":
      focusPanelTab(usePrefs.getState().panelTab);
      return;
    case "toolbar":
      document.querySelector<HTMLElement>(".tc-topbar button:not([disabled])")?.focus();
      return;
  }
}

export function regionOf(target: EventTarget | null): Region | null {
  if (!(target instanceof Element)) return null;
  if (target.closest(`#${PALETTE_PANE_ID}`)) return "palette";
  if (target.closest(`#${CANVAS_ID}`)) return "canvas";
  if (target.closest("#tc-panel")) return "panel";
  if (target.closest(".tc-topbar")) return "toolbar";
  return null;
}

/** F6 / Shift+F6: the next or previous region after the one holding focus. */
export function cycleRegion(from: EventTarget | null, backwards: boolean): void {
  const at = regionOf(from);
  const i = at === null ? (backwards ? 0 : -1) : REGIONS.indexOf(at);
  const next = REGIONS[(i + (backwards ? -1 : 1) + REGIONS.length) % REGIONS.length]!;
  focusRegion(next);
}
