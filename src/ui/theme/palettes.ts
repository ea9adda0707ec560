/** The themes; their colours are custom properties in src/ui/styles/themes.css. */
export const THEME_NAMES = ["light", "dark", "contrast"] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export const THEME_LABELS: Record<ThemeName, string> = {
  light: "Light",
  dark: "Dark",
  contrast: "High contrast",
};
