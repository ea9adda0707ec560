import { create } from "zustand";
import { DEFAULT_PREFS, readPrefs, type LayoutPrefs } from "./layoutPrefs";

export const PREFS_KEY = "threatcanvas.workspace.v1";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // Storage disabled by the browser: preferences last for the page only.
  }
}

function load(): LayoutPrefs {
  try {
    return readPrefs(storage()?.getItem(PREFS_KEY) ?? null);
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

interface PrefsState extends LayoutPrefs {
  set(patch: Partial<LayoutPrefs>): void;
}

/** The workspace preferences of this browser; every change is written back at once. */
export const usePrefs = create<PrefsState>()((set) => ({
  ...load(),
  set: (patch) => set(patch),
}));

usePrefs.subscribe((state) => {
  const { set: _set, ...prefs } = state;
  try {
    storage()?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Quota or privacy mode: the preference still holds for this page.
  }
});

/** Another tab changed the preferences: follow it. */
if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key === PREFS_KEY) usePrefs.setState(readPrefs(event.newValue));
  });
}

export function setPrefs(patch: Partial<LayoutPrefs>): void {
  usePrefs.getState().set(patch);
}
