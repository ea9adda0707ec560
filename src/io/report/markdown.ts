import type { ThreatModel } from "../../domain/schema";
import type {
  EvaluationResult,
  Finding,
  MatchedFact,
  Question,
  Severity,
} from "../../engine/types";
import { linddunLabel, strideLabel } from "./categories";
import type { ReportOptions } from "./json";
import { mdCode, mdLink, mdTableRow, mdText } from "./markdownEscape";
import { TOOL_NAME, TOOL_VERSION } from "./meta";
import { defaultReferenceResolver, resolveReferences, type ReferenceResolver } from "./references";
import { findingStatus } from "./status";
import {
  SEVERITIES_DESC,
  countFindings,
  displayName,
  groupByElement,
  subjectIndex,
  typeLabel,
  type SubjectInfo,
} from "./summary";

const SEVERITY_LABELS: Record<Severity, string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
};

type Subjects = (id: string) => SubjectInfo;

/**
 * The findings report as Markdown: title, a summary table of counts, findings grouped by the
 * element they are shown on, then the open questions. All user text goes through the escapers
 * in `markdownEscape.ts`.
 */
export function formatMarkdownReport(
  model: ThreatModel,
  result: EvaluationResult,
  options: ReportOptions = {},
): string {
  const subjects = subjectIndex(model);
  const resolver = options.references ?? defaultReferenceResolver;
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const findings = result.findings;
  const questions = result.questions;

  const lines: string[] = [
    `# Threat model report: ${mdText(model.name || "Untitled model")}`,
    "",
    `Model ${mdCode(model.id)} · generated ${mdText(generatedAt)} by ${TOOL_NAME} ${TOOL_VERSION}`,
    "",
  ];
  if (model.owner.trim()) lines.push(`Owner: ${mdText(model.owner)}`, "");
  if (model.description.trim()) lines.push(mdText(model.description), "");

  lines.push(...summarySection(model, result.findings, questions.length));

  lines.push("## Findings", "");
  if (findings.length === 0) lines.push("No findings.", "");
  for (const group of groupByElement(model, findings)) {
    lines.push(`### ${subjectHeading(subjects(group.subjectId))}`, "");
    for (const finding of group.findings) {
      lines.push(...findingSection(model, finding, subjects, resolver));
    }
  }

  lines.push("## Questions to answer", "");
  if (questions.length === 0) lines.push("No open questions.", "");
  else {
    lines.push(
      "The engine could not decide these: each is a property nobody has set yet. Answering one can add the findings listed under it, or rule them out.",
      "",
    );
  }
  for (const group of groupQuestions(questions)) {
    lines.push(`### ${subjectHeading(subjects(group.subjectId))}`, "");
    for (const question of group.questions) lines.push(...questionSection(question));
    lines.push("");
  }

  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

/** Questions grouped by the element or flow they ask about, in questionnaire order. */
function groupQuestions(
  questions: readonly Question[],
): Array<{ subjectId: string; questions: Question[] }> {
  const groups = new Map<string, Question[]>();
  for (const question of questions) {
    const group = groups.get(question.subjectId);
    if (group) group.push(question);
    else groups.set(question.subjectId, [question]);
  }
  return [...groups].map(([subjectId, list]) => ({ subjectId, questions: list }));
}

function summarySection(
  model: ThreatModel,
  all: readonly Finding[],
  questionCount: number,
): string[] {
  const counts = countFindings(model, all, questionCount);
  return [
    "## Summary",
    "",
    mdTableRow(["Severity", "Findings", "Open"]),
    "| --- | ---: | ---: |",
    ...SEVERITIES_DESC.map((severity) =>
      mdTableRow([
        SEVERITY_LABELS[severity],
        String(counts.bySeverity[severity]),
        String(counts.open.bySeverity[severity]),
      ]),
    ),
    mdTableRow(["Total", String(counts.byKind.finding), String(counts.open.total)]),
    "",
    `Questions to answer: ${counts.byKind.question}`,
    "",
  ];
}

/** The user's name, escaped; our own "(unnamed process)" placeholder as is. */
function mdName(subject: SubjectInfo): string {
  return subject.name.trim() ? mdText(subject.name) : displayName(subject);
}

function subjectHeading(subject: SubjectInfo): string {
  return `${mdName(subject)} (${typeLabel(subject.type)} ${mdCode(subject.id)})`;
}

function findingSection(
  model: ThreatModel,
  finding: Finding,
  subjects: Subjects,
  resolver: ReferenceResolver,
): string[] {
  const lines = [
    `#### ${SEVERITY_LABELS[finding.severity]}: ${mdText(finding.title)}`,
    "",
    `- **Severity:** ${SEVERITY_LABELS[finding.severity]} (likelihood ${finding.likelihood} × impact ${finding.impact} = score ${finding.score})`,
    `- **Status:** ${mdText(findingStatus(model, finding))}`,
    `- **Categories:** ${categoryText(finding)}`,
    `- **Elements:** ${finding.targetIds.map((id) => mdName(subjects(id))).join(" → ")}`,
    `- **Rule:** ${mdCode(finding.ruleId)} (revision ${finding.ruleRevision}, ${mdText(finding.pack)} pack)`,
    `- **Finding id:** ${mdCode(finding.id)}`,
    "",
    mdText(finding.description),
    "",
  ];
  if (finding.because.length > 0) {
    lines.push("**Why it fired:**", "");
    lines.push(...finding.because.map((fact) => `- ${factText(fact, subjects)}`), "");
  }
  const links = resolveReferences(finding.references, resolver);
  if (links.length > 0) {
    lines.push("**References:**", "");
    lines.push(
      ...links.map(
        (link) => `- ${mdLink(link.name ? `${link.id} ${link.name}` : link.id, link.url)}`,
      ),
      "",
    );
  }
  if (finding.mitigations.length > 0) {
    lines.push("**Mitigations:**", "");
    lines.push(...finding.mitigations.map((text, i) => `${i + 1}. ${mdText(text)}`), "");
  }
  return lines;
}

function questionSection(question: Question): string[] {
  return [
    `- **${mdText(question.text)}** (id ${mdCode(question.id)})`,
    ...question.dependents.map(
      (d) =>
        `  - could add: ${mdText(d.title)} (${SEVERITY_LABELS[d.severity]}; rule ${mdCode(d.ruleId)})`,
    ),
  ];
}

function categoryText(finding: Finding): string {
  const parts = [
    ...finding.categories.stride.map(strideLabel),
    ...finding.categories.linddun.map(linddunLabel),
  ];
  // Our own labels, not user text: no escaping needed.
  return parts.length ? parts.join(", ") : "none";
}

function factText(fact: MatchedFact, subjects: Subjects): string {
  const subject = subjects(fact.subjectId);
  return `${mdName(subject)} (${typeLabel(subject.type)}): ${mdCode(fact.fact)} = ${mdCode(String(fact.value))}`;
}
