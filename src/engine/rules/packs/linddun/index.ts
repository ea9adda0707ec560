import type { LinddunRule } from "./base";
import { DATA_STORE } from "./dataStore";
import { EXTERNAL_ENTITY } from "./externalEntity";
import { FLOW } from "./flow";
import { PROCESS } from "./process";

/**
 * LINDDUN per element (classic chart, frameworks.md), triggered by personal data: processes
 * and stores that handle it, flows that carry it, external entities that receive it, and, per
 * interaction as in LINDDUN PRO, people who send it.
 */
export const LINDDUN_RULES: LinddunRule[] = [
  ...EXTERNAL_ENTITY,
  ...PROCESS,
  ...DATA_STORE,
  ...FLOW,
];
