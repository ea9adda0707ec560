import type { RuleInput } from "../../schema";
import { is, known } from "../build";

export type LinddunRule = RuleInput & { pack: "linddun" };

/** Fields every rule of the pack shares. */
export const base = { revision: 1, pack: "linddun" } as const;

/**
 * The triggers. The first rule of each element type asks while personal data is unknown
 * (`handles`, `carries`); the others wait for the answer (`surely…`), so one unknown is one
 * question, not six.
 */
export const handles = is("element", "handlesPersonalData", "yes");
export const surelyHandles = known("element", "handlesPersonalData", "yes");
export const carries = is("element", "carriesPersonalData", "yes");
export const surelyCarries = known("element", "carriesPersonalData", "yes");
