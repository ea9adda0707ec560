import "../../domain/zodConfig";
import { z } from "zod";
import { ELEMENT_TYPES, MlAssetKindSchema } from "../../domain/schema";
import { FACT_NAMES, MODEL_FACTS, SUBJECTS, type FactName } from "./facts";
import { AI_HARM_CODES, LINDDUN_CODES, STRIDE_CODES } from "./codes";
import { RuleReferencesSchema } from "./references";

export { ATLAS_ID_PATTERN, OWASP_ID_PATTERN } from "./references";

/**
 * Rules are data. This file is the grammar every rule pack is written in and validated
 * against when loaded. No eval, no matching on words in names: conditions read only the
 * whitelisted facts in `facts.ts`.
 *
 * Conditions use three-valued logic (yes / no / unknown). A comparison on a tri-state fact
 * whose value is "unknown" is itself unknown (unless it asks `is: "unknown"` explicitly);
 * `all` is false if any part is false, else unknown if any part is unknown; `any` is true if
 * any part is true, else unknown if any is unknown; `not` swaps true and false.
 * A rule whose condition is unknown produces a *question* (listing the unknown facts) instead
 * of a finding.
 */

export { AI_HARM_CODES, LINDDUN_CODES, STRIDE_CODES } from "./codes";
export type { AiHarmCode, LinddunCode, StrideCode } from "./codes";
export const StrideCodeSchema = z.enum(STRIDE_CODES);
export const LinddunCodeSchema = z.enum(LINDDUN_CODES);
export const AiHarmCodeSchema = z.enum(AI_HARM_CODES);

const FactNameSchema = z.enum(FACT_NAMES as [FactName, ...FactName[]]);
const SubjectSchema = z.enum(SUBJECTS);
const ModelFactSchema = z.enum(Object.keys(MODEL_FACTS) as [keyof typeof MODEL_FACTS]);
const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Compare one fact of one subject. Exactly one of is / isNot / in / notIn / gte / lte / gt / lt. */
export const FactTestSchema = z
  .strictObject({
    subject: SubjectSchema,
    fact: FactNameSchema,
    is: ScalarSchema.optional(),
    isNot: ScalarSchema.optional(),
    in: z.array(ScalarSchema).min(1).optional(),
    notIn: z.array(ScalarSchema).min(1).optional(),
    gte: z.number().optional(),
    lte: z.number().optional(),
    gt: z.number().optional(),
    lt: z.number().optional(),
  })
  .refine(
    (t) =>
      ["is", "isNot", "in", "notIn", "gte", "lte", "gt", "lt"].filter(
        (k) => t[k as keyof typeof t] !== undefined,
      ).length === 1,
    { message: "a fact test needs exactly one operator (is, isNot, in, notIn, gte, lte, gt, lt)" },
  );
export type FactTest = z.infer<typeof FactTestSchema>;

export const ModelFactTestSchema = z.strictObject({
  modelFact: ModelFactSchema,
  gte: z.number().optional(),
  lte: z.number().optional(),
  is: z.number().optional(),
});

const ElementTypeOrFlowSchema = z.enum([...ELEMENT_TYPES, "flow"]);

/** Which elements (or flows) a rule, or a quantifier, applies to. Empty = any. */
export const TargetSchema = z.strictObject({
  types: z.array(ElementTypeOrFlowSchema).min(1).optional(),
  mlKinds: z.array(MlAssetKindSchema).min(1).optional(),
});
export type Target = z.infer<typeof TargetSchema>;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | FactTest
  | z.infer<typeof ModelFactTestSchema>
  | Quantifier;

/**
 * Quantifiers bind `other` to each element found and test `where` on it; they are true when
 * some (`some`) / none (`none`) match. `from` says where to look:
 *   upstream / downstream  elements within `hops` flows (1-4) against / along the flow direction
 *                          of `of` (a subject: element, source or target)
 *   neighbours             elements one flow away in either direction of `of`
 *   roundTrip              elements `of` both sends to and receives from (a store an agent
 *                          writes and reads back, a tool it calls and hears from)
 *   model                  every element of the model (model-scope rules)
 * Out-of-scope elements are never bound.
 */
export interface Quantifier {
  some?: QuantifierBody;
  none?: QuantifierBody;
}
export interface QuantifierBody {
  from: "upstream" | "downstream" | "neighbours" | "roundTrip" | "model";
  /** Where the walk starts; "other" (inside a quantifier) starts at the element bound there. */
  of?: "element" | "source" | "target" | "other";
  hops?: number;
  target?: Target;
  where?: Condition;
}

const QuantifierBodySchema: z.ZodType<QuantifierBody> = z.lazy(() =>
  z.strictObject({
    from: z.enum(["upstream", "downstream", "neighbours", "roundTrip", "model"]),
    of: z.enum(["element", "source", "target", "other"]).optional(),
    hops: z.number().int().min(1).max(4).optional(),
    target: TargetSchema.optional(),
    where: ConditionSchema.optional(),
  }),
);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ some: QuantifierBodySchema }),
    z.strictObject({ none: QuantifierBodySchema }),
    FactTestSchema,
    ModelFactTestSchema,
  ]),
);

/**
 * Text templates. Placeholders: {element} {flow} {source} {target} (display names of the
 * matched subjects), {boundary} (for crossings: the boundary entered, else exited),
 * {other} (first element a `some` quantifier bound). Unknown placeholders fail validation.
 */
const TemplateSchema = z
  .string()
  .min(1)
  .max(2000)
  .refine((t) => [...t.matchAll(/\{(\w+)\}/g)].every((m) => TEMPLATE_VARS.has(m[1]!)), {
    message:
      "uses a placeholder that is not one of {element} {flow} {source} {target} {boundary} {other} {exposure}",
  });
export const TEMPLATE_VARS = new Set([
  "element",
  "flow",
  "source",
  "target",
  "boundary",
  "other",
  "exposure",
]);

/** A root cause code: what is wrong, independent of which framework names it ("flow.clearText"). */
const RootCauseSchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/, 'must look like "flow.clearText"');

/** What a finding asserts about access, so property tests can check the premise holds. */
export const CLAIMS = ["outsiderAccess", "unauthenticatedAccess", "unlimitedAccess"] as const;

export const RuleSchema = z.strictObject({
  /** Stable: finding ids are built from it. Never reuse a retired rule id. */
  id: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, "must look like AI-POISON-01"),
  revision: z.number().int().min(1),
  pack: z.enum(["stride", "linddun", "ai"]),
  /**
   * element      once per in-scope element (or flow) matching `target`; subject `element`
   * interaction  once per in-scope flow (source -> flow -> target); `target` filters the flow's
   *              ends via `source` / `target` subjects in the condition
   * crossing     once per flow that crosses at least one trust boundary
   * model        once per model
   */
  scope: z.enum(["element", "interaction", "crossing", "model"]),
  /**
   * One finding per root cause: rules with the same root cause on the same item (an element, or
   * a flow for flow, interaction and crossing rules) merge into one finding carrying all their
   * categories and references. Defaults to the rule's own id (never merged).
   */
  rootCause: RootCauseSchema.optional(),
  /**
   * Root causes this rule is the specific form of: when it fires on the same item, findings of
   * those causes fold into it (the user reads the threat once, in its most specific words).
   */
  supersedes: z.array(RootCauseSchema).default([]),
  /** What the finding asserts about who can reach its element (checked by property tests). */
  claims: z.array(z.enum(CLAIMS)).default([]),
  /**
   * Rules whose findings this one now reports: retired rules (same root cause), or a stronger
   * live rule this one takes over from when a reassuring answer rules the stronger premise out.
   * Their finding ids become aliases of this rule's findings, so triage recorded under them is
   * kept. `on` says which of this rule's targets the old rule was keyed on.
   */
  replaces: z
    .array(
      z.strictObject({
        rule: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/),
        on: z.enum(["element", "flow", "source", "target", "interaction", "model"]),
      }),
    )
    .default([]),
  target: TargetSchema.default({}),
  when: ConditionSchema.optional(),
  categories: z
    .strictObject({
      stride: z.array(StrideCodeSchema).default([]),
      linddun: z.array(LinddunCodeSchema).default([]),
      ai: z.array(AiHarmCodeSchema).default([]),
    })
    .refine((c) => c.stride.length + c.linddun.length + c.ai.length > 0, {
      message: "a rule needs at least one STRIDE, LINDDUN or AI harm category",
    }),
  /**
   * Required when a category is outside the per-element chart for the rule's target type
   * (frameworks.md), e.g. Spoofing on a data store: say why it applies anyway.
   */
  chartException: z.string().min(10).optional(),
  /** Catalog codes the rule cites (edition-qualified; see ./references.ts). */
  references: RuleReferencesSchema,
  /** 1 (rare) - 5 (almost certain) */
  likelihood: z.number().int().min(1).max(5),
  /** 1 (negligible) - 5 (severe) */
  impact: z.number().int().min(1).max(5),
  text: z.strictObject({
    title: TemplateSchema,
    description: TemplateSchema,
    mitigations: z.array(TemplateSchema).min(1),
  }),
});
export type Rule = z.infer<typeof RuleSchema>;
export type RuleInput = z.input<typeof RuleSchema>;
