import type { ModelReport } from "./evaluate";
import type { CorpusSummary } from "./summary";

/** Plain-text rendering of the evaluation, for `npm run eval:threats`. */

const pct = (part: number, whole: number) =>
  whole === 0 ? "0%" : `${Math.round((part / whole) * 1000) / 10}%`;
const one = (value: number) => value.toFixed(1);

export interface ReportOptions {
  /** Per-element loads and repeated questions. */
  details?: boolean;
  /** Every finding with the expected threats it counts for and the forbidden entries it hits. */
  findings?: boolean;
}

export function formatModelReport(report: ModelReport, options: ReportOptions = {}): string {
  const details = options.details ?? false;
  const e = report.expected;
  const q = report.questions;
  const f = report.findings;
  const questionOnlyNotAllowed = e.questionOnly.filter((item) => !item.allowed);
  const questionOnlyAllowed = e.questionOnly.filter((item) => item.allowed);
  const lines: string[] = [
    `${report.modelId} — ${report.title}${report.nonAi ? " [non-AI]" : ""} (${report.elementCount} elements)`,
    `  expected ${e.total}: ${e.asFinding.length} as finding · ${e.questionOnly.length} only as question · ${e.missed.length} missed`,
  ];
  if (questionOnlyNotAllowed.length > 0) {
    lines.push(
      `    question only, finding due: ${questionOnlyNotAllowed.map((i) => i.id).join(", ")}`,
    );
  }
  if (questionOnlyAllowed.length > 0) {
    lines.push(
      `    question only (acceptable): ${questionOnlyAllowed.map((i) => i.id).join(", ")}`,
    );
  }
  if (e.missed.length > 0) lines.push(`    missed: ${e.missed.join(", ")}`);
  if (e.underRanked.length > 0) {
    lines.push(
      `    ranked too low: ${e.underRanked.map((u) => `${u.id} (${u.found}, expected ${u.expected})`).join(", ")}`,
    );
  }
  if (e.duplicated.length > 0) {
    lines.push(
      `    said more than once: ${e.duplicated.map((d) => `${d.id} ×${d.findingIds.length}`).join(", ")}`,
    );
  }
  lines.push(
    `  forbidden findings fired: ${report.forbidden.findingCount} (${pct(report.forbidden.findingCount, f.total)} of findings; ${report.forbidden.premiseCount} on a false premise)`,
  );
  for (const hit of report.forbidden.hits) {
    lines.push(`    ${hit.forbiddenId}: ${hit.findingId} — ${hit.title}`);
  }
  lines.push(
    `  findings ${f.total} (${one(f.perElement)} per element) · AI pack ${pct(f.ai, f.total)}${report.nonAi ? ` · AI pack or AI catalog codes: ${f.aiOrAiCited}` : ""} · matching an expected threat ${pct(f.matchingExpected, f.total)}`,
  );
  lines.push(
    `  open questions: ${q.distinctUnknowns} distinct unknowns (${one(q.perElement)} per element) from ${q.results} question results · ${q.repeated.length} unknowns asked more than once`,
  );
  if (q.forbiddenAsked.length > 0) {
    lines.push(`  questions that must not be asked: ${q.forbiddenAsked.length}`);
    for (const asked of q.forbiddenAsked) {
      lines.push(`    ${asked.forbiddenId}: ${asked.subjectId}.${asked.fact} — ${asked.text}`);
    }
  }
  const busiest = [...report.byElement].sort((a, b) => b.findings - a.findings)[0];
  if (busiest && !details) {
    lines.push(`  most findings: ${busiest.name} (${busiest.findings})`);
  }
  if (details) {
    lines.push("  per element (findings / open questions):");
    for (const element of report.byElement) {
      lines.push(`    ${element.name}: ${element.findings} / ${element.unknowns}`);
    }
    if (q.repeated.length > 0) {
      lines.push("  asked more than once:");
      for (const r of q.repeated) lines.push(`    ${r.subjectId}.${r.fact} ×${r.times}`);
    }
  }
  if (options.findings) {
    lines.push("  findings (expected threats it counts for / !forbidden entries it hits):");
    for (const finding of report.perFinding) {
      const marks = [...finding.expected, ...finding.forbidden.map((id) => `!${id}`)];
      lines.push(
        `    ${(finding.severity ?? "").padEnd(8)} ${finding.id}${marks.length > 0 ? `  [${marks.join(", ")}]` : ""} — ${finding.title}`,
      );
    }
  }
  return lines.join("\n");
}

export function formatSummary(summary: CorpusSummary): string {
  const e = summary.expected;
  const q = summary.questions;
  const lines = [
    `Totals over ${summary.models} models, ${summary.elements} elements`,
    `  expected threats ${e.total}: ${e.asFinding} as finding · ${e.questionOnlyAllowed + e.questionOnlyNotAllowed} only as question (${e.questionOnlyNotAllowed} where a finding was due) · ${e.missed} missed · ${e.duplicated} said more than once · ${e.underRanked} ranked too low`,
    `  findings ${summary.findings}: ${summary.forbiddenFindings} forbidden (${summary.premiseFindings} on a false premise) · ${summary.aiFindings} AI pack (${summary.aiFindingsOnNonAiModels} on non-AI models) · ${summary.findingsMatchingExpected} matching an expected threat`,
    `  results (findings + question results) per element: ${one(summary.resultsPerElement)}`,
    `  questions: ${q.distinctUnknowns} distinct unknowns from ${q.results} question results · ${q.repeatedUnknowns} asked more than once · ${q.forbiddenAsked} must not be asked`,
    "",
    "Targets (issue 6)",
  ];
  const width = Math.max(...summary.targets.map((t) => t.label.length));
  for (const t of summary.targets) {
    lines.push(
      `  ${t.met ? "ok  " : "MISS"} ${t.label.padEnd(width)}  ${t.shown.padStart(6)}  target ${t.goal}`,
    );
  }
  return lines.join("\n");
}
