import type { RuleInput } from "../schema";

export const LINDDUN_RULES: RuleInput[] = [];
