import { ML_KIND_ELEMENT_TYPE } from "../../domain/mlKinds";
import type { LinddunCode, Rule, StrideCode } from "../rules/schema";

/** The DFD element kinds the per-element charts talk about. Boundaries are not in them. */
export type ChartElement = "externalEntity" | "process" | "dataStore" | "flow";

/** STRIDE per element (Microsoft SDL chart, frameworks.md). */
export const STRIDE_CHART: Readonly<Record<ChartElement, readonly StrideCode[]>> = {
  externalEntity: ["S", "R"],
  process: ["S", "T", "R", "I", "D", "E"],
  // R applies to a data store only when it holds logs or audit records (chart footnote).
  dataStore: ["T", "R", "I", "D"],
  flow: ["T", "I", "D"],
};

/** LINDDUN per element (classic mapping, frameworks.md). */
export const LINDDUN_CHART: Readonly<Record<ChartElement, readonly LinddunCode[]>> = {
  externalEntity: ["L", "I", "U"],
  process: ["L", "I", "Nr", "D", "DD", "Nc"],
  dataStore: ["L", "I", "Nr", "D", "DD", "Nc"],
  flow: ["L", "I", "Nr", "D", "DD", "Nc"],
};

const NODE_TYPES = ["process", "dataStore", "externalEntity"] as const;

/**
 * The chart elements a rule can produce findings on. Element rules: their target types (or
 * the types of their ML kinds). Interaction / crossing rules: the flow, plus the end types their
 * target filter names (an interaction is about the flow and its ends). Model rules: none.
 * A trust boundary is reported as "trustBoundary" since it is in neither chart.
 */
export function chartElementsOf(rule: Rule): Array<ChartElement | "trustBoundary"> {
  if (rule.scope === "model") return [];
  const kindTypes = rule.target.mlKinds?.map((kind) => ML_KIND_ELEMENT_TYPE[kind]);
  const declared = rule.target.types;
  if (rule.scope === "element") {
    if (declared && kindTypes)
      return unique(declared.filter((t) => kindTypes.includes(t as never)));
    if (declared) return unique(declared);
    if (kindTypes) return unique(kindTypes);
    return [...NODE_TYPES, "flow", "trustBoundary"];
  }
  const ends = declared?.filter((t) => t !== "flow") ?? [];
  return unique(["flow", ...(ends.length > 0 ? ends : (kindTypes ?? []))]);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export interface ChartViolation {
  ruleId: string;
  framework: "stride" | "linddun";
  code: string;
  element: ChartElement | "trustBoundary";
}

/**
 * Categories a rule claims outside the per-element charts. Element rules must fit every type
 * they target; interaction and crossing rules may use any category of the flow or of a named
 * end type. Empty when the rule is within the charts or says why not (`chartException`).
 */
export function chartViolations(rule: Rule): ChartViolation[] {
  if (rule.chartException || rule.scope === "model") return [];
  const elements = chartElementsOf(rule);
  const violations: ChartViolation[] = [];
  const check = (framework: "stride" | "linddun", codes: readonly string[]) => {
    const chart: Readonly<Record<ChartElement, readonly string[]>> =
      framework === "stride" ? STRIDE_CHART : LINDDUN_CHART;
    const fits = (element: ChartElement | "trustBoundary", code: string) =>
      element !== "trustBoundary" && chart[element].includes(code);
    for (const code of codes) {
      if (rule.scope === "element") {
        for (const element of elements) {
          if (!fits(element, code)) violations.push({ ruleId: rule.id, framework, code, element });
        }
      } else if (!elements.some((element) => fits(element, code))) {
        violations.push({ ruleId: rule.id, framework, code, element: "flow" });
      }
    }
  };
  check("stride", rule.categories.stride);
  check("linddun", rule.categories.linddun);
  return violations;
}
