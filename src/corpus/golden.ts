import { z } from "zod";
import { CATEGORY_CODES, type CategoryCode } from "./categories";
import { REFERENCE_CATALOGS, catalogOf } from "./references";
import { TOPICS } from "./topics/index";

/**
 * A golden file: what an AI-security reviewer expects the engine to say about one corpus model,
 * and what it must not say. Matchers never name rule ids (rules are renamed and merged); they
 * name catalog codes, STRIDE / LINDDUN categories and topic words, so they keep meaning the
 * same threat across engine rewrites.
 */

export const CategoryCodeSchema = z.enum(CATEGORY_CODES);
export type { CategoryCode };

const ReferenceCodeSchema = z.string().refine((code) => catalogOf(code) !== null, {
  message:
    "is not a catalog code (AML.T0051, ML02:2023, LLM01:2025, ASI06:2026, AGT-T1@1.1, DASF-9.1@2.0, cosai:riskPromptInjection, NISTAML.015, owaspai:directpromptinjection)",
});

/** A case-insensitive regular expression over a finding's title and description. */
const PatternSchema = z
  .string()
  .min(2, "is too short to mean anything")
  .max(300)
  .refine(isValidPattern, { message: "is not a valid regular expression" });

function isValidPattern(source: string): boolean {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}

const TopicIdSchema = z.string().refine((id) => Object.hasOwn(TOPICS, id), {
  message: "is not a topic of src/corpus/topics.ts",
});

/**
 * A result matches when it is on one of the threat's targets and
 *  - cites any of `refs`, or
 *  - its text matches one of `keywords` and it cites one of `refsWithKeywords` or has one of
 *    `categories` (the keywords alone when both lists are empty), or
 *  - cites any code of one of `catalogs`, or
 *  - `aiPack` is set and the finding comes from the AI pack;
 * and, when `requireKeywords` is given, its text also matches one of those, and when `mentions`
 * is given, its text names one of those elements.
 * `topic` adds a shared matcher from `topics.ts` (its lists are joined with these).
 */
export const MatcherSchema = z
  .strictObject({
    topic: TopicIdSchema.optional(),
    refs: z.array(ReferenceCodeSchema).default([]),
    refsWithKeywords: z.array(ReferenceCodeSchema).default([]),
    categories: z.array(CategoryCodeSchema).default([]),
    keywords: z.array(PatternSchema).default([]),
    requireKeywords: z.array(PatternSchema).default([]),
    /** Ids of elements the finding's own text must name (for premises about a named element). */
    mentions: z.array(z.string().min(1)).default([]),
    catalogs: z.array(z.enum(REFERENCE_CATALOGS)).default([]),
    aiPack: z.boolean().default(false),
  })
  .refine(
    (m) =>
      m.topic !== undefined ||
      m.refs.length > 0 ||
      m.keywords.length > 0 ||
      m.catalogs.length > 0 ||
      m.aiPack,
    { message: "a matcher needs a topic, refs, keywords, catalogs or aiPack" },
  )
  .refine((m) => m.refsWithKeywords.length === 0 || m.keywords.length > 0 || m.topic, {
    message: "refsWithKeywords only count together with keywords",
  });
export type Matcher = z.infer<typeof MatcherSchema>;
export type MatcherInput = z.input<typeof MatcherSchema>;

const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");

/** Element, flow or boundary ids of the model; "@model" is a finding about the whole model. */
export const MODEL_TARGET = "@model";
/** Any target at all (forbidden results only). */
export const ANY_TARGET = "*";

const TargetsSchema = z.array(z.string().min(1)).min(1, "name at least one target");

export const SEVERITY_LEVELS = ["info", "low", "medium", "high", "critical"] as const;

const UnknownFactSchema = z.strictObject({
  /** The element or flow the fact is read on. */
  subject: z.string().min(1),
  /** The document property left unknown (e.g. enforcesDocumentPermissions). */
  fact: z.string().min(1),
});

export const ExpectedThreatSchema = z
  .strictObject({
    id: SlugSchema,
    /** The threat in our own words, one or two sentences. */
    statement: z.string().min(20).max(600),
    /** Where a reviewer accepts it: any one of these (for an interaction, the flow id). */
    targets: TargetsSchema,
    match: MatcherSchema,
    /** The severity an expert would give it: the engine should not rank it far below. */
    severity: z.enum(["low", "medium", "high", "critical"]),
    /**
     * "finding": the known properties make it a definite finding.
     * "findingOrQuestion": it hinges on the unknown facts in `hingesOn`, so one precise
     * question about them is an acceptable outcome.
     */
    outcome: z.enum(["finding", "findingOrQuestion"]),
    hingesOn: z.array(UnknownFactSchema).default([]),
    /**
     * Why it is expected, when that is not the first review's judgement: an entry added (or a
     * matcher widened) after a later review quotes the reviewer's verdict here, in one line.
     */
    reason: z.string().min(10).max(400).optional(),
  })
  .refine((t) => (t.outcome === "findingOrQuestion") === t.hingesOn.length > 0, {
    message: "a findingOrQuestion threat names the unknown facts it hinges on, a finding none",
    path: ["hingesOn"],
  })
  .refine((t) => !t.targets.includes(ANY_TARGET), {
    message: "an expected threat names its targets; * is for forbidden results",
    path: ["targets"],
  });
export type ExpectedThreat = z.infer<typeof ExpectedThreatSchema>;

/** A finding that would rest on a false premise for this model, or say something false about it. */
export const ForbiddenFindingSchema = z.strictObject({
  id: SlugSchema,
  /** The false premise and why it is false here. */
  statement: z.string().min(20).max(600),
  targets: TargetsSchema,
  match: MatcherSchema,
  /**
   * "premise" (default): the finding is wrong, so it never counts as finding an expected threat.
   * "wording": the threat may be right but the text is wrong for this model (LLM words on a
   * vision model, an AI catalog code on a web shop); it is counted as forbidden and still counts
   * for the expected threat it matches.
   */
  kind: z.enum(["premise", "wording"]).default("premise"),
});
export type ForbiddenFinding = z.infer<typeof ForbiddenFindingSchema>;

/** A question that must not be asked: the fact cannot matter for that subject. */
export const ForbiddenQuestionSchema = z
  .strictObject({
    id: SlugSchema,
    statement: z.string().min(20).max(600),
    subjects: TargetsSchema,
    /** Fact names (as the engine names them); any matches. */
    facts: z.array(z.string().min(1)).default([]),
    /** Or patterns over the question's text. */
    wording: z.array(PatternSchema).default([]),
  })
  .refine((q) => q.facts.length > 0 || q.wording.length > 0, {
    message: "name the facts or the wording of the question that must not be asked",
  });
export type ForbiddenQuestion = z.infer<typeof ForbiddenQuestionSchema>;

export const GoldenFileSchema = z
  .strictObject({
    modelId: z.string().min(1),
    /** What a reviewer looks for in this system, for people reading the file. */
    reviewNotes: z.string().max(4000).default(""),
    expected: z.array(ExpectedThreatSchema).min(1),
    forbidden: z.array(ForbiddenFindingSchema).default([]),
    forbiddenQuestions: z.array(ForbiddenQuestionSchema).default([]),
  })
  .superRefine((golden, ctx) => {
    const seen = new Set<string>();
    const lists = ["expected", "forbidden", "forbiddenQuestions"] as const;
    for (const list of lists) {
      golden[list].forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: "custom",
            path: [list, index, "id"],
            message: `duplicate id "${item.id}"`,
          });
        }
        seen.add(item.id);
      });
    }
  });
export type GoldenFile = z.infer<typeof GoldenFileSchema>;
export type GoldenFileInput = z.input<typeof GoldenFileSchema>;

/**
 * Ids a golden file names that are not in its model (empty when all are). Expected threats may
 * name elements, flows, boundaries and "@model"; forbidden results may also use "*".
 */
export function unknownGoldenIds(
  golden: GoldenFile,
  modelIds: ReadonlySet<string>,
): { path: string; id: string }[] {
  const problems: { path: string; id: string }[] = [];
  const check = (path: string, id: string, allowAny: boolean) => {
    if (id === MODEL_TARGET || (allowAny && id === ANY_TARGET) || modelIds.has(id)) return;
    problems.push({ path, id });
  };
  golden.expected.forEach((threat, i) => {
    threat.targets.forEach((id) => check(`expected[${i}].targets`, id, false));
    threat.hingesOn.forEach((fact) => check(`expected[${i}].hingesOn`, fact.subject, false));
  });
  golden.expected.forEach((threat, i) =>
    threat.match.mentions.forEach((id) => check(`expected[${i}].match.mentions`, id, false)),
  );
  golden.forbidden.forEach((item, i) => {
    item.targets.forEach((id) => check(`forbidden[${i}].targets`, id, true));
    item.match.mentions.forEach((id) => check(`forbidden[${i}].match.mentions`, id, false));
  });
  golden.forbiddenQuestions.forEach((item, i) =>
    item.subjects.forEach((id) => check(`forbiddenQuestions[${i}].subjects`, id, true)),
  );
  return problems;
}
