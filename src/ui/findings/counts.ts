import { SEVERITIES, type Finding, type Severity } from "../../engine/types";
import { SEVERITY_LABELS } from "./severity";

export interface FindingCounts {
  findings: number;
  /** Open questions (they are not findings and have no severity). */
  questions: number;
  /** Findings per severity. */
  bySeverity: Record<Severity, number>;
}

export function countFindings(findings: readonly Finding[], questions = 0): FindingCounts {
  const bySeverity: Record<Severity, number> = { info: 0, low: 0, medium: 0, high: 0, critical: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  return { findings: findings.length, questions, bySeverity };
}

/** Most severe first. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "23 findings · 4 critical · 9 high · 10 medium · 12 questions" (severities with none left out). */
export function formatCounts(counts: FindingCounts): string {
  const parts = [plural(counts.findings, "finding", "findings")];
  for (const s of SEVERITIES_DESC) {
    const n = counts.bySeverity[s];
    if (n > 0) parts.push(`${n} ${SEVERITY_LABELS[s].toLowerCase()}`);
  }
  parts.push(plural(counts.questions, "question", "questions"));
  return parts.join(" · ");
}
