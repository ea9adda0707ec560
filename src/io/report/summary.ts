import { TRIAGE_STATUSES, type TriageStatus } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { elementDisplayName, flowDisplayName } from "../../engine/names";
import { SEVERITIES, type Finding, type Severity } from "../../engine/types";
import { findingStatus, isOpen } from "./status";

/** Most severe first. */
export const SEVERITIES_DESC: readonly Severity[] = [...SEVERITIES].reverse();

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export type SeverityCounts = Record<Severity, number>;

export interface ReportCounts {
  total: number;
  byKind: { finding: number; question: number };
  /** Findings only (questions are not issues until answered). */
  bySeverity: SeverityCounts;
  /** Findings only, still at risk (Open, Needs investigation, Mitigation in progress). */
  open: { total: number; bySeverity: SeverityCounts };
  /** Findings only, Accepted: carried risk. */
  carried: { total: number; bySeverity: SeverityCounts };
  /** Findings only, by triage status. */
  byStatus: Record<TriageStatus, number>;
}

function zeroCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

/** Counts of findings (and of the open questions, which are not findings). */
export function countFindings(
  model: ThreatModel,
  findings: readonly Finding[],
  questionCount = 0,
): ReportCounts {
  const counts: ReportCounts = {
    total: findings.length + questionCount,
    byKind: { finding: findings.length, question: questionCount },
    bySeverity: zeroCounts(),
    open: { total: 0, bySeverity: zeroCounts() },
    carried: { total: 0, bySeverity: zeroCounts() },
    byStatus: Object.fromEntries(TRIAGE_STATUSES.map((s) => [s, 0])) as Record<
      TriageStatus,
      number
    >,
  };
  for (const finding of findings) {
    counts.bySeverity[finding.severity] += 1;
    const status = findingStatus(model, finding);
    counts.byStatus[status] += 1;
    if (isOpen(model, finding)) {
      counts.open.total += 1;
      counts.open.bySeverity[finding.severity] += 1;
    } else if (status === "accepted") {
      counts.carried.total += 1;
      counts.carried.bySeverity[finding.severity] += 1;
    }
  }
  return counts;
}

/** Report order: most severe first, then highest score, then id (so output is reproducible). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    b.score - a.score ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export interface SubjectInfo {
  id: string;
  /** Display name; falls back to the id's kind when the user left it empty. */
  name: string;
  /** process | dataStore | externalEntity | trustBoundary | flow | model | unknown */
  type: string;
}

/** Names the elements and flows a report mentions. */
export function subjectIndex(model: ThreatModel): (id: string) => SubjectInfo {
  const byId = new Map<string, SubjectInfo>();
  for (const element of model.elements) {
    byId.set(element.id, { id: element.id, name: element.name, type: element.type });
  }
  const names = new Map(model.elements.map((e) => [e.id, elementDisplayName(e)]));
  for (const flow of model.flows) {
    // An unlabelled flow is named by its ends, as everywhere else.
    const name = flowDisplayName(
      flow,
      names.get(flow.source) ?? flow.source,
      names.get(flow.target) ?? flow.target,
    );
    byId.set(flow.id, { id: flow.id, name, type: "flow" });
  }
  return (id) => {
    if (id === model.id) return { id, name: model.name, type: "model" };
    return byId.get(id) ?? { id, name: "", type: "unknown" };
  };
}

const TYPE_LABELS: Record<string, string> = {
  process: "process",
  dataStore: "data store",
  externalEntity: "external entity",
  trustBoundary: "trust boundary",
  flow: "data flow",
  model: "model",
  unknown: "element",
};

export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type;
}

/** "GPU inference server", or "(unnamed process)" when the name is blank. */
export function displayName(subject: SubjectInfo): string {
  return subject.name.trim() ? subject.name : `(unnamed ${typeLabel(subject.type)})`;
}

/**
 * Findings grouped by the element they are shown on (their first target), groups in the order
 * of their most severe finding. Findings with no target (model-wide) get the model id.
 */
export function groupByElement(
  model: ThreatModel,
  findings: readonly Finding[],
): Array<{ subjectId: string; findings: Finding[] }> {
  const groups = new Map<string, Finding[]>();
  for (const finding of sortFindings(findings)) {
    const key = finding.targetIds[0] ?? model.id;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups].map(([subjectId, list]) => ({ subjectId, findings: list }));
}
