import { formatIssues } from "../../domain/validation";
import { AI_RULES } from "./packs/ai";
import { LINDDUN_RULES } from "./packs/linddun";
import { STRIDE_RULES } from "./packs/stride";
import { RuleSchema, type Rule } from "./schema";
import { ruleUsageErrors } from "./usage";

export interface RuleLoadResult {
  /** The rules that passed, in input order. */
  rules: Rule[];
  /** One readable line per problem, naming the pack, the rule and the field. */
  errors: string[];
}

/**
 * Validates rule packs: each rule against the grammar (`RuleSchema`), then ids unique across
 * all packs, then subjects and placeholders that can be bound in the rule's scope.
 */
export function loadRules(packs: Readonly<Record<string, readonly unknown[]>>): RuleLoadResult {
  const rules: Rule[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const [pack, inputs] of Object.entries(packs)) {
    inputs.forEach((input, index) => {
      const label = ruleLabel(pack, index, input);
      const parsed = RuleSchema.safeParse(input);
      if (!parsed.success) {
        for (const line of formatIssues(parsed.error)) errors.push(`${label}: ${line}`);
        return;
      }
      const rule = parsed.data;
      const usage = ruleUsageErrors(rule);
      if (isPackName(pack) && rule.pack !== pack) {
        usage.push(`pack: says "${rule.pack}" but is listed in the ${pack} pack`);
      }
      if (usage.length > 0) {
        for (const line of usage) errors.push(`${label}: ${line}`);
        return;
      }
      const previous = seen.get(rule.id);
      if (previous !== undefined) {
        errors.push(`${label}: id "${rule.id}" is already used by ${previous}`);
        return;
      }
      seen.set(rule.id, label);
      rules.push(rule);
    });
  }
  return { rules, errors };
}

function isPackName(name: string): name is Rule["pack"] {
  return name === "stride" || name === "linddun" || name === "ai";
}

function ruleLabel(pack: string, index: number, input: unknown): string {
  const id =
    typeof input === "object" && input !== null && "id" in input && typeof input.id === "string"
      ? ` (${input.id})`
      : "";
  return `${pack} pack, rule #${index + 1}${id}`;
}

export const RULE_PACKS = {
  stride: STRIDE_RULES,
  linddun: LINDDUN_RULES,
  ai: AI_RULES,
} as const;

function loadAll(): Rule[] {
  const { rules, errors } = loadRules(RULE_PACKS);
  if (errors.length > 0) {
    throw new Error(`Invalid threat rules:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
  }
  return rules;
}

/** Every built-in rule, validated; loading fails loudly on an invalid rule. */
export const ALL_RULES: readonly Rule[] = Object.freeze(loadAll());
