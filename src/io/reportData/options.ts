import { z } from "zod";

/** What a report includes; the same options in the app's dialog and on the command line. */
export const FRAMEWORK_CHOICES = ["both", "stride", "linddun"] as const;
export type FrameworkChoice = (typeof FRAMEWORK_CHOICES)[number];

export const ReportContentOptionsSchema = z.object({
  /** Findings triaged Not applicable: listed (marked) or left out. */
  includeNotApplicable: z.boolean().default(true),
  /** What is still unknown (the engine's questions). */
  includeQuestions: z.boolean().default(true),
  /** STRIDE only, LINDDUN only, or both. Findings in neither framework are always shown. */
  frameworks: z.enum(FRAMEWORK_CHOICES).default("both"),
  /** Every element with its properties, at the end. */
  includeAppendix: z.boolean().default(true),
  includeDecisionLog: z.boolean().default(true),
  /** Who prepared the report, for the cover. */
  preparedBy: z.string().max(200).default(""),
});
export type ReportContentOptions = z.infer<typeof ReportContentOptionsSchema>;

export const DEFAULT_REPORT_OPTIONS: ReportContentOptions = ReportContentOptionsSchema.parse({});
