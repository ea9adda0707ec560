/**
 * The colours of each theme, as CSS custom properties (set on the root element by applyTheme).
 * This file is the one source: the stylesheets only refer to the variables, and the contrast
 * test (contrast.test.ts) checks every pair of them that is drawn together.
 */
export const THEME_NAMES = ["light", "dark", "contrast"] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export const THEME_LABELS: Record<ThemeName, string> = {
  light: "Light",
  dark: "Dark",
  contrast: "High contrast",
};

export interface Palette {
  /** Page and panels. */
  bg: string;
  panel: string;
  surface: string;
  fg: string;
  muted: string;
  border: string;
  /** Edges of inputs, selects and buttons (non-text contrast against the panel). */
  controlBorder: string;
  accent: string;
  accentHover: string;
  accentFg: string;
  accentSoft: string;
  accentSoftFg: string;
  focus: string;
  danger: string;
  dangerFg: string;
  ok: string;
  /** Top bar. */
  topbarBg: string;
  topbarFg: string;
  topbarBorder: string;
  topbarHover: string;
  topbarPressed: string;
  /** Banners (a warning across the top). */
  warnBg: string;
  warnFg: string;
  warnBorder: string;
  errorBg: string;
  errorFg: string;
  /** Canvas. */
  canvasBg: string;
  dots: string;
  flow: string;
  process: string;
  store: string;
  entity: string;
  boundary: string;
  nodeBg: string;
  storeBg: string;
  entityBg: string;
  boundaryFill: string;
  zoneExternalFill: string;
  labelBg: string;
  labelBorder: string;
  /** Severity chips and count badges (text in sevFg). */
  sevCritical: string;
  sevHigh: string;
  sevMedium: string;
  sevLow: string;
  sevInfo: string;
  sevFg: string;
  /** Framework chips. */
  strideFg: string;
  strideBg: string;
  strideBorder: string;
  linddunFg: string;
  linddunBg: string;
  linddunBorder: string;
  /** Open questions. */
  questionBg: string;
  questionFg: string;
  questionBorder: string;
  backdrop: string;
  shadow: string;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    bg: "#f8fafc",
    panel: "#ffffff",
    surface: "#f1f5f9",
    fg: "#0f172a",
    muted: "#475569",
    border: "#cbd5e1",
    controlBorder: "#64748b",
    accent: "#1d4ed8",
    accentHover: "#1e40af",
    accentFg: "#ffffff",
    accentSoft: "#dbeafe",
    accentSoftFg: "#1e3a8a",
    focus: "#c2410c",
    danger: "#b91c1c",
    dangerFg: "#ffffff",
    ok: "#047857",
    topbarBg: "#0f172a",
    topbarFg: "#f8fafc",
    topbarBorder: "#64748b",
    topbarHover: "#1e293b",
    topbarPressed: "#1e40af",
    warnBg: "#fef3c7",
    warnFg: "#78350f",
    warnBorder: "#b45309",
    errorBg: "#fee2e2",
    errorFg: "#7f1d1d",
    canvasBg: "#f8fafc",
    dots: "#94a3b8",
    flow: "#1e293b",
    process: "#1d4ed8",
    store: "#047857",
    entity: "#334155",
    boundary: "#b45309",
    nodeBg: "#ffffff",
    storeBg: "#f0fdf4",
    entityBg: "#f1f5f9",
    boundaryFill: "#fefcf3",
    zoneExternalFill: "#fdf6f6",
    labelBg: "#ffffff",
    labelBorder: "#64748b",
    sevCritical: "#7f1d1d",
    sevHigh: "#b91c1c",
    sevMedium: "#b45309",
    sevLow: "#1d4ed8",
    sevInfo: "#475569",
    sevFg: "#ffffff",
    strideFg: "#1e3a8a",
    strideBg: "#eff6ff",
    strideBorder: "#3b82f6",
    linddunFg: "#581c87",
    linddunBg: "#faf5ff",
    linddunBorder: "#a855f7",
    questionBg: "#e2e8f0",
    questionFg: "#0f172a",
    questionBorder: "#64748b",
    backdrop: "rgba(15, 23, 42, 0.55)",
    shadow: "rgba(0, 0, 0, 0.3)",
  },
  dark: {
    bg: "#0b1220",
    panel: "#111827",
    surface: "#1f2937",
    fg: "#e5e7eb",
    muted: "#a3adbb",
    border: "#374151",
    controlBorder: "#7b8494",
    accent: "#60a5fa",
    accentHover: "#93c5fd",
    accentFg: "#0b1220",
    accentSoft: "#1e3a5f",
    accentSoftFg: "#dbeafe",
    focus: "#fbbf24",
    danger: "#f87171",
    dangerFg: "#0b1220",
    ok: "#34d399",
    topbarBg: "#020617",
    topbarFg: "#f1f5f9",
    topbarBorder: "#64748b",
    topbarHover: "#1e293b",
    topbarPressed: "#1e3a8a",
    warnBg: "#422006",
    warnFg: "#fde68a",
    warnBorder: "#d97706",
    errorBg: "#450a0a",
    errorFg: "#fecaca",
    canvasBg: "#0b1220",
    dots: "#475569",
    flow: "#cbd5e1",
    process: "#60a5fa",
    store: "#34d399",
    entity: "#cbd5e1",
    boundary: "#fbbf24",
    nodeBg: "#111827",
    storeBg: "#0f1f1a",
    entityBg: "#1a2230",
    boundaryFill: "#14140f",
    zoneExternalFill: "#1a1012",
    labelBg: "#111827",
    labelBorder: "#7b8494",
    sevCritical: "#fca5a5",
    sevHigh: "#f87171",
    sevMedium: "#fbbf24",
    sevLow: "#93c5fd",
    sevInfo: "#cbd5e1",
    sevFg: "#0b1220",
    strideFg: "#bfdbfe",
    strideBg: "#172554",
    strideBorder: "#60a5fa",
    linddunFg: "#e9d5ff",
    linddunBg: "#2e1065",
    linddunBorder: "#c084fc",
    questionBg: "#334155",
    questionFg: "#f1f5f9",
    questionBorder: "#94a3b8",
    backdrop: "rgba(0, 0, 0, 0.65)",
    shadow: "rgba(0, 0, 0, 0.6)",
  },
  contrast: {
    bg: "#000000",
    panel: "#000000",
    surface: "#1a1a1a",
    fg: "#ffffff",
    muted: "#e6e6e6",
    border: "#ffffff",
    controlBorder: "#ffffff",
    accent: "#ffff00",
    accentHover: "#ffff80",
    accentFg: "#000000",
    accentSoft: "#333300",
    accentSoftFg: "#ffffff",
    focus: "#00ffff",
    danger: "#ff8080",
    dangerFg: "#000000",
    ok: "#80ff80",
    topbarBg: "#000000",
    topbarFg: "#ffffff",
    topbarBorder: "#ffffff",
    topbarHover: "#333333",
    topbarPressed: "#333300",
    warnBg: "#000000",
    warnFg: "#ffff00",
    warnBorder: "#ffff00",
    errorBg: "#000000",
    errorFg: "#ff8080",
    canvasBg: "#000000",
    dots: "#808080",
    flow: "#ffffff",
    process: "#80d0ff",
    store: "#80ff80",
    entity: "#ffffff",
    boundary: "#ffb000",
    nodeBg: "#000000",
    storeBg: "#000000",
    entityBg: "#000000",
    boundaryFill: "#000000",
    zoneExternalFill: "#000000",
    labelBg: "#000000",
    labelBorder: "#ffffff",
    sevCritical: "#ff8080",
    sevHigh: "#ffa060",
    sevMedium: "#ffe040",
    sevLow: "#80d0ff",
    sevInfo: "#e6e6e6",
    sevFg: "#000000",
    strideFg: "#ffffff",
    strideBg: "#000000",
    strideBorder: "#80d0ff",
    linddunFg: "#ffffff",
    linddunBg: "#000000",
    linddunBorder: "#ff80ff",
    questionBg: "#000000",
    questionFg: "#ffffff",
    questionBorder: "#ffffff",
    backdrop: "rgba(0, 0, 0, 0.8)",
    shadow: "rgba(255, 255, 255, 0.25)",
  },
};

/** "sevCritical" -> "--tc-sev-critical". */
export function cssVariable(token: keyof Palette): string {
  return `--tc-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Pairs drawn together: [foreground, background, what it is, minimum ratio]. Text needs 4.5:1
 * (WCAG AA); outlines, arrows, focus rings and control edges 3:1 (WCAG 1.4.11).
 */
export type ContrastPair = readonly [keyof Palette, keyof Palette, string, number];

const TEXT = 4.5;
const GRAPHIC = 3;

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  // Canvas: names, kind labels and zone text on every node background.
  ["fg", "nodeBg", "element name on a process", TEXT],
  ["fg", "storeBg", "element name on a data store", TEXT],
  ["fg", "entityBg", "element name on an external entity", TEXT],
  ["muted", "nodeBg", "ML kind label on a process", TEXT],
  ["muted", "storeBg", "ML kind label on a data store", TEXT],
  ["muted", "entityBg", "ML kind label on an external entity", TEXT],
  ["boundary", "boundaryFill", "boundary name", TEXT],
  ["boundary", "zoneExternalFill", "external zone name", TEXT],
  ["muted", "boundaryFill", "zone and trust level", TEXT],
  ["muted", "zoneExternalFill", "external zone's trust level", TEXT],
  ["fg", "labelBg", "flow label", TEXT],
  ["accent", "labelBg", "selected flow label", TEXT],
  // Canvas: outlines and arrows against what is around them.
  ["process", "canvasBg", "process outline", GRAPHIC],
  ["store", "canvasBg", "data store lines", GRAPHIC],
  ["entity", "canvasBg", "external entity outline", GRAPHIC],
  ["boundary", "canvasBg", "boundary outline", GRAPHIC],
  ["process", "boundaryFill", "process outline in a boundary", GRAPHIC],
  ["store", "boundaryFill", "data store lines in a boundary", GRAPHIC],
  ["entity", "zoneExternalFill", "external entity outline in the external zone", GRAPHIC],
  ["flow", "canvasBg", "flow line and arrowhead", GRAPHIC],
  ["flow", "boundaryFill", "flow line in a boundary", GRAPHIC],
  ["accent", "canvasBg", "selection ring and selected flow", GRAPHIC],
  ["focus", "canvasBg", "focus ring on the canvas", GRAPHIC],
  ["focus", "boundaryFill", "focus ring in a boundary", GRAPHIC],
  ["labelBorder", "canvasBg", "flow label edge", GRAPHIC],
  // Count badges and severity chips.
  ["sevFg", "sevCritical", "critical badge", TEXT],
  ["sevFg", "sevHigh", "high badge", TEXT],
  ["sevFg", "sevMedium", "medium badge", TEXT],
  ["sevFg", "sevLow", "low badge", TEXT],
  ["sevFg", "sevInfo", "info badge", TEXT],
  // Panels.
  ["fg", "panel", "panel text", TEXT],
  ["muted", "panel", "secondary panel text", TEXT],
  ["fg", "surface", "text on a subtle surface", TEXT],
  ["muted", "surface", "secondary text on a subtle surface", TEXT],
  ["fg", "bg", "page text", TEXT],
  ["accent", "panel", "links and selected tab", TEXT],
  ["accentFg", "accent", "primary button", TEXT],
  ["accentSoftFg", "accentSoft", "scope chip", TEXT],
  ["danger", "panel", "error text", TEXT],
  ["dangerFg", "danger", "error notice", TEXT],
  ["controlBorder", "panel", "input and button edges", GRAPHIC],
  ["focus", "panel", "focus ring in a panel", GRAPHIC],
  ["strideFg", "strideBg", "STRIDE chip", TEXT],
  ["linddunFg", "linddunBg", "LINDDUN chip", TEXT],
  ["questionFg", "questionBg", "question chip", TEXT],
  ["warnFg", "warnBg", "warning banner", TEXT],
  ["errorFg", "errorBg", "error banner", TEXT],
  ["topbarFg", "topbarBg", "top bar text", TEXT],
  ["topbarFg", "topbarHover", "top bar button under the pointer", TEXT],
  ["topbarFg", "topbarPressed", "pressed top bar button", TEXT],
  ["topbarBorder", "topbarBg", "top bar button edges", GRAPHIC],
  ["focus", "topbarBg", "focus ring in the top bar", GRAPHIC],
];
