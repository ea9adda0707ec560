import { placeholdersOf } from "../templates";
import type { Condition, Rule } from "./schema";

type Subject = "element" | "flow" | "source" | "target" | "other";

/**
 * Mistakes the grammar cannot see: reading a subject, or using a placeholder, that is never
 * bound in the rule's scope. Such a test would silently never match, so it is an error.
 */
export function ruleUsageErrors(rule: Rule): string[] {
  const errors: string[] = [];
  const bound = boundSubjects(rule);
  const visit = (condition: Condition, path: string, inQuantifier: boolean): void => {
    if ("all" in condition)
      condition.all.forEach((c, i) => visit(c, `${path}.all[${i}]`, inQuantifier));
    else if ("any" in condition)
      condition.any.forEach((c, i) => visit(c, `${path}.any[${i}]`, inQuantifier));
    else if ("not" in condition) visit(condition.not, `${path}.not`, inQuantifier);
    else if ("some" in condition || "none" in condition) {
      const key = condition.some ? "some" : "none";
      const body = (condition.some ?? condition.none)!;
      if (body.from !== "model") {
        const of = body.of ?? "element";
        if (of === "other" ? !inQuantifier : !bound.has(of)) {
          errors.push(`${path}.${key}.of: "${of}" is not bound in a ${describe(rule)} rule`);
        }
      }
      if (body.where) visit(body.where, `${path}.${key}.where`, true);
    } else if ("subject" in condition) {
      const subject = condition.subject as Subject;
      if (subject === "other" ? !inQuantifier : !bound.has(subject)) {
        errors.push(
          subject === "other"
            ? `${path}.subject: "other" is only bound inside a some/none quantifier`
            : `${path}.subject: "${subject}" is not bound in a ${describe(rule)} rule`,
        );
      }
    }
  };
  if (rule.when) visit(rule.when, "when", false);

  const texts = [rule.text.title, rule.text.description, ...rule.text.mitigations];
  const unboundNames = new Set(
    texts.flatMap(placeholdersOf).filter((name) => name !== "other" && !boundNames(rule).has(name)),
  );
  for (const name of unboundNames) {
    errors.push(`text: {${name}} has nothing to name in a ${describe(rule)} rule`);
  }
  return errors;
}

function canTargetFlows(rule: Rule): boolean {
  const { types, mlKinds } = rule.target;
  return (!types || types.includes("flow")) && !mlKinds;
}

function boundSubjects(rule: Rule): Set<Subject> {
  if (rule.scope === "model") return new Set();
  if (rule.scope === "element" && !canTargetFlows(rule)) return new Set(["element"]);
  return new Set(["element", "flow", "source", "target"]);
}

function boundNames(rule: Rule): Set<string> {
  if (rule.scope === "model") return new Set(["element"]);
  if (rule.scope === "element" && !canTargetFlows(rule)) {
    return new Set(["element", "boundary", "exposure"]);
  }
  return new Set(["element", "flow", "source", "target", "boundary", "exposure"]);
}

function describe(rule: Rule): string {
  if (rule.scope === "element") return canTargetFlows(rule) ? "flow" : "per-element";
  return rule.scope === "model" ? "model-scope" : `${rule.scope}-scope`;
}
