import type { RuleInput } from "../schema";

export const STRIDE_RULES: RuleInput[] = [];
