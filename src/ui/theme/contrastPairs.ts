/**
 * Every colour token of a theme (the custom property is cssVariable(token)), and the pairs of
 * them drawn together. Used by the contrast test; nothing here ships in the page.
 */
export const TOKENS = [
  "bg",
  "panel",
  "surface",
  "fg",
  "muted",
  "border",
  "controlBorder",
  "accent",
  "accentHover",
  "accentFg",
  "accentSoft",
  "accentSoftFg",
  "focus",
  "danger",
  "dangerFg",
  "ok",
  "topbarBg",
  "topbarFg",
  "topbarBorder",
  "topbarHover",
  "topbarPressed",
  "warnBg",
  "warnFg",
  "warnBorder",
  "errorBg",
  "errorFg",
  "canvasBg",
  "dots",
  "flow",
  "process",
  "store",
  "entity",
  "boundary",
  "nodeBg",
  "storeBg",
  "entityBg",
  "boundaryFill",
  "zoneExternalFill",
  "labelBg",
  "labelBorder",
  "sevCritical",
  "sevHigh",
  "sevMedium",
  "sevLow",
  "sevInfo",
  "sevFg",
  "strideFg",
  "strideBg",
  "strideBorder",
  "linddunFg",
  "linddunBg",
  "linddunBorder",
  "questionBg",
  "questionFg",
  "questionBorder",
  "backdrop",
  "shadow",
] as const;
export type Token = (typeof TOKENS)[number];

/** "sevCritical" -> "--tc-sev-critical". */
export function cssVariable(token: Token): string {
  return `--tc-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Pairs drawn together: [foreground, background, what it is, minimum ratio]. Text needs 4.5:1
 * (WCAG AA); outlines, arrows, focus rings and control edges 3:1 (WCAG 1.4.11).
 */
export type ContrastPair = readonly [Token, Token, string, number];

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
