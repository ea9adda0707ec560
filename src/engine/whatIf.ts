import type { EvaluationResult, Finding, Question } from "./types";

/**
 * What a what-if would change: the findings that would go away and those that would appear,
 * the questions it would settle or raise, and findings that stay but change severity. Two
 * findings are the same when they share an id or an alias (the engine keeps old ids of merged
 * findings as aliases), so a finding that only changed its id is not reported as gone and new.
 */
export interface WhatIfOutcome {
  disappear: Finding[];
  appear: Finding[];
  /** Same finding, another severity (a protection lowered its likelihood, say). */
  changed: Array<{ before: Finding; after: Finding }>;
  questionsSettled: Question[];
  questionsRaised: Question[];
}

function idsOf(finding: Finding): string[] {
  return finding.aliases.length > 0 ? [finding.id, ...finding.aliases] : [finding.id];
}

function index(findings: readonly Finding[]): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const finding of findings) for (const id of idsOf(finding)) out.set(id, finding);
  return out;
}

function counterpart(finding: Finding, others: ReadonlyMap<string, Finding>): Finding | undefined {
  for (const id of idsOf(finding)) {
    const other = others.get(id);
    if (other) return other;
  }
  return undefined;
}

export function compareWhatIf(before: EvaluationResult, after: EvaluationResult): WhatIfOutcome {
  const old = index(before.findings);
  const now = index(after.findings);
  const changed: WhatIfOutcome["changed"] = [];
  for (const finding of before.findings) {
    const next = counterpart(finding, now);
    if (next && next.severity !== finding.severity) changed.push({ before: finding, after: next });
  }
  const oldQuestions = new Set(before.questions.map((q) => q.id));
  const newQuestions = new Set(after.questions.map((q) => q.id));
  return {
    disappear: before.findings.filter((f) => !counterpart(f, now)),
    appear: after.findings.filter((f) => !counterpart(f, old)),
    changed,
    questionsSettled: before.questions.filter((q) => !newQuestions.has(q.id)),
    questionsRaised: after.questions.filter((q) => !oldQuestions.has(q.id)),
  };
}

export function isNoChange(outcome: WhatIfOutcome): boolean {
  return (
    outcome.disappear.length === 0 &&
    outcome.appear.length === 0 &&
    outcome.changed.length === 0 &&
    outcome.questionsSettled.length === 0 &&
    outcome.questionsRaised.length === 0
  );
}
