import type { Severity } from "../../engine/types";
import { SEVERITY_COLORS } from "../svg/style";

/** Type sizes, colours and page geometry of the PDF report (points; A4). */
export const PAGE = { margin: 54, headerY: 26, footerFromBottom: 34 } as const;

export const SIZE = {
  title: 26,
  h1: 18,
  h2: 14,
  h3: 11.5,
  body: 9.5,
  small: 8,
  table: 8.5,
} as const;

export const COLOR = {
  text: "#0f172a",
  muted: "#475569",
  rule: "#cbd5e1",
  accent: "#1d4ed8",
  link: "#1d4ed8",
  tableHead: "#e2e8f0",
  zebra: "#f8fafc",
} as const;

export const SEVERITY_FILL: Record<Severity, string> = SEVERITY_COLORS;

/** Heat-map cell colours by the engine's score band. */
export const BAND_FILL: Record<Severity, string> = {
  critical: "#fecaca",
  high: "#fed7aa",
  medium: "#fef08a",
  low: "#dbeafe",
  info: "#f1f5f9",
};
