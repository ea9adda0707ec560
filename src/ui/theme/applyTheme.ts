import { useLayoutEffect, useSyncExternalStore } from "react";
import type { ThemeChoice } from "../shell/layoutPrefs";
import { usePrefs } from "../shell/prefsStore";
import type { ThemeName } from "./palettes";

const DARK = "(prefers-color-scheme: dark)";
const MORE_CONTRAST = "(prefers-contrast: more), (forced-colors: active)";

function matches(query: string): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(query).matches
    : false;
}

/** "System" follows the operating system: high contrast if asked for, else dark or light. */
export function resolveTheme(
  choice: ThemeChoice,
  system = { dark: false, contrast: false },
): ThemeName {
  if (choice !== "system") return choice;
  if (system.contrast) return "contrast";
  return system.dark ? "dark" : "light";
}

function subscribeSystem(onChange: () => void): () => void {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return () => {};
  const lists = [window.matchMedia(DARK), window.matchMedia(MORE_CONTRAST)];
  for (const l of lists) l.addEventListener("change", onChange);
  return () => lists.forEach((l) => l.removeEventListener("change", onChange));
}

const systemKey = () =>
  `${matches(DARK) ? "dark" : "light"}:${matches(MORE_CONTRAST) ? "more" : "no"}`;

/** The theme in effect now. */
export function useTheme(): ThemeName {
  const choice = usePrefs((s) => s.theme);
  const key = useSyncExternalStore(subscribeSystem, systemKey, () => "light:no");
  return resolveTheme(choice, { dark: key.startsWith("dark"), contrast: key.endsWith("more") });
}

/** Switch the theme: its colours are the custom properties of src/ui/styles/themes.css. */
export function applyTheme(theme: ThemeName, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}

/** Keep the root element on the theme in effect (set before paint, so nothing flashes). */
export function useAppliedTheme(): ThemeName {
  const theme = useTheme();
  useLayoutEffect(() => applyTheme(theme), [theme]);
  return theme;
}
