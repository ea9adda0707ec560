import type { DecisionLogEntry, MitigationStatus, TriageRecord } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import type { RiskAssessment } from "../../engine/risk/assess";
import { staleDecisions, type StaleReason } from "../../engine/risk/stale";
import { plainFinding } from "../../engine/plainFinding";
import type { EvaluationResult, Finding, Question } from "../../engine/types";
import { checklistItems, type ReportChecklistItem } from "../reportData/checklist";
import { buildReportWorkshop, type ReportWorkshop } from "../reportData/workshop";
import { JSON_REPORT_VERSION, TOOL_INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from "./meta";
import {
  defaultReferenceResolver,
  resolveReferences,
  type ReferenceLink,
  type ReferenceResolver,
} from "./references";
import {
  decisionLogIndex,
  decisionOf,
  findingStatus,
  mitigationsOf,
  riskOf,
  type FindingStatus,
} from "./status";
import {
  countFindings,
  sortFindings,
  subjectIndex,
  type ReportCounts,
  type SubjectInfo,
} from "./summary";

export interface ReportOptions {
  /** ISO timestamp to stamp the report with; defaults to now. Tests pass a fixed one. */
  generatedAt?: string;
  references?: ReferenceResolver;
}

/**
 * A finding as the JSON report writes it: every engine field (likelihood, impact, score and
 * severity as the team scored them), plus its decision, risk, names and links.
 */
export interface JsonReportFinding extends Finding {
  status: FindingStatus;
  justification: string;
  owner: string;
  ticket: string;
  reviewBy: string | null;
  notes: string;
  /** Computed and chosen likelihood x impact, DREAD-AI, the severity that counts, residual. */
  risk: RiskAssessment;
  mitigationRecords: Array<{ id: string; title: string; status: MitigationStatus }>;
  /** Status changes of this finding, oldest first. */
  log: DecisionLogEntry[];
  /** The targets, named, in `targetIds` order. */
  targets: SubjectInfo[];
  links: ReferenceLink[];
}

/** A decision whose finding does not fire now; it applies again when the finding does. */
export interface JsonNoLongerApplies {
  findingId: string;
  title: string;
  status: FindingStatus;
  justification: string;
  owner: string;
  reason: StaleReason;
  missingIds: string[];
}

export interface JsonReport {
  reportVersion: number;
  tool: { name: string; version: string; informationUri: string };
  model: { id: string; name: string; schemaVersion: number; scoring: string };
  generatedAt: string;
  counts: ReportCounts;
  /** Most severe first, then by score, then by id. */
  findings: JsonReportFinding[];
  /** What is still unknown, one question per element or flow and fact, most consequential first. */
  questions: JsonReportQuestion[];
  /** The model-level checklist: every item, with the team's answer (null while unanswered). */
  checklist: ReportChecklistItem[];
  noLongerApplies: JsonNoLongerApplies[];
  /** Every status change ever made on this model, oldest first. */
  decisionLog: DecisionLogEntry[];
  /**
   * The workshop held on the model: attendees, agenda, walk progress (and the ids walked),
   * blind-spot prompt answers, notes; null when no session left anything.
   */
  workshop: (ReportWorkshop & { walked: string[] }) | null;
}

export interface JsonReportQuestion extends Question {
  subject: SubjectInfo;
}

const NO_RECORD: Pick<TriageRecord, "justification" | "owner" | "ticket" | "reviewBy" | "notes"> = {
  justification: "",
  owner: "",
  ticket: "",
  reviewBy: null,
  notes: "",
};

export function buildJsonReport(
  model: ThreatModel,
  result: EvaluationResult,
  options: ReportOptions = {},
): JsonReport {
  const subject = subjectIndex(model);
  const resolver = options.references ?? defaultReferenceResolver;
  const logOf = decisionLogIndex(model);
  return {
    reportVersion: JSON_REPORT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_INFORMATION_URI },
    model: {
      id: model.id,
      name: model.name,
      schemaVersion: model.schemaVersion,
      scoring: model.settings.scoring,
    },
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    counts: countFindings(model, result.findings, result.questions.length),
    findings: sortFindings(result.findings).map((finding) => {
      const record = decisionOf(model, finding) ?? NO_RECORD;
      return {
        ...plainFinding(finding),
        status: findingStatus(model, finding),
        justification: record.justification,
        owner: record.owner,
        ticket: record.ticket,
        reviewBy: record.reviewBy,
        notes: record.notes,
        risk: riskOf(model, finding),
        mitigationRecords: mitigationsOf(model, finding).map(({ id, title, status }) => ({
          id,
          title,
          status,
        })),
        log: logOf(finding),
        targets: finding.targetIds.map(subject),
        links: resolveReferences(finding.references, resolver),
      };
    }),
    questions: result.questions.map((question) => ({
      ...question,
      subject: subject(question.subjectId),
    })),
    checklist: checklistItems(model),
    noLongerApplies: staleDecisions(model, result.findings, result.questions).map((stale) => ({
      findingId: stale.findingId,
      title: stale.record.title,
      status: stale.record.status,
      justification: stale.record.justification,
      owner: stale.record.owner,
      reason: stale.reason,
      missingIds: stale.missingIds,
    })),
    decisionLog: model.decisionLog,
    workshop: workshopOf(model, subject),
  };
}

function workshopOf(
  model: ThreatModel,
  subject: (id: string) => SubjectInfo,
): JsonReport["workshop"] {
  const workshop = buildReportWorkshop(model, subject);
  return workshop && { ...workshop, walked: [...model.workshop.walked] };
}

export function formatJsonReport(
  model: ThreatModel,
  result: EvaluationResult,
  options: ReportOptions = {},
): string {
  return `${JSON.stringify(buildJsonReport(model, result, options), null, 2)}\n`;
}
