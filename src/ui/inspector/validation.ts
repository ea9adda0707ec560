import "../../domain/zodConfig";
import type { z } from "zod";
import { ModelDetailsSchema } from "../../domain/operations";
import {
  DataStorePropsSchema,
  FlowPropsSchema,
  FlowSchema,
  ProcessSchema,
  TrustBoundaryPropsSchema,
} from "../../domain/schema";
import { PROPERTY_LABELS } from "../labels";
import { FIELD_LABELS } from "./text";

/**
 * Field-level validation for the inspector. Every check reuses the document schema's own field
 * schema, so the inspector can never accept a value the document would refuse, and turns zod's
 * issue into one sentence that starts with the field's visible label:
 * "Retention (days) cannot be negative".
 */

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string };

/** A text field's parser: what the user typed in, the value to store (or why not) out. */
export type FieldParser<T> = (text: string) => FieldCheck<T>;

/** zod's built-in messages start with a capital ("Too big: ..."); ours are lower-case phrases. */
const ZOD_DEFAULT_MESSAGE = /^(Too big|Too small|Invalid)/;

/** A readable phrase (no subject) for one zod issue: "is longer than 2,000 characters". */
export function issuePhrase(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_big": {
      const max = Number(issue.maximum).toLocaleString("en-US");
      if (issue.origin === "string") return `is longer than ${max} characters`;
      if (issue.origin === "array") return `can have at most ${max} entries`;
      return `must be at most ${max}`;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") {
        return min <= 1 ? "must not be empty" : `must be at least ${min} characters`;
      }
      if (issue.origin === "array") return `needs at least ${min} entries`;
      return `must be at least ${min.toLocaleString("en-US")}`;
    }
    case "invalid_type":
      return issue.expected === "number" || issue.expected === "int"
        ? "must be a number"
        : "has the wrong type";
    default:
      return "is not valid";
  }
}

/** Run a field schema and phrase its first issue as "<label> <phrase>". */
export function checkWithSchema<T>(
  schema: z.ZodType<T>,
  label: string,
  input: unknown,
): FieldCheck<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: `${label} ${issue ? issuePhrase(issue) : "is not valid"}` };
}

/** A plain-text field checked against a schema (no trimming: what you type is what is stored). */
export function textParser(schema: z.ZodType<string>, label: string): FieldParser<string> {
  return (text) => checkWithSchema(schema, label, text);
}

/**
 * Parse number text. Empty text is `null`; anything that is not a finite number is an error
 * (never silently 0). Returns the number unchecked: range and integrality are the schema's job.
 */
export function parseNumberText(text: string): { ok: true; value: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  // Number("") and Number(" ") are 0 and Number("0x1f") is 31: accept plain decimals only.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** A number field; `emptyValue` is what empty text means (null = "not known"), or "required". */
export function numberParser<T extends number | null>(
  schema: z.ZodType<T>,
  label: string,
  empty: "null" | "required",
): FieldParser<T> {
  return (text) => {
    const parsed = parseNumberText(text);
    if (!parsed.ok) return { ok: false, message: `${label} must be a number` };
    if (parsed.value === null && empty === "required") {
      return { ok: false, message: `${label} must not be empty` };
    }
    return checkWithSchema(schema, label, parsed.value);
  };
}

const E = ProcessSchema.shape;

export const parsers = {
  elementName: textParser(E.name, FIELD_LABELS.name),
  description: textParser(E.description, FIELD_LABELS.description),
  outOfScopeReason: textParser(E.outOfScopeReason, FIELD_LABELS.outOfScopeReason),
  flowLabel: textParser(FlowSchema.shape.label, FIELD_LABELS.label),
  dataDescription: textParser(
    FlowPropsSchema.shape.dataDescription,
    PROPERTY_LABELS.dataDescription,
  ),
  protocol: textParser(FlowPropsSchema.shape.protocol, PROPERTY_LABELS.protocol),
  customZone: textParser(TrustBoundaryPropsSchema.shape.customZone, PROPERTY_LABELS.customZone),
  retentionDays: numberParser(
    DataStorePropsSchema.shape.retentionDays,
    PROPERTY_LABELS.retentionDays,
    "null",
  ),
  trustLevel: numberParser(
    TrustBoundaryPropsSchema.shape.trustLevel,
    PROPERTY_LABELS.trustLevel,
    "required",
  ),
  modelName: textParser(ModelDetailsSchema.shape.name, FIELD_LABELS.name),
  modelDescription: textParser(ModelDetailsSchema.shape.description, FIELD_LABELS.description),
  modelOwner: textParser(ModelDetailsSchema.shape.owner, FIELD_LABELS.owner),
} satisfies Record<string, FieldParser<unknown>>;

/** How a number from the document is shown in its text field (null = empty). */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * Operation errors come as "props.retentionDays: cannot be negative; name: ...". Shown under one
 * field, the path is noise: keep the first problem's phrase and lead with the field's label.
 */
export function operationErrorMessage(label: string, error: string): string {
  const first = error.split("; ")[0] ?? error;
  const match = /^[\w.[\]]+: (.*)$/.exec(first);
  return match ? `${label} ${match[1]}` : first;
}
