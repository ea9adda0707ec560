import { textWidth } from "./textMetrics";

/** The key under the diagram: what each shape and line means. */

export type LegendSymbol =
  "process" | "dataStore" | "externalEntity" | "trustBoundary" | "flow" | "bidirectional" | "badge";

export interface LegendItem {
  symbol: LegendSymbol;
  label: string;
  /** Top-left of the symbol's 28 x 18 box; the label starts 36 to the right. */
  x: number;
  y: number;
}

export interface Legend {
  x: number;
  y: number;
  width: number;
  height: number;
  items: LegendItem[];
}

export const LEGEND_FONT = 11;
export const SYMBOL_WIDTH = 28;
export const SYMBOL_HEIGHT = 18;
const GAP = 8;
const ITEM_GAP = 22;
const ROW = 26;

const ITEMS: ReadonlyArray<{ symbol: LegendSymbol; label: string }> = [
  { symbol: "process", label: "Process" },
  { symbol: "dataStore", label: "Data store" },
  { symbol: "externalEntity", label: "External entity" },
  { symbol: "trustBoundary", label: "Trust boundary" },
  { symbol: "flow", label: "Data flow" },
  { symbol: "bidirectional", label: "Both ways" },
];

export function buildLegend(options: {
  x: number;
  y: number;
  maxWidth: number;
  withBadges: boolean;
}): Legend {
  const entries = options.withBadges
    ? [...ITEMS, { symbol: "badge" as const, label: "Open findings (colour: highest severity)" }]
    : ITEMS;
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  let width = 0;
  for (const entry of entries) {
    const itemWidth = SYMBOL_WIDTH + GAP + textWidth(entry.label, LEGEND_FONT);
    if (x > 0 && x + itemWidth > options.maxWidth) {
      row += 1;
      x = 0;
    }
    items.push({ ...entry, x: options.x + x, y: options.y + row * ROW });
    width = Math.max(width, x + itemWidth);
    x += itemWidth + ITEM_GAP;
  }
  return {
    x: options.x,
    y: options.y,
    width,
    height: (row + 1) * ROW - (ROW - SYMBOL_HEIGHT),
    items,
  };
}
