import { RuleSchema, type Rule, type RuleInput } from "../rules/schema";

/** A valid rule with sensible defaults; override what the test is about. */
export function ruleOf(fields: Partial<RuleInput> & Pick<RuleInput, "id">): Rule {
  return RuleSchema.parse({
    revision: 1,
    pack: "stride",
    scope: "element",
    categories: { stride: ["T"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Test rule on {element}",
      description: "A rule written for a test.",
      mitigations: ["Fix {element}."],
    },
    ...fields,
  } satisfies RuleInput);
}
