import type { Finding, Severity } from "../../engine/types";

export type SarifLevel = "error" | "warning" | "note";

export const LEVELS: Record<Severity, SarifLevel> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/** GitHub code scanning reads `security-severity` (0-10) to rank security alerts. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0",
};

export function sarifLevel(finding: Finding): SarifLevel {
  return LEVELS[finding.severity];
}
