import type { LinddunRule } from "./base";
import { DATA_STORE, RETIRED_DATA_STORE_IDS } from "./dataStore";
import { EXTERNAL_ENTITY, RETIRED_EXTERNAL_ENTITY_IDS } from "./externalEntity";
import { FLOW, RETIRED_FLOW_IDS } from "./flow";
import { MODEL } from "./model";
import { PROCESS, RETIRED_PROCESS_IDS } from "./process";

/**
 * LINDDUN, triggered by personal data and judged where privacy is decided: where personal data
 * is stored, where it leaves the system, where people hand it over, and once per model for
 * purpose and legal basis.
 */
export const LINDDUN_RULES: LinddunRule[] = [
  ...EXTERNAL_ENTITY,
  ...PROCESS,
  ...DATA_STORE,
  ...FLOW,
  ...MODEL,
];

/** Ids once used by this pack and since withdrawn: never give them to a new rule. */
export const RETIRED_LINDDUN_RULE_IDS: readonly string[] = [
  ...RETIRED_EXTERNAL_ENTITY_IDS,
  ...RETIRED_PROCESS_IDS,
  ...RETIRED_DATA_STORE_IDS,
  ...RETIRED_FLOW_IDS,
];
