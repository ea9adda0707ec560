import {
  ChecklistAnswerSchema,
  ChecklistKeySchema,
  type ChecklistAnswer,
  type ChecklistAnswerValue,
} from "./checklist";
import { fail, ok, type OperationResult } from "./operations/result";
import type { ThreatModel } from "./schema";
import { formatIssues } from "./validation";

/**
 * Operations on the model-level checklist (see `checklist.ts` for the stored shape). Apart from
 * the schema so the first screen does not carry them: the questionnaire and the engine load them.
 */

export interface ChecklistEntry {
  answer: ChecklistAnswerValue;
  note?: string;
}

/** Records (or changes) the answer to one checklist item: one undoable step. */
export function answerChecklistItem(
  doc: ThreatModel,
  code: string,
  entry: ChecklistEntry,
  meta: { by: string; at: string },
): OperationResult {
  const previous = Object.hasOwn(doc.checklist, code) ? doc.checklist[code] : undefined;
  const parsed = ChecklistAnswerSchema.safeParse({
    ...previous,
    answer: entry.answer,
    note: (entry.note ?? previous?.note ?? "").trim(),
    by: meta.by.trim().slice(0, 200),
    at: meta.at,
  });
  if (!parsed.success) return fail(formatIssues(parsed.error).join("; "));
  const key = ChecklistKeySchema.safeParse(code);
  if (!key.success) return fail(`item ${formatIssues(key.error).join("; ")}`);
  const next = parsed.data as ChecklistAnswer;
  if (previous && previous.answer === next.answer && previous.note === next.note) return ok(doc);
  return ok({ ...doc, checklist: { ...doc.checklist, [code]: next } });
}

/** Makes an item unanswered again. */
export function clearChecklistAnswer(doc: ThreatModel, code: string): OperationResult {
  if (!Object.hasOwn(doc.checklist, code)) return ok(doc);
  const { [code]: _cleared, ...rest } = doc.checklist;
  return ok({ ...doc, checklist: rest });
}

/** The answer recorded for an item, if any (never one inherited from Object.prototype). */
export function checklistAnswerOf(doc: ThreatModel, code: string): ChecklistAnswer | undefined {
  return Object.hasOwn(doc.checklist, code) ? doc.checklist[code] : undefined;
}
