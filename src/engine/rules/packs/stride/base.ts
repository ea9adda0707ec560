import type { RuleInput } from "../../schema";

export type StrideRule = RuleInput & { pack: "stride" };

/** Fields every rule of the pack shares. */
export const base = { revision: 1, pack: "stride" } as const;
