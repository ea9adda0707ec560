import type { ThreatModel } from "../../domain/schema";
import type { EvaluationResult, Finding, MatchedFact, Severity } from "../../engine/types";
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
  const findings = result.findings.filter((f) => f.kind === "finding");
  const questions = result.findings.filter((f) => f.kind === "question");

  const lines: string[] = [
    `# Threat model report: ${mdText(model.name || "Untitled model")}`,
    "",
    `Model ${mdCode(model.id)} · generated ${mdText(generatedAt)} by ${TOOL_NAME} ${TOOL_VERSION}`,
    "",
  ];
  if (model.owner.trim()) lines.push(`Owner: ${mdText(model.owner)}`, "");
  if (model.description.trim()) lines.push(mdText(model.description), "");

  lines.push(...summarySection(model, result.findings));

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
      "The engine could not decide these: a property they depend on is unknown. Answering them turns each into a finding or makes it go away.",
      "",
    );
  }
  for (const group of groupByElement(model, questions)) {
    lines.push(`### ${subjectHeading(subjects(group.subjectId))}`, "");
    for (const question of group.findings) lines.push(...questionSection(question));
    lines.push("");
  }

  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

function summarySection(model: ThreatModel, all: readonly Finding[]): string[] {
  const counts = countFindings(model, all);
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
    `- **Status:** ${mdText(findingStatus(model, finding.id))}`,
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

function questionSection(question: Finding): string[] {
  const asks = question.questions.length
    ? question.questions.map((q) => `  - ${mdText(q.text)}`)
    : ["  - (no question text)"];
  return [
    `- **${mdText(question.title)}** (${SEVERITY_LABELS[question.severity]} if it applies; rule ${mdCode(question.ruleId)}, id ${mdCode(question.id)})`,
    ...asks,
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
