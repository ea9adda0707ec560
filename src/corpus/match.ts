import type { ReviewedFinding, ReviewedQuestion } from "./engineResult";
import type { CategoryCode } from "./categories";
import { ANY_TARGET, type ForbiddenQuestion, type Matcher } from "./golden";
import { catalogOf, citesAny, type ReferenceCatalog } from "./references";
import { TOPICS, type Topic, type TopicId } from "./topics/index";

/** A matcher with its topic merged in and its patterns compiled. */
export interface ResolvedMatcher {
  refs: readonly string[];
  refsWithKeywords: readonly string[];
  categories: ReadonlySet<CategoryCode>;
  keywords: readonly RegExp[];
  requireKeywords: readonly RegExp[];
  /** Names the finding's text must contain (one of); empty when the matcher names none. */
  mentions: readonly string[];
  catalogs: ReadonlySet<ReferenceCatalog>;
  aiPack: boolean;
}

const compile = (sources: readonly string[]) => sources.map((source) => new RegExp(source, "i"));

/**
 * `nameOf` gives the display name of an element id, for `mentions`; a mentioned id without a
 * name cannot be found in any text, so the matcher then matches nothing.
 */
export function resolveMatcher(
  matcher: Matcher,
  nameOf: (id: string) => string | undefined = () => undefined,
): ResolvedMatcher {
  const topic: Topic | undefined = matcher.topic ? TOPICS[matcher.topic as TopicId] : undefined;
  const list = <T>(own: readonly T[], fromTopic: readonly T[] | undefined): T[] => [
    ...(fromTopic ?? []),
    ...own,
  ];
  return {
    refs: list(matcher.refs, topic?.refs),
    refsWithKeywords: list(matcher.refsWithKeywords, topic?.refsWithKeywords),
    categories: new Set(list(matcher.categories, topic?.categories)),
    keywords: compile(list(matcher.keywords, topic?.keywords)),
    requireKeywords: compile(matcher.requireKeywords),
    mentions: matcher.mentions.map((id) => nameOf(id) ?? `\u0000${id}`),
    catalogs: new Set(matcher.catalogs),
    aiPack: matcher.aiPack,
  };
}

/** Whether the finding is about one of the targets ("*" is every target). */
export function isOnTargets(finding: ReviewedFinding, targets: readonly string[]): boolean {
  if (targets.includes(ANY_TARGET)) return true;
  return finding.subjects.some((subject) => targets.includes(subject));
}

/** The matching rule documented on `MatcherSchema`, without the target check. */
export function matchesContent(matcher: ResolvedMatcher, finding: ReviewedFinding): boolean {
  if (
    matcher.requireKeywords.length > 0 &&
    !matcher.requireKeywords.some((pattern) => pattern.test(finding.text))
  ) {
    return false;
  }
  if (
    matcher.mentions.length > 0 &&
    !matcher.mentions.some((name) => finding.rawText.includes(name))
  ) {
    return false;
  }
  if (citesAny(finding.references, matcher.refs)) return true;
  if (matcher.aiPack && finding.ai) return true;
  if (
    matcher.catalogs.size > 0 &&
    finding.references.some((code) => {
      const catalog = catalogOf(code);
      return catalog !== null && matcher.catalogs.has(catalog);
    })
  ) {
    return true;
  }
  if (matcher.keywords.length === 0) return false;
  if (!matcher.keywords.some((pattern) => pattern.test(finding.text))) return false;
  if (matcher.refsWithKeywords.length === 0 && matcher.categories.size === 0) return true;
  return (
    citesAny(finding.references, matcher.refsWithKeywords) ||
    hasCategory(finding, matcher.categories)
  );
}

export function matchesFinding(
  matcher: ResolvedMatcher,
  targets: readonly string[],
  finding: ReviewedFinding,
): boolean {
  return isOnTargets(finding, targets) && matchesContent(matcher, finding);
}

function hasCategory(finding: ReviewedFinding, categories: ReadonlySet<CategoryCode>): boolean {
  return (
    finding.stride.some((code) => categories.has(`STRIDE:${code}` as CategoryCode)) ||
    finding.linddun.some((code) => categories.has(`LINDDUN:${code}` as CategoryCode))
  );
}

export function matchesForbiddenQuestion(
  rule: ForbiddenQuestion,
  question: ReviewedQuestion,
  wording: readonly RegExp[] = compile(rule.wording),
): boolean {
  const onSubject =
    rule.subjects.includes(ANY_TARGET) || rule.subjects.includes(question.subjectId);
  if (!onSubject) return false;
  return (
    rule.facts.includes(question.fact) || wording.some((pattern) => pattern.test(question.text))
  );
}
