import { z } from "zod";

/**
 * How this browser lays out the workspace: palette rail or full palette, the side panel's
 * tab, width and whether it is open, the minimap, snapping and the theme. Kept per browser
 * (localStorage: a few hundred bytes, read synchronously so the first frame is already right),
 * never in a model.
 */
export const PANEL_TABS = ["inspector", "threats", "questions", "summary"] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export const THEMES = ["system", "light", "dark", "contrast"] as const;
export type ThemeChoice = (typeof THEMES)[number];

export const THREAT_SCOPES = ["model", "selection"] as const;
export type ThreatScope = (typeof THREAT_SCOPES)[number];

export const PANEL_WIDTH = Object.freeze({ min: 300, default: 380, max: 720 });
/** The canvas keeps at least this much width whatever the panel asks for. */
export const MIN_CANVAS_WIDTH = 420;

export interface LayoutPrefs {
  paletteExpanded: boolean;
  panelOpen: boolean;
  panelWidth: number;
  panelTab: PanelTab;
  /** null: not chosen yet, so it follows the screen size (off on small screens). */
  showMinimap: boolean | null;
  snapToGrid: boolean;
  theme: ThemeChoice;
  /** What the Threats tab lists: the whole model or the selection. */
  threatScope: ThreatScope;
}

export const DEFAULT_PREFS: Readonly<LayoutPrefs> = Object.freeze({
  paletteExpanded: false,
  panelOpen: true,
  panelWidth: PANEL_WIDTH.default,
  panelTab: "threats",
  showMinimap: null,
  snapToGrid: true,
  theme: "system",
  threatScope: "model",
});

const FIELDS = {
  paletteExpanded: z.boolean(),
  panelOpen: z.boolean(),
  panelWidth: z.number().finite(),
  panelTab: z.enum(PANEL_TABS),
  showMinimap: z.boolean().nullable(),
  snapToGrid: z.boolean(),
  theme: z.enum(THEMES),
  threatScope: z.enum(THREAT_SCOPES),
} satisfies Record<keyof LayoutPrefs, z.ZodType>;

/**
 * Preferences from their stored text. Each field is read on its own: one that is missing or
 * invalid (an older version, a hand edit) falls back to its default without losing the others.
 */
export function readPrefs(text: string | null): LayoutPrefs {
  let raw: unknown = null;
  try {
    raw = text === null ? null : JSON.parse(text);
  } catch {
    raw = null;
  }
  const record = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const prefs: Record<string, unknown> = { ...DEFAULT_PREFS };
  for (const key of Object.keys(FIELDS) as Array<keyof LayoutPrefs>) {
    const parsed = FIELDS[key].safeParse(record[key]);
    if (parsed.success) prefs[key] = parsed.data;
  }
  const result = prefs as unknown as LayoutPrefs;
  return { ...result, panelWidth: clampPanelWidth(result.panelWidth, Infinity) };
}

/** A panel width within bounds, leaving the canvas at least MIN_CANVAS_WIDTH of `available`. */
export function clampPanelWidth(wanted: number, available: number): number {
  const max = Math.max(PANEL_WIDTH.min, Math.min(PANEL_WIDTH.max, available - MIN_CANVAS_WIDTH));
  if (!Number.isFinite(wanted)) return wanted > 0 ? max : PANEL_WIDTH.min;
  return Math.round(Math.min(max, Math.max(PANEL_WIDTH.min, wanted)));
}

/** The minimap is shown unasked only where there is room for it: 1600 x 900 and up. */
export function minimapShown(choice: boolean | null, screen: { width: number; height: number }) {
  if (choice !== null) return choice;
  return screen.width >= 1600 && screen.height >= 900;
}
