import type { Severity } from "../../engine/types";
import type { ZoneKind } from "../../domain/schema";

/** Colours of the diagram, the same as the canvas's (src/ui/theme.css). */
export const COLORS = {
  text: "#0f172a",
  muted: "#475569",
  flow: "#1e293b",
  process: "#1d4ed8",
  processFill: "#ffffff",
  store: "#047857",
  storeFill: "#f0fdf4",
  entity: "#334155",
  entityFill: "#f1f5f9",
  boundary: "#b45309",
  boundaryFill: "#fffbeb",
  externalZoneFill: "#fef2f2",
  labelFill: "#ffffff",
} as const;

export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: "#7f1d1d",
  high: "#b91c1c",
  medium: "#b45309",
  low: "#1d4ed8",
  info: "#475569",
};

export function boundaryFill(zone: ZoneKind): string {
  return zone === "external" ? COLORS.externalZoneFill : COLORS.boundaryFill;
}

export const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Noto Sans', Arial, sans-serif";
export const STROKE = { node: 2.5, boundary: 2, flow: 1.6 } as const;
export const BOUNDARY_DASH = [8, 5] as const;
export const OUT_OF_SCOPE_OPACITY = 0.55;
