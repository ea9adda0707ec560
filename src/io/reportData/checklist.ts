import type { ChecklistAnswerValue } from "../../domain/checklist";
import type { ThreatModel } from "../../domain/schema";
import { dasfRisk } from "../../engine/catalog/dasf";
import { DASF_CHECKLIST } from "../../engine/catalog/dasfChecklist";
import { checklistFindingId } from "../../engine/risk/checklistFindings";

/** One item of the model-level checklist with the team's answer, as every report lists it. */
export interface ReportChecklistItem {
  /** The item's stable code, e.g. `DASF-12.3@2.0`. */
  code: string;
  /** Where the item comes from: "DASF 2.0 risk 12.3: Lack of incident response". */
  source: string;
  /** The question; empty for an answer to an item this version does not list. */
  question: string;
  /** null while unanswered. */
  answer: ChecklistAnswerValue | null;
  note: string;
  by: string;
  at: string | null;
  /** The finding a "no" adds, else null. */
  findingId: string | null;
}

export const CHECKLIST_ANSWER_LABELS: Readonly<Record<ChecklistAnswerValue, string>> = {
  yes: "Yes",
  no: "No",
  notApplicable: "Not applicable",
};

/**
 * Every checklist item in checklist order, answered or not, then answers the file holds for
 * items this version does not list (a newer version's), so no answer is left out of a report.
 */
export function checklistItems(model: ThreatModel): ReportChecklistItem[] {
  const answers = model.checklist ?? {};
  const answerOf = (code: string) => (Object.hasOwn(answers, code) ? answers[code] : undefined);
  const listed = DASF_CHECKLIST.map((item): ReportChecklistItem => {
    const risk = dasfRisk(item.risk);
    const recorded = answerOf(item.risk);
    return {
      code: item.risk,
      source: risk ? `DASF 2.0 risk ${risk.number}: ${risk.name}` : item.risk,
      question: item.prompt,
      answer: recorded?.answer ?? null,
      note: recorded?.note ?? "",
      by: recorded?.by ?? "",
      at: recorded?.at ?? null,
      findingId: recorded?.answer === "no" ? checklistFindingId(item.risk) : null,
    };
  });
  const known = new Set(DASF_CHECKLIST.map((item) => item.risk));
  const others = Object.entries(answers)
    .filter(([code]) => !known.has(code))
    .map(([code, recorded]): ReportChecklistItem => ({
      code,
      source: code,
      question: "",
      answer: recorded.answer,
      note: recorded.note,
      by: recorded.by,
      at: recorded.at,
      findingId: null,
    }));
  return [...listed, ...others];
}
