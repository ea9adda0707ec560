import type { RuleInput } from "../../schema";

/** The AI/ML rule pack: filled in by the topic files in this folder. */
export const AI_RULES: RuleInput[] = [];
