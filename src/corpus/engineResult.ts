import { MODEL_TARGET } from "./golden";
import { catalogOf } from "./references";

/**
 * The one place that reads the engine's result. It accepts today's shape (questions are findings
 * with `kind: "question"` and a `questions[]` list) and the coming one (a separate
 * `result.questions`, one entry per (subject, fact), listing what depends on it), so the
 * measurement keeps working while the engine is reworked. Everything else in src/corpus works on
 * the reviewed shape below.
 */

export interface EngineQuestionLike {
  subjectId: string;
  fact: string;
  text?: string;
}

/** What the corpus reads of a finding; today's `Finding` is assignable to it. */
export interface EngineFindingLike {
  id: string;
  kind?: string;
  pack?: string;
  ruleId?: string;
  targetIds: readonly string[];
  categories?: { stride?: readonly string[]; linddun?: readonly string[] };
  title: string;
  description?: string;
  references?: Readonly<Record<string, readonly string[] | undefined>> | readonly string[];
  questions?: readonly EngineQuestionLike[];
  severity?: string;
}

export interface EngineResultLike {
  findings: readonly EngineFindingLike[];
  /** The coming shape; entries are read structurally (see `readStandaloneQuestion`). */
  questions?: readonly unknown[];
}

export interface ReviewedFinding {
  id: string;
  title: string;
  /** Title and description with the model's element and flow names blanked, for keywords. */
  text: string;
  /** Title and description as written. */
  rawText: string;
  targetIds: readonly string[];
  /**
   * What the finding is about: the flow(s) it names, else its first element, else "@model".
   * Interaction and crossing findings (source > flow > target) are about their flow.
   */
  subjects: readonly string[];
  stride: readonly string[];
  linddun: readonly string[];
  /** Catalog codes, flattened over every catalog (MAESTRO layers left out: they are not threats). */
  references: readonly string[];
  severity: string | null;
  /** Comes from the AI pack. */
  ai: boolean;
  /** Cites a code of an AI catalog (ATLAS, OWASP ML / LLM / agentic, DASF, CoSAI, NIST AML). */
  aiCatalog: boolean;
}

/** One asking of one unknown fact. */
export interface ReviewedQuestion {
  /** The result that asked it (a question finding's id, or the question's own id). */
  askedBy: string;
  subjectId: string;
  fact: string;
  text: string;
  /** What answering could turn into a finding, when the engine says (empty when it does not). */
  potential: readonly ReviewedFinding[];
}

export interface ReviewedResult {
  findings: readonly ReviewedFinding[];
  questions: readonly ReviewedQuestion[];
  /** Question results as the engine counts them (one per question card / entry). */
  questionResultCount: number;
}

export interface ModelIds {
  elementIds: ReadonlySet<string>;
  flowIds: ReadonlySet<string>;
  /**
   * Names of the model's elements and flows. They are blanked out of a finding's text before
   * keywords are matched, so "Model deployment pipeline" in a title is not taken for a finding
   * about deployment, nor "Customer memory" for one about memory.
   */
  names?: readonly string[];
}

export function readEngineResult(result: EngineResultLike, ids: ModelIds): ReviewedResult {
  const findings: ReviewedFinding[] = [];
  const questions: ReviewedQuestion[] = [];
  let questionResultCount = 0;
  for (const finding of result.findings) {
    if (finding.kind !== "question") {
      findings.push(reviewFinding(finding, ids));
      continue;
    }
    questionResultCount += 1;
    const potential = [reviewFinding(finding, ids)];
    for (const question of finding.questions ?? []) {
      questions.push({
        askedBy: finding.id,
        subjectId: question.subjectId,
        fact: question.fact,
        text: question.text ?? "",
        potential,
      });
    }
  }
  (result.questions ?? []).forEach((raw, index) => {
    const question = readStandaloneQuestion(raw, index, ids);
    if (!question) return;
    questionResultCount += 1;
    questions.push(question);
  });
  return { findings, questions, questionResultCount };
}

export function reviewFinding(finding: EngineFindingLike, ids: ModelIds): ReviewedFinding {
  const references = flattenReferences(finding.references);
  return {
    id: finding.id,
    title: finding.title,
    text: blankNames(`${finding.title}\n${finding.description ?? ""}`, ids.names ?? []),
    rawText: `${finding.title}\n${finding.description ?? ""}`,
    targetIds: finding.targetIds,
    subjects: subjectsOf(finding.targetIds, ids),
    stride: finding.categories?.stride ?? [],
    linddun: finding.categories?.linddun ?? [],
    references,
    severity: finding.severity ?? null,
    ai: isAiFinding(finding, references),
    aiCatalog: references.some((code) => catalogOf(code) !== null),
  };
}

export function blankNames(text: string, names: readonly string[]): string {
  let result = text;
  const longestFirst = [...new Set(names)].filter((n) => n.trim().length > 0);
  longestFirst.sort((a, b) => b.length - a.length);
  for (const name of longestFirst) {
    result = result.split(name).join("‹…›");
  }
  return result;
}

export function subjectsOf(targetIds: readonly string[], ids: ModelIds): string[] {
  const flows = targetIds.filter((id) => ids.flowIds.has(id));
  if (flows.length > 0) return flows;
  const first = targetIds.find((id) => ids.elementIds.has(id));
  return [first ?? MODEL_TARGET];
}

function flattenReferences(references: EngineFindingLike["references"]): string[] {
  if (!references) return [];
  if (isStringArray(references)) return [...references];
  const codes: string[] = [];
  for (const [catalog, list] of Object.entries(references)) {
    if (catalog === "maestro" || !list) continue;
    codes.push(...list);
  }
  return codes;
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The AI pack, by the finding's own pack; failing that its rule id; failing that its codes. */
function isAiFinding(finding: EngineFindingLike, references: readonly string[]): boolean {
  if (finding.pack !== undefined) return finding.pack === "ai";
  if (finding.ruleId !== undefined) return finding.ruleId.startsWith("AI-");
  return references.some((code) => catalogOf(code) !== null);
}

/**
 * A question of the coming `result.questions` list. Read structurally, since the shape is being
 * designed: the subject from `subjectId` (or `subject`), the fact from `fact`, the wording from
 * `text` (or `question`), and the findings that depend on it from any finding-like objects
 * (with a `title`) found in its properties, one level of nesting deep (`dependents`,
 * `ifYes.adds` ...).
 */
export function readStandaloneQuestion(
  raw: unknown,
  index: number,
  ids: ModelIds,
): ReviewedQuestion | null {
  if (!isRecord(raw)) return null;
  const subjectId = stringField(raw, "subjectId") ?? stringField(raw, "subject");
  const fact = stringField(raw, "fact");
  if (subjectId === undefined || fact === undefined) return null;
  const text = stringField(raw, "text") ?? stringField(raw, "question") ?? "";
  const askedBy = stringField(raw, "id") ?? `question#${index}@${subjectId}:${fact}`;
  const potential: ReviewedFinding[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key === "subjectId" || key === "subject" || key === "fact" || key === "text") continue;
    collectFindingLikes(value, subjectId, 2, potential, ids);
  }
  return { askedBy, subjectId, fact, text, potential };
}

function collectFindingLikes(
  value: unknown,
  subjectId: string,
  depth: number,
  out: ReviewedFinding[],
  ids: ModelIds,
): void {
  if (Array.isArray(value)) {
    for (const item of value) collectFindingLikes(item, subjectId, depth, out, ids);
    return;
  }
  if (!isRecord(value)) return;
  const title = stringField(value, "title");
  if (title !== undefined) {
    out.push(reviewFinding(asFindingLike(value, title, subjectId), ids));
    return;
  }
  if (depth <= 0) return;
  for (const nested of Object.values(value)) {
    collectFindingLikes(nested, subjectId, depth - 1, out, ids);
  }
}

function asFindingLike(
  value: Record<string, unknown>,
  title: string,
  subjectId: string,
): EngineFindingLike {
  const targetIds = isStringArray(value.targetIds) ? value.targetIds : [subjectId];
  const categories = isRecord(value.categories)
    ? {
        stride: isStringArray(value.categories.stride) ? value.categories.stride : [],
        linddun: isStringArray(value.categories.linddun) ? value.categories.linddun : [],
      }
    : undefined;
  const references = readReferences(value.references);
  const like: EngineFindingLike = {
    id: stringField(value, "id") ?? stringField(value, "findingId") ?? `${title}@${subjectId}`,
    title,
    targetIds,
  };
  const description = stringField(value, "description");
  if (description !== undefined) like.description = description;
  if (categories) like.categories = categories;
  if (references) like.references = references;
  const pack = stringField(value, "pack");
  if (pack !== undefined) like.pack = pack;
  const ruleId = stringField(value, "ruleId");
  if (ruleId !== undefined) like.ruleId = ruleId;
  const severity = stringField(value, "severity");
  if (severity !== undefined) like.severity = severity;
  return like;
}

function readReferences(value: unknown): EngineFindingLike["references"] | undefined {
  if (isStringArray(value)) return value;
  if (!isRecord(value)) return undefined;
  const out: Record<string, readonly string[]> = {};
  for (const [key, list] of Object.entries(value)) {
    if (isStringArray(list)) out[key] = list;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === "string" ? value : undefined;
}
