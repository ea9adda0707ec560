import type { DreadScore } from "../../domain/decisions";
import type { Severity } from "../types";

/**
 * DREAD adapted for AI, as the methodology this product follows defines it
 * (shared reference `frameworks.md`):
 *
 * - Damage, Reproducibility, Exploitability, Affected users, Discoverability: 1-10 each;
 *   base = their mean.
 * - AI factors, 1.0-2.0 each: model impact, data sensitivity, detection difficulty;
 *   multiplier = their geometric mean.
 * - adjusted = min(10, base x multiplier).
 * - priority: >= 8 Critical, >= 6 High, >= 4 Medium, >= 2 Low, else Info.
 */
export interface DreadResult {
  base: number;
  multiplier: number;
  adjusted: number;
  severity: Severity;
}

export const DREAD_FACTORS = [
  "damage",
  "reproducibility",
  "exploitability",
  "affectedUsers",
  "discoverability",
] as const;
export const DREAD_AI_FACTORS = ["modelImpact", "dataSensitivity", "detectionDifficulty"] as const;

/**
 * Floating point makes a product of decimals land a hair under a band edge (1.1 x 1.1 x 1.1 is
 * 1.3310000000000004, a cube root of a cube is not always exact): values this close to an edge
 * count as on it.
 */
const EDGE_TOLERANCE = 1e-9;

export function dreadSeverity(adjusted: number): Severity {
  const at = (edge: number) => adjusted >= edge - EDGE_TOLERANCE;
  if (at(8)) return "critical";
  if (at(6)) return "high";
  if (at(4)) return "medium";
  if (at(2)) return "low";
  return "info";
}

export function dreadScore(score: DreadScore): DreadResult {
  const base = DREAD_FACTORS.reduce((sum, factor) => sum + score[factor], 0) / DREAD_FACTORS.length;
  const multiplier = Math.cbrt(
    score.modelImpact * score.dataSensitivity * score.detectionDifficulty,
  );
  const adjusted = Math.min(10, base * multiplier);
  return { base, multiplier, adjusted, severity: dreadSeverity(adjusted) };
}

/**
 * A DREAD figure as shown (two decimals), never rounded up across a band edge: 5.996 reads
 * "5.99", not "6.00", because it is Medium.
 */
export function formatDread(value: number): string {
  return (Math.floor(value * 100 + EDGE_TOLERANCE * 100) / 100).toFixed(2);
}
