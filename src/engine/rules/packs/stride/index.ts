import type { StrideRule } from "./base";
import { TRUST_BOUNDARY_CROSSINGS } from "./crossing";
import { DATA_STORE } from "./dataStore";
import { EXTERNAL_ENTITY } from "./externalEntity";
import { FLOW } from "./flow";
import { MODEL } from "./model";
import { PROCESS } from "./process";

/**
 * STRIDE per element (frameworks.md chart), in context. Each category a chart cell allows is
 * covered for every in-scope element and flow, split by the property that decides it: a gap
 * fires when the property is "no", asks when it is unknown, and a lower-severity residual
 * finding takes its place once the property is "yes".
 */
export const STRIDE_RULES: StrideRule[] = [
  ...EXTERNAL_ENTITY,
  ...PROCESS,
  ...DATA_STORE,
  ...FLOW,
  ...TRUST_BOUNDARY_CROSSINGS,
  ...MODEL,
];
