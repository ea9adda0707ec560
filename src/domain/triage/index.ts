/**
 * Decisions about threats, as pure operations on the document: status with its rules and the
 * decision log, the other fields of a decision, mitigation records, custom threats, assumptions.
 * Findings are passed in as `TriageTarget`s (an engine `Finding` is one), keyed by `id`.
 */
export * from "./labels";
export * from "./target";
export * from "./rules";
export * from "./log";
export * from "./records";
export * from "./status";
export * from "./fields";
export * from "./mitigations";
export * from "./customThreats";
export * from "./assumptions";
export * from "./affected";
