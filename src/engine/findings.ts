import type { CompiledRule } from "./compiledRules";
import type { Explained, FactRead } from "./conditions/context";
import { FACTS } from "./rules/facts";
import type { TemplateNames } from "./templates";
import type { Finding, MatchedFact, Question } from "./types";

/** Builds the finding (or question) a rule produces for one target. */
export function buildFinding(
  compiled: CompiledRule,
  targetIds: string[],
  names: TemplateNames,
  outcome: Explained,
): Finding {
  const rule = compiled.rule;
  const isQuestion = outcome.truth !== 1;
  const filled: TemplateNames = outcome.other ? { ...names, other: outcome.other.name } : names;
  return {
    id: `${rule.id}@${targetIds.join(">")}`,
    kind: isQuestion ? "question" : "finding",
    ruleId: rule.id,
    ruleRevision: rule.revision,
    pack: rule.pack,
    scope: rule.scope,
    targetIds,
    categories: compiled.categories,
    title: compiled.title(filled),
    description: compiled.description(filled),
    mitigations: compiled.mitigations.map((m) => m(filled)),
    because: matchedFacts(outcome.support),
    questions: isQuestion ? questions(outcome.unknown) : [],
    references: compiled.references,
    likelihood: rule.likelihood,
    impact: rule.impact,
    score: compiled.score,
    severity: compiled.severity,
  };
}

/** Each (subject, fact) once, in the order read. */
function distinct(reads: readonly FactRead[]): FactRead[] {
  if (reads.length <= 1) return reads as FactRead[];
  const seen = new Set<string>();
  const out: FactRead[] = [];
  for (const read of reads) {
    const key = `${read.subject.id}\u0000${read.fact}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(read);
  }
  return out;
}

function matchedFacts(reads: readonly FactRead[]): MatchedFact[] {
  return distinct(reads).map((r) => ({ subjectId: r.subject.id, fact: r.fact, value: r.value }));
}

function questions(reads: readonly FactRead[]): Question[] {
  return distinct(reads).map((r) => ({
    subjectId: r.subject.id,
    fact: r.fact,
    text: (FACTS[r.fact].question ?? `What is the ${r.fact} of {name}?`).replace(
      "{name}",
      r.subject.name,
    ),
  }));
}
