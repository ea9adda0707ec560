import {
  CalendarDateSchema,
  DreadScoreSchema,
  TicketSchema,
  type DreadScore,
  type TriageRecord,
  type TriageStatus,
} from "../../domain/decisions";
import { STATUS_LABELS } from "../../domain/triage/labels";
import { RESIDUAL_STATUSES } from "../../domain/triage/rules";
import type { StatusChange, TriagePatch } from "../../domain/triage";
import { DREAD_AI_FACTORS, DREAD_FACTORS } from "../../engine/risk/dread";
import { formatIssues } from "../../domain/validation";

/** The decision editor's fields as typed (strings), before they are checked. */
export interface DecisionDraft {
  status: TriageStatus;
  justification: string;
  owner: string;
  ticket: string;
  reviewBy: string;
  notes: string;
  /** "" keeps the rule's value. */
  likelihood: string;
  impact: string;
  /** null: not scored with DREAD-AI. */
  dread: Record<DreadField, string> | null;
  residualLikelihood: string;
  residualImpact: string;
}

export type DreadField = (typeof DREAD_FACTORS)[number] | (typeof DREAD_AI_FACTORS)[number];
export const DREAD_FIELDS: readonly DreadField[] = [...DREAD_FACTORS, ...DREAD_AI_FACTORS];

export const DREAD_LABELS: Readonly<Record<DreadField, string>> = {
  damage: "Damage",
  reproducibility: "Reproducibility",
  exploitability: "Exploitability",
  affectedUsers: "Affected users",
  discoverability: "Discoverability",
  modelImpact: "Model impact",
  dataSensitivity: "Data sensitivity",
  detectionDifficulty: "Detection difficulty",
};

/** A fresh DREAD-AI score to start from: the middle of each scale. */
export const DREAD_START: Readonly<Record<DreadField, string>> = {
  damage: "5",
  reproducibility: "5",
  exploitability: "5",
  affectedUsers: "5",
  discoverability: "5",
  modelImpact: "1.5",
  dataSensitivity: "1.5",
  detectionDifficulty: "1.5",
};

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

export function draftOf(record: TriageRecord | undefined, status?: TriageStatus): DecisionDraft {
  return {
    status: status ?? record?.status ?? "open",
    justification: record?.justification ?? "",
    owner: record?.owner ?? "",
    ticket: record?.ticket ?? "",
    reviewBy: record?.reviewBy ?? "",
    notes: record?.notes ?? "",
    likelihood: text(record?.likelihood),
    impact: text(record?.impact),
    dread: record?.dread
      ? (Object.fromEntries(DREAD_FIELDS.map((f) => [f, String(record.dread![f])])) as Record<
          DreadField,
          string
        >)
      : null,
    residualLikelihood: text(record?.residual?.likelihood),
    residualImpact: text(record?.residual?.impact),
  };
}

export type DraftField = keyof DecisionDraft | DreadField;

export type DraftResult =
  | { ok: true; decision: StatusChange & TriagePatch }
  | { ok: false; field: DraftField; error: string };

/**
 * The draft as a decision, or the first problem with the field it is in, in words. `required`
 * says whether the status needs a justification (decided by the domain's rules).
 */
export function readDraft(draft: DecisionDraft, required: boolean): DraftResult {
  const fail = (field: DraftField, error: string): DraftResult => ({ ok: false, field, error });
  if (required && draft.justification.trim() === "") {
    return fail(
      "justification",
      `"${STATUS_LABELS[draft.status]}" needs a justification: say why.`,
    );
  }
  const ticket = draft.ticket.trim();
  if (!TicketSchema.safeParse(ticket).success) {
    return fail("ticket", "The ticket must be an http:// or https:// link.");
  }
  const reviewBy = draft.reviewBy.trim();
  if (reviewBy !== "" && !CalendarDateSchema.safeParse(reviewBy).success) {
    return fail("reviewBy", "The review date must be a real date (YYYY-MM-DD).");
  }
  let dread: DreadScore | null = null;
  if (draft.dread) {
    const values = Object.fromEntries(
      DREAD_FIELDS.map((f) => [f, draft.dread![f].trim() === "" ? NaN : Number(draft.dread![f])]),
    );
    const parsed = DreadScoreSchema.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = (issue?.path[0] as DreadField | undefined) ?? "damage";
      const message = formatIssues(parsed.error, 1)[0]?.replace(/^[a-zA-Z]+: /, "") ?? "";
      return fail(
        field,
        `${DREAD_LABELS[field]} ${message.startsWith("must") ? message : "must be a number"}.`,
      );
    }
    dread = parsed.data as DreadScore;
  }
  const residualGiven = draft.residualLikelihood !== "" || draft.residualImpact !== "";
  const residualAllowed = RESIDUAL_STATUSES.includes(draft.status);
  if (
    residualGiven &&
    residualAllowed &&
    (draft.residualLikelihood === "" || draft.residualImpact === "")
  ) {
    return fail(
      draft.residualLikelihood === "" ? "residualLikelihood" : "residualImpact",
      "Give both the residual likelihood and the residual impact, or neither.",
    );
  }
  return {
    ok: true,
    decision: {
      status: draft.status,
      justification: draft.justification,
      owner: draft.owner.trim(),
      ticket,
      reviewBy: reviewBy === "" ? null : reviewBy,
      notes: draft.notes,
      likelihood: draft.likelihood === "" ? null : Number(draft.likelihood),
      impact: draft.impact === "" ? null : Number(draft.impact),
      dread,
      residual:
        residualGiven && residualAllowed
          ? { likelihood: Number(draft.residualLikelihood), impact: Number(draft.residualImpact) }
          : null,
    },
  };
}
