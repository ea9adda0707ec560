import type { StrideRule } from "./base";
import { TRUST_BOUNDARY_CROSSINGS } from "./crossing";
import { DATA_STORE, RETIRED_DATA_STORE_IDS } from "./dataStore";
import { EXTERNAL_ENTITY, RETIRED_EXTERNAL_ENTITY_IDS } from "./externalEntity";
import { FLOW, RETIRED_FLOW_IDS } from "./flow";
import { MODEL } from "./model";
import { PROCESS, RETIRED_PROCESS_IDS } from "./process";

/**
 * STRIDE per element (frameworks.md chart), in context: each rule fires on a gap whose premise
 * holds for the element (who can reach it, what it holds, what crosses), asks when the premise
 * hinges on an unknown answer, and stays silent otherwise. Generic hygiene advice that would be
 * true of any element is not a finding.
 */
export const STRIDE_RULES: StrideRule[] = [
  ...EXTERNAL_ENTITY,
  ...PROCESS,
  ...DATA_STORE,
  ...FLOW,
  ...TRUST_BOUNDARY_CROSSINGS,
  ...MODEL,
];

/** Ids once used by this pack and since withdrawn: never give them to a new rule. */
export const RETIRED_STRIDE_RULE_IDS: readonly string[] = [
  ...RETIRED_EXTERNAL_ENTITY_IDS,
  ...RETIRED_PROCESS_IDS,
  ...RETIRED_DATA_STORE_IDS,
  ...RETIRED_FLOW_IDS,
];
