import type { LinddunRule } from "./base";

/**
 * LINDDUN for processes. What a process does with personal data is judged where the data goes
 * (it leaves the system: see `flow.ts`; it is stored: see `dataStore.ts`) and once per model
 * (purpose and legal basis: see `model.ts`), rather than stamped on every process that touches it.
 */
export const PROCESS: LinddunRule[] = [];

export const RETIRED_PROCESS_IDS = [
  "LINDDUN-PROC-LI-01",
  "LINDDUN-PROC-NR-01",
  "LINDDUN-PROC-D-01",
  "LINDDUN-PROC-DD-01",
  "LINDDUN-PROC-DD-02",
  "LINDDUN-PROC-NC-01",
];
