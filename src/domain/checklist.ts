import "./zodConfig";
import { z } from "zod";
import { FindingKeySchema, IsoDateTime, LongText, ShortText } from "./decisions";

/**
 * Answers to the model-level checklist: questions about how the organisation works (incident
 * response, red teaming, secure development...) that no element of a diagram can show. Part of
 * the document since schema version 3. Keyed by the item's stable code (`DASF-12.3@2.0`); an item
 * with no entry is unanswered. Codes this version of the app does not list are kept as they are
 * (a newer version may ask more).
 */

export const CHECKLIST_ANSWERS = ["yes", "no", "notApplicable"] as const;
export const ChecklistAnswerValueSchema = z.enum(CHECKLIST_ANSWERS);
export type ChecklistAnswerValue = z.infer<typeof ChecklistAnswerValueSchema>;

export const ChecklistAnswerSchema = z.looseObject({
  answer: ChecklistAnswerValueSchema,
  /** Why, or what is in place: a team's own words, never rendered as HTML. */
  note: LongText.default(""),
  /** The name the user gave in the app's settings. */
  by: ShortText.default(""),
  at: IsoDateTime.nullable().default(null),
});
export type ChecklistAnswer = z.infer<typeof ChecklistAnswerSchema>;

/** An item code as a record key: the same rules as a finding id ("__proto__" refused). */
export const ChecklistKeySchema = FindingKeySchema;

/** The field schema version 3 adds to the document, with its default. */
export const checklistFields = {
  checklist: z.record(ChecklistKeySchema, ChecklistAnswerSchema).default({}),
};
