import "./zodConfig";
import { z } from "zod";

/**
 * What people decided about the threats of a model: triage per finding, mitigation records,
 * custom threats, assumptions and the decision log. Part of the document (schema version 2), so
 * decisions travel with every export. Keyed by stable finding id (`ruleId@targets` for generated
 * findings, the custom threat's id for custom ones).
 *
 * The loader is lenient (files from other tools and older versions must open): rules a user must
 * follow when deciding — a justification for Accepted, say — are enforced by the triage
 * operations, not here.
 */

export const TRIAGE_STATUSES = [
  "open",
  "needsInvestigation",
  "mitigationInProgress",
  "mitigated",
  "accepted",
  "transferred",
  "notApplicable",
] as const;
export const TriageStatusSchema = z.enum(TRIAGE_STATUSES);
export type TriageStatus = z.infer<typeof TriageStatusSchema>;

/** Still at risk: what `--fail-on` counts. Accepted is carried risk (shown, gated on request). */
export const AT_RISK_STATUSES: readonly TriageStatus[] = [
  "open",
  "needsInvestigation",
  "mitigationInProgress",
];

export const ShortText = z.string().max(200, "is longer than 200 characters");
export const LongText = z.string().max(20000, "is longer than 20,000 characters");
export const IsoDateTime = z.iso.datetime({ offset: true });
const Score1to5 = z
  .number()
  .int("must be a whole number")
  .min(1, "must be between 1 and 5")
  .max(5, "must be between 1 and 5");

/** A finding id used as a record key; "__proto__" would set the record's prototype instead. */
export const FindingKeySchema = z
  .string()
  .min(1, "must not be empty")
  .max(400, "is longer than 400 characters")
  .refine((key) => key !== "__proto__", { message: "is not a finding id" });

/** An http(s) link, or empty. Never rendered as HTML; shown as a link only when it parses. */
export const TicketSchema = z
  .string()
  .max(2000, "is longer than 2,000 characters")
  .refine((value) => value === "" || isHttpUrl(value), {
    message: "must be an http:// or https:// link",
  });

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** A calendar date, YYYY-MM-DD. */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)")
  .refine(isCalendarDate, { message: "is not a real date" });

/** "2027-02-30" parses (as 2 March) in some engines: a real date reads back the same. */
function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const DreadFactor = z
  .number()
  .int("must be a whole number")
  .min(1, "must be between 1 and 10")
  .max(10, "must be between 1 and 10");
const AiFactor = z
  .number()
  .min(1, "must be between 1.0 and 2.0")
  .max(2, "must be between 1.0 and 2.0");

/** DREAD adapted for AI (frameworks.md): five 1-10 factors and three 1.0-2.0 AI factors. */
export const DreadScoreSchema = z.looseObject({
  damage: DreadFactor,
  reproducibility: DreadFactor,
  exploitability: DreadFactor,
  affectedUsers: DreadFactor,
  discoverability: DreadFactor,
  modelImpact: AiFactor,
  dataSensitivity: AiFactor,
  detectionDifficulty: AiFactor,
});
export type DreadScore = z.infer<typeof DreadScoreSchema>;

export const LikelihoodImpactSchema = z.looseObject({
  likelihood: Score1to5,
  impact: Score1to5,
});
export type LikelihoodImpact = z.infer<typeof LikelihoodImpactSchema>;

/** The decision about one finding. */
export const TriageRecordSchema = z.looseObject({
  status: TriageStatusSchema.default("open"),
  justification: LongText.default(""),
  owner: ShortText.default(""),
  ticket: TicketSchema.default(""),
  reviewBy: CalendarDateSchema.nullable().default(null),
  notes: LongText.default(""),
  /** Overrides of the rule's likelihood and impact; null keeps the computed value. */
  likelihood: Score1to5.nullable().default(null),
  impact: Score1to5.nullable().default(null),
  /** A DREAD-AI score, used when the model scores with DREAD; null until someone scores it. */
  dread: DreadScoreSchema.nullable().default(null),
  /** What remains once mitigated, accepted or transferred; null when not assessed. */
  residual: LikelihoodImpactSchema.nullable().default(null),
  /**
   * What the finding said when it was last triaged, so a decision whose finding no longer fires
   * can still be listed ("no longer applies") with a title and the items it was about.
   */
  title: z.string().max(2000).default(""),
  targetIds: z.array(z.string().max(200)).max(10).default([]),
  updatedAt: IsoDateTime.nullable().default(null),
});
export type TriageRecord = z.infer<typeof TriageRecordSchema>;

export const MITIGATION_STATUSES = ["proposed", "inProgress", "implemented", "wontDo"] as const;
export const MitigationStatusSchema = z.enum(MITIGATION_STATUSES);
export type MitigationStatus = z.infer<typeof MitigationStatusSchema>;

const RecordId = z.string().min(1, "must not be empty").max(200, "is longer than 200 characters");

/** A mitigation the team records: one can cover many findings, a finding can have several. */
export const MitigationRecordSchema = z.looseObject({
  id: RecordId,
  title: ShortText.min(1, "must not be empty"),
  description: LongText.default(""),
  status: MitigationStatusSchema.default("proposed"),
  owner: ShortText.default(""),
  ticket: TicketSchema.default(""),
  /** ATLAS mitigation ids (AML.M0015 ...). */
  atlasMitigations: z.array(z.string().max(40)).max(50).default([]),
  /** Finding ids (generated or custom) this mitigation addresses. */
  findingIds: z.array(z.string().max(400)).max(5000).default([]),
  createdAt: IsoDateTime.nullable().default(null),
  updatedAt: IsoDateTime.nullable().default(null),
});
export type MitigationRecord = z.infer<typeof MitigationRecordSchema>;

const StrideCode = z.enum(["S", "T", "R", "I", "D", "E"]);
const LinddunCode = z.enum(["L", "I", "Nr", "D", "DD", "U", "Nc"]);

/** Where an imported item came from, so an export to the same format can write it back. */
export const ProvenanceSchema = z.looseObject({
  format: z.string().max(60),
  id: z.string().max(400).default(""),
});

/** A threat written by a person (or imported from another tool), triaged like a generated one. */
export const CustomThreatSchema = z.looseObject({
  /** Also its finding id for triage. */
  id: RecordId,
  /** Elements, flows or boundaries it is about; empty means the whole model. */
  targetIds: z.array(z.string().max(200)).max(20).default([]),
  title: ShortText.min(1, "must not be empty"),
  description: LongText.default(""),
  categories: z
    .looseObject({
      stride: z.array(StrideCode).default([]),
      linddun: z.array(LinddunCode).default([]),
    })
    .prefault({}),
  /** Edition-qualified codes from any shipped catalog: AML.T0020, LLM01:2025, ASI06:2026 ... */
  references: z.array(z.string().max(120)).max(100).default([]),
  likelihood: Score1to5.default(3),
  impact: Score1to5.default(3),
  /** Suggested mitigation, as text (imported threats often carry one). */
  mitigation: LongText.default(""),
  source: ProvenanceSchema.nullable().default(null),
  createdAt: IsoDateTime.nullable().default(null),
});
export type CustomThreat = z.infer<typeof CustomThreatSchema>;

export const AssumptionSchema = z.looseObject({
  id: RecordId,
  text: z.string().min(1, "must not be empty").max(5000, "is longer than 5,000 characters"),
  elementIds: z.array(z.string().max(200)).max(500).default([]),
  findingIds: z.array(z.string().max(400)).max(5000).default([]),
  mitigationIds: z.array(z.string().max(200)).max(500).default([]),
  /** An invalid assumption reopens the findings it was used to accept. */
  valid: z.boolean().default(true),
  createdAt: IsoDateTime.nullable().default(null),
  updatedAt: IsoDateTime.nullable().default(null),
});
export type Assumption = z.infer<typeof AssumptionSchema>;

/** One status change: kept forever, exported, shown on the finding. */
export const DecisionLogEntrySchema = z.looseObject({
  id: RecordId,
  at: IsoDateTime,
  findingId: z.string().max(400),
  from: TriageStatusSchema,
  to: TriageStatusSchema,
  justification: LongText.default(""),
  /** The name the user gave in the app's settings. */
  by: ShortText.default(""),
  /** What caused it: a person's choice, a bulk change, an implemented mitigation, an import ... */
  via: z.enum(["triage", "bulk", "mitigation", "assumption", "walk", "import"]).default("triage"),
});
export type DecisionLogEntry = z.infer<typeof DecisionLogEntrySchema>;

export const SCORING_METHODS = ["likelihoodImpact", "dread"] as const;
export const ModelSettingsSchema = z.looseObject({
  scoring: z.enum(SCORING_METHODS).default("likelihoodImpact"),
});
export type ModelSettings = z.infer<typeof ModelSettingsSchema>;

export const AttendeeSchema = z.looseObject({
  name: ShortText.min(1, "must not be empty"),
  role: ShortText.default(""),
});

export const AGENDA_PHASES = ["review", "walk", "score", "mitigations"] as const;
export const AgendaPhaseSchema = z.looseObject({
  id: z.enum(AGENDA_PHASES),
  minutes: z
    .number()
    .int("must be a whole number of minutes")
    .min(1, "must be at least 1 minute")
    .max(600, "must be at most 600 minutes"),
});

/** The workshop held on this model: who came, what was said, how far the walk got. */
export const WorkshopRecordSchema = z.looseObject({
  attendees: z.array(AttendeeSchema).max(200).default([]),
  notes: LongText.default(""),
  /** Element and flow ids the guided walk has covered. */
  walked: z.array(z.string().max(200)).max(50000).default([]),
  /** Answers to blind-spot prompts, by prompt id + "@" + target id. */
  promptAnswers: z
    .record(
      FindingKeySchema,
      z.looseObject({ answer: LongText, at: IsoDateTime.nullable().default(null) }),
    )
    .default({}),
  agenda: z
    .array(AgendaPhaseSchema)
    .max(10)
    .default([
      { id: "review", minutes: 30 },
      { id: "walk", minutes: 105 },
      { id: "score", minutes: 30 },
      { id: "mitigations", minutes: 30 },
    ]),
});
export type WorkshopRecord = z.infer<typeof WorkshopRecordSchema>;

/** The fields schema version 2 adds to the document, with their defaults. */
export const decisionFields = {
  settings: ModelSettingsSchema.prefault({}),
  triage: z.record(FindingKeySchema, TriageRecordSchema).default({}),
  mitigations: z.array(MitigationRecordSchema).max(5000).default([]),
  customThreats: z.array(CustomThreatSchema).max(5000).default([]),
  assumptions: z.array(AssumptionSchema).max(2000).default([]),
  decisionLog: z.array(DecisionLogEntrySchema).max(100000).default([]),
  workshop: WorkshopRecordSchema.prefault({}),
};
