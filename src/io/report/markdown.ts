import type { ThreatModel } from "../../domain/schema";
import type {
  EvaluationResult,
  Finding,
  MatchedFact,
  Question,
  Severity,
} from "../../engine/types";
import { buildReportWorkshop } from "../reportData/workshop";
import { linddunLabel, strideLabel } from "./categories";
import type { ReportOptions } from "./json";
import { mdCode, mdLink, mdTableRow, mdText } from "./markdownEscape";
import { TOOL_NAME, TOOL_VERSION } from "./meta";
import { defaultReferenceResolver, resolveReferences, type ReferenceResolver } from "./references";
import { TRIAGE_STATUSES } from "../../domain/decisions";
import { STATUS_LABELS, MITIGATION_STATUS_LABELS } from "../../domain/triage/labels";
import { formatDread } from "../../engine/risk/dread";
import { staleDecisions, type StaleDecision } from "../../engine/risk/stale";
import { decisionOf, findingStatus, mitigationsOf, riskOf } from "./status";
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

  lines.push(...noLongerAppliesSection(model, result.findings, subjects, result.questions));

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

  lines.push(...workshopSection(model, subjects));
  lines.push(...decisionLogSection(model));

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
  const triaged = counts.byKind.finding - counts.byStatus.open;
  return [
    "## Summary",
    "",
    `Scoring: ${model.settings.scoring === "dread" ? "DREAD adapted for AI" : "likelihood × impact"}. Open = still at risk (open, needs investigation, mitigation in progress); accepted = risk carried knowingly.`,
    "",
    mdTableRow(["Severity", "Findings", "Open", "Accepted"]),
    "| --- | ---: | ---: | ---: |",
    ...SEVERITIES_DESC.map((severity) =>
      mdTableRow([
        SEVERITY_LABELS[severity],
        String(counts.bySeverity[severity]),
        String(counts.open.bySeverity[severity]),
        String(counts.carried.bySeverity[severity]),
      ]),
    ),
    mdTableRow([
      "Total",
      String(counts.byKind.finding),
      String(counts.open.total),
      String(counts.carried.total),
    ]),
    "",
    `Triaged: ${triaged} of ${counts.byKind.finding} findings · ${TRIAGE_STATUSES.filter(
      (status) => counts.byStatus[status] > 0,
    )
      .map((status) => `${STATUS_LABELS[status]}: ${counts.byStatus[status]}`)
      .join(" · ")}`,
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
  const record = decisionOf(model, finding);
  const status = findingStatus(model, finding);
  const lines = [
    `#### ${SEVERITY_LABELS[finding.severity]}: ${mdText(finding.title)}`,
    "",
    `- **Severity:** ${severityText(model, finding)}`,
    `- **Status:** ${STATUS_LABELS[status]}`,
    ...decisionLines(model, finding, record),
    `- **Categories:** ${categoryText(finding)}`,
    `- **Elements:** ${finding.targetIds.map((id) => mdName(subjects(id))).join(" → ")}`,
    finding.pack === "custom"
      ? "- **Rule:** none: a threat written by the team"
      : finding.pack === "checklist"
        ? `- **Rule:** none: the team answered “No” to checklist item ${mdCode(finding.ruleId)}`
        : `- **Rule:** ${mdCode(finding.ruleId)} (revision ${finding.ruleRevision}, ${mdText(finding.pack)} pack)`,
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

/** "High (likelihood 3 × impact 4 = 12; rule: 4 × 5 = 20, Critical)", DREAD-AI when scored so. */
function severityText(model: ThreatModel, finding: Finding): string {
  const risk = riskOf(model, finding);
  const { chosen, computed } = risk;
  const product = `likelihood ${chosen.likelihood} × impact ${chosen.impact} = score ${chosen.score}`;
  const parts = [product];
  if (chosen.overridden) {
    parts.push(
      `the rule's: ${computed.likelihood} × ${computed.impact} = ${computed.score}, ${SEVERITY_LABELS[computed.severity]}`,
    );
  }
  if (risk.dread) {
    parts.unshift(
      `DREAD-AI ${formatDread(risk.dread.adjusted)} (base ${formatDread(risk.dread.base)} × AI multiplier ${formatDread(risk.dread.multiplier)})`,
    );
  }
  return `${SEVERITY_LABELS[risk.severity]} (${parts.join("; ")})`;
}

function decisionLines(
  model: ThreatModel,
  finding: Finding,
  record: ReturnType<typeof decisionOf>,
): string[] {
  const lines: string[] = [];
  if (!record) return lines;
  if (record.justification.trim())
    lines.push(`- **Justification:** ${mdText(record.justification)}`);
  if (record.owner.trim()) lines.push(`- **Owner:** ${mdText(record.owner)}`);
  if (record.ticket) lines.push(`- **Ticket:** ${mdLink(record.ticket, record.ticket)}`);
  if (record.reviewBy) lines.push(`- **Review by:** ${mdText(record.reviewBy)}`);
  const residual = riskOf(model, finding).residual;
  if (residual) {
    lines.push(
      `- **Residual risk:** ${SEVERITY_LABELS[residual.severity]} (likelihood ${residual.likelihood} × impact ${residual.impact} = score ${residual.score})`,
    );
  }
  const mitigations = mitigationsOf(model, finding);
  if (mitigations.length > 0) {
    lines.push(
      `- **Mitigation records:** ${mitigations
        .map((m) => `${mdText(m.title)} (${MITIGATION_STATUS_LABELS[m.status]})`)
        .join("; ")}`,
    );
  }
  if (record.notes.trim()) lines.push(`- **Notes:** ${mdText(record.notes)}`);
  return lines;
}

const STALE_REASONS: Record<StaleDecision["reason"], string> = {
  elementDeleted: "deleted",
  conditionNotMet: "its condition no longer holds",
  nowAQuestion: "a property it depends on is unknown again",
  threatGone: "the threat is not in this model",
};

function noLongerAppliesSection(
  model: ThreatModel,
  findings: readonly Finding[],
  subjects: Subjects,
  questions: readonly Question[] = [],
): string[] {
  const stale = staleDecisions(model, findings, questions);
  if (stale.length === 0) return [];
  return [
    "## Decisions that no longer apply",
    "",
    "Their findings do not fire now; each applies again as soon as its finding does.",
    "",
    mdTableRow(["Finding", "Status", "Why it no longer applies", "Justification"]),
    "| --- | --- | --- | --- |",
    ...stale.map((s) =>
      mdTableRow([
        s.record.title || s.findingId,
        STATUS_LABELS[s.record.status],
        s.reason === "elementDeleted"
          ? `${s.missingIds.map((id) => subjects(id).name || id).join(", ")} deleted`
          : STALE_REASONS[s.reason],
        s.record.justification,
      ]),
    ),
    "",
  ];
}

function decisionLogSection(model: ThreatModel): string[] {
  if (model.decisionLog.length === 0) return [];
  const titles = new Map<string, string>();
  for (const [id, record] of Object.entries(model.triage))
    if (record.title) titles.set(id, record.title);
  return [
    "## Decision log",
    "",
    mdTableRow(["When", "Finding", "From", "To", "By", "Via", "Justification"]),
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...model.decisionLog.map((entry) =>
      mdTableRow([
        entry.at,
        titles.get(entry.findingId) ?? entry.findingId,
        STATUS_LABELS[entry.from],
        STATUS_LABELS[entry.to],
        entry.by || "(no name given)",
        entry.via,
        entry.justification,
      ]),
    ),
    "",
  ];
}

function workshopSection(model: ThreatModel, subjects: (id: string) => SubjectInfo): string[] {
  const workshop = buildReportWorkshop(model, subjects);
  if (!workshop) return [];
  return [
    "## Workshop session",
    "",
    ...(workshop.attendees.length
      ? [
          `Attendees: ${workshop.attendees.map((a) => mdText(a.role ? `${a.name} (${a.role})` : a.name)).join(", ")}`,
          "",
        ]
      : []),
    `Guided walk: ${workshop.walk.walked} of ${workshop.walk.total} steps walked; ${workshop.walkDecisions} decision${workshop.walkDecisions === 1 ? "" : "s"} made during the walk.`,
    "",
    ...workshop.promptAnswers.flatMap((a) => [
      `- **${mdText(a.question)}** (at ${mdText(a.subject || a.subjectId)}) ${mdText(a.answer)}`,
    ]),
    ...(workshop.promptAnswers.length ? [""] : []),
    ...(workshop.notes.trim()
      ? workshop.notes
          .split(/\r\n|\r|\n/)
          .filter((line) => line.trim() !== "")
          .flatMap((line) => [mdText(line), ""])
      : []),
  ];
}
