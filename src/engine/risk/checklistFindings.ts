import { checklistAnswerOf } from "../../domain/checklistAnswers";
import type { ThreatModel } from "../../domain/schema";
import { DASF_CHECKLIST, type DasfChecklistItem } from "../catalog/dasfChecklist";
import { riskScore, severityOf } from "../scoring";
import type { Finding } from "../types";
import { MODEL_TARGET_ID } from "./modelTarget";

/**
 * The model-level checklist as findings: an item answered "no" leaves its risk open, as a finding
 * about the whole model. "Yes" and "not applicable" close the item, and an unanswered item is a
 * question (listed in the questionnaire), never a finding. No rule produces these: they are what
 * the team said about how it works, like a custom threat is what a person wrote.
 */

/** `DASF-12.3@2.0` -> `CHECKLIST-DASF-12-3`: stable, and shaped like a rule id. */
export function checklistRuleId(risk: string): string {
  const [code = risk] = risk.split("@");
  return `CHECKLIST-${code.replace(/\./g, "-")}`;
}

/** The id the finding of a "no" has: triage is keyed on it. */
export function checklistFindingId(risk: string): string {
  return `${checklistRuleId(risk)}@${MODEL_TARGET_ID}`;
}

const NO_LIST: never[] = Object.freeze([]) as unknown as never[];
/** One object per item: the same answer gives the same finding (lists memoise on identity). */
const made = new Map<string, Finding>();

export function checklistFinding(item: DasfChecklistItem): Finding {
  const known = made.get(item.risk);
  if (known) return known;
  const { gap } = item;
  const score = riskScore(gap.likelihood, gap.impact);
  const finding: Finding = {
    id: checklistFindingId(item.risk),
    ruleId: checklistRuleId(item.risk),
    ruleRevision: 1,
    pack: "checklist",
    scope: "model",
    rootCause: "checklist.no",
    aliases: NO_LIST,
    folded: NO_LIST,
    targetIds: [MODEL_TARGET_ID],
    categories: {
      stride: gap.stride ? [...gap.stride] : NO_LIST,
      linddun: gap.linddun ? [...gap.linddun] : NO_LIST,
      ai: NO_LIST,
    },
    title: gap.title,
    // The card shows no "why" for a finding about the whole model: the text says where it is from.
    description: `Answered “No” in the organisation checklist. ${gap.description}`,
    mitigations: [...gap.mitigations],
    because: NO_LIST,
    claims: NO_LIST,
    references: { atlas: NO_LIST, owasp: NO_LIST, dasf: [item.risk] },
    likelihood: gap.likelihood,
    impact: gap.impact,
    score,
    severity: severityOf(score),
  };
  made.set(item.risk, finding);
  return finding;
}

/** The findings of the items this model's team answered "no", in checklist order. */
export function checklistFindings(model: ThreatModel): Finding[] {
  const answers = model.checklist;
  if (!answers || Object.keys(answers).length === 0) return [];
  return DASF_CHECKLIST.filter((item) => checklistAnswerOf(model, item.risk)?.answer === "no").map(
    checklistFinding,
  );
}
