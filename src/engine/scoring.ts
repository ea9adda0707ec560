import type { Severity } from "./types";

/** Likelihood (1-5) x impact (1-5): a score from 1 to 25, as on a 5x5 risk matrix. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** Score bands: >= 20 critical, >= 12 high, >= 6 medium, >= 3 low, else info. */
export function severityOf(score: number): Severity {
  if (score >= 20) return "critical";
  if (score >= 12) return "high";
  if (score >= 6) return "medium";
  if (score >= 3) return "low";
  return "info";
}
