import type { DreadScore } from "../domain/decisions";
import type { Severity } from "./types";

/**
 * DREAD adapted for AI (reference/frameworks.md): the mean of five 1-10 factors, times the
 * geometric mean of three 1.0-2.0 AI factors, capped at 10.
 */
export function dreadScore(d: DreadScore): number {
  const base =
    (d.damage + d.reproducibility + d.exploitability + d.affectedUsers + d.discoverability) / 5;
  const multiplier = Math.cbrt(d.modelImpact * d.dataSensitivity * d.detectionDifficulty);
  return Math.min(10, base * multiplier);
}

/** Priority bands: >= 8 critical, >= 6 high, >= 4 medium, >= 2 low, else info. */
export function dreadSeverity(score: number): Severity {
  if (score >= 8) return "critical";
  if (score >= 6) return "high";
  if (score >= 4) return "medium";
  if (score >= 2) return "low";
  return "info";
}
