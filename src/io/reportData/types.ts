import type {
  Assumption,
  DecisionLogEntry,
  MitigationRecord,
  TriageRecord,
  TriageStatus,
} from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import type { LinddunCode, StrideCode } from "../../engine/rules/schema";
import type { Severity } from "../../engine/types";
import type { SubjectInfo } from "../report/summary";
import type { ReportContentOptions } from "./options";
import type { Risk } from "./risk";

/**
 * Everything a report says, computed once from the model and the engine's result: the PDF,
 * Markdown and CSV writers only lay it out. Pure data.
 */

export interface ReportReference {
  /** "atlas", "owasp", or another catalog's name for codes only a custom threat cites. */
  framework: string;
  id: string;
  name: string | null;
  /** An https URL from the catalog, or null. Never built from user text. */
  url: string | null;
}

export interface ReportFinding {
  id: string;
  origin: "engine" | "custom";
  ruleId: string | null;
  title: string;
  description: string;
  targets: SubjectInfo[];
  /** The subject it is grouped under: its first target, or the model itself. */
  groupId: string;
  categories: { stride: StrideCode[]; linddun: LinddunCode[] };
  references: ReportReference[];
  /** What the engine (or the custom threat) suggests doing. */
  suggestedMitigations: string[];
  /** Mitigations the team recorded for it. */
  mitigationRecords: MitigationRecord[];
  /** Why it fired, in words: "Prompts: encrypted in transit = no". */
  because: string[];
  status: TriageStatus;
  triage: TriageRecord | null;
  risk: Risk;
  residual: Risk | null;
  assumptions: Assumption[];
}

export interface ReportQuestion {
  key: string;
  subject: SubjectInfo;
  text: string;
  dependents: Array<{ id: string; title: string; severity: Severity }>;
}

export interface FindingGroup {
  subject: SubjectInfo;
  findings: ReportFinding[];
}

export interface CategoryGroup {
  /** "S", "DD", or "" for findings in no framework. */
  code: string;
  framework: "stride" | "linddun" | "none";
  label: string;
  findings: ReportFinding[];
}

/** Rows: likelihood 5 (top) down to 1; columns: impact 1 to 5. */
export type HeatMap = number[][];

export interface ReportSummary {
  total: number;
  byStatus: Record<TriageStatus, number>;
  bySeverity: Record<Severity, number>;
  /** Open, needs investigation or mitigation in progress. */
  atRisk: number;
  atRiskBySeverity: Record<Severity, number>;
  inherentHeat: HeatMap;
  residualHeat: HeatMap;
  /** Closed findings (mitigated, accepted, transferred) whose residual risk nobody assessed. */
  residualNotAssessed: number;
  /** Findings with a decision (anything but Open and Needs investigation). */
  decided: number;
  topRisks: ReportFinding[];
}

export interface AppendixRow {
  subject: SubjectInfo;
  kind: string;
  boundary: string;
  description: string;
  technologies: string[];
  properties: Array<[label: string, value: string]>;
  outOfScope: string | null;
}

export interface ReportData {
  model: ThreatModel;
  generatedAt: string;
  /** When the model last changed, and a fingerprint of its exact content. */
  documentVersion: { updatedAt: string; fingerprint: string };
  options: ReportContentOptions;
  scoring: ThreatModel["settings"]["scoring"];
  findings: ReportFinding[];
  byElement: FindingGroup[];
  byCategory: CategoryGroup[];
  questions: ReportQuestion[];
  summary: ReportSummary;
  mitigationPlan: Array<{
    record: MitigationRecord;
    findings: Array<{ id: string; title: string }>;
  }>;
  assumptions: Array<{ assumption: Assumption; elements: string[]; findings: string[] }>;
  decisionLog: Array<{ entry: DecisionLogEntry; findingTitle: string }>;
  /** Decisions whose finding no longer fires (the model changed since). */
  noLongerApplies: Array<{ id: string; title: string; status: TriageStatus; targets: string[] }>;
  appendix: { elements: AppendixRow[]; flows: AppendixRow[] };
}
