import type { ThreatModel } from "../../domain/schema";
import type { EvaluationResult, Finding, Question } from "../../engine/types";
import { JSON_REPORT_VERSION, TOOL_INFORMATION_URI, TOOL_NAME, TOOL_VERSION } from "./meta";
import {
  defaultReferenceResolver,
  resolveReferences,
  type ReferenceLink,
  type ReferenceResolver,
} from "./references";
import { findingStatus, type FindingStatus } from "./status";
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

/** A finding as the JSON report writes it: every engine field, plus status, names and links. */
export interface JsonReportFinding extends Finding {
  status: FindingStatus;
  /** The targets, named, in `targetIds` order. */
  targets: SubjectInfo[];
  links: ReferenceLink[];
}

export interface JsonReport {
  reportVersion: number;
  tool: { name: string; version: string; informationUri: string };
  model: { id: string; name: string; schemaVersion: number };
  generatedAt: string;
  counts: ReportCounts;
  /** Most severe first, then by score, then by id. */
  findings: JsonReportFinding[];
  /** What is still unknown, one question per element or flow and fact, most consequential first. */
  questions: JsonReportQuestion[];
}

export interface JsonReportQuestion extends Question {
  subject: SubjectInfo;
}

export function buildJsonReport(
  model: ThreatModel,
  result: EvaluationResult,
  options: ReportOptions = {},
): JsonReport {
  const subject = subjectIndex(model);
  const resolver = options.references ?? defaultReferenceResolver;
  return {
    reportVersion: JSON_REPORT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION, informationUri: TOOL_INFORMATION_URI },
    model: { id: model.id, name: model.name, schemaVersion: model.schemaVersion },
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    counts: countFindings(model, result.findings, result.questions.length),
    findings: sortFindings(result.findings).map((finding) => ({
      ...finding,
      status: findingStatus(model, finding),
      targets: finding.targetIds.map(subject),
      links: resolveReferences(finding.references, resolver),
    })),
    questions: result.questions.map((question) => ({
      ...question,
      subject: subject(question.subjectId),
    })),
  };
}

export function formatJsonReport(
  model: ThreatModel,
  result: EvaluationResult,
  options: ReportOptions = {},
): string {
  return `${JSON.stringify(buildJsonReport(model, result, options), null, 2)}\n`;
}
