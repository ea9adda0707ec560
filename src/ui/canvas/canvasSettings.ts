import { useSyncExternalStore } from "react";
import { minimapShown } from "../shell/layoutPrefs";
import { setPrefs, usePrefs } from "../shell/prefsStore";

function subscribeResize(onChange: () => void): () => void {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
}
const screenKey = () =>
  window.innerWidth >= 1600 && window.innerHeight >= 900 ? "large" : "small";

/** Whether the minimap is shown: the user's choice, or by default only on large screens. */
export function useShowMinimap(): boolean {
  const choice = usePrefs((s) => s.showMinimap);
  const screen = useSyncExternalStore(subscribeResize, screenKey, () => "small");
  return minimapShown(
    choice,
    screen === "large" ? { width: 1600, height: 900 } : { width: 0, height: 0 },
  );
}

export function useSnapToGrid(): boolean {
  return usePrefs((s) => s.snapToGrid);
}

export function toggleSnap(): void {
  setPrefs({ snapToGrid: !usePrefs.getState().snapToGrid });
}

/** Toggling makes the choice explicit, so it no longer follows the screen size. */
export function toggleMinimap(current: boolean): void {
  setPrefs({ showMinimap: !current });
}
