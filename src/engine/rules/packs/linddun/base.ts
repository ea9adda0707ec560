import type { RuleInput } from "../../schema";
import { is, known } from "../build";

export type LinddunRule = RuleInput & { pack: "linddun" };

/** Fields every rule of the pack shares. */
export const base = { revision: 1, pack: "linddun" } as const;

/**
 * The triggers. A rule that may ask while personal data is unknown uses `handles` / `carries`;
 * follow-ups wait for the answer (`surely…`), so one unknown is one question.
 */
export const handles = is("element", "handlesPersonalData", "yes");
export const surelyHandles = known("element", "handlesPersonalData", "yes");
export const carries = is("element", "carriesPersonalData", "yes");
export const surelyCarries = known("element", "carriesPersonalData", "yes");
