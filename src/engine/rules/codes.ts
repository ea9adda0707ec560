/**
 * The category codes findings carry, apart from the rule schema so the UI can name categories
 * without loading it.
 */
export const STRIDE_CODES = ["S", "T", "R", "I", "D", "E"] as const;
export type StrideCode = (typeof STRIDE_CODES)[number];

export const LINDDUN_CODES = ["L", "I", "Nr", "D", "DD", "U", "Nc"] as const;
export type LinddunCode = (typeof LINDDUN_CODES)[number];

/**
 * Harms of AI systems that neither STRIDE nor LINDDUN names, as risk categories of their own:
 * discriminatory outcomes, confident misinformation acted on, harmful generated content.
 */
export const AI_HARM_CODES = ["fairness", "misinformation", "harmfulContent"] as const;
export type AiHarmCode = (typeof AI_HARM_CODES)[number];
