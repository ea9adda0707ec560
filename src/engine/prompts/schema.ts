import "../../domain/zodConfig";
import { z } from "zod";
import { ATLAS_ID_PATTERN, ConditionSchema, TargetSchema } from "../rules/schema";

/**
 * Blind-spot prompts are data, like rules: the question a facilitator puts to the room when the
 * guided walk reaches an element of a kind, under a condition over the engine's whitelisted facts
 * (the same grammar as rule conditions: no names, no words in descriptions). A prompt is not a
 * finding: it asks about what teams tend to leave out, and the room's answer is recorded.
 */
export const PromptSchema = z.strictObject({
  /** Stable: answers are stored under `${id}@${elementId}`. Never reuse a retired id. */
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/, 'must look like "training-data-tampering"'),
  /** The elements it is asked at: an element type and ML kinds. */
  target: TargetSchema.refine((t) => t.mlKinds !== undefined, {
    message: "a blind-spot prompt names the ML kinds it is asked at",
  }),
  /**
   * When it is asked (absent: always, at its target). It is asked when the condition holds or
   * hinges on something nobody has said: an unknown is exactly a blind spot.
   */
  when: ConditionSchema.optional(),
  /** The question, as said to the room; the same on every element (the screen names the element). */
  text: z
    .string()
    .min(10)
    .max(160)
    .refine((t) => t.endsWith("?"), { message: "is a question: it ends with a question mark" }),
  /** What a good answer covers: where an expert would look. */
  hint: z.string().min(20).max(600),
  /** MITRE ATLAS techniques it is about (codes of the shipped catalog). */
  atlas: z.array(z.string().regex(ATLAS_ID_PATTERN)).max(6).default([]),
});
export type Prompt = z.infer<typeof PromptSchema>;
export type PromptInput = z.input<typeof PromptSchema>;
