/**
 * Risk and decisions on top of the engine's findings: scoring (likelihood x impact with
 * overrides, DREAD-AI, residual risk), custom threats as findings, decisions that no longer
 * apply, and the one adapter that tells findings from questions.
 */
export * from "./dread";
export * from "./assess";
export * from "./effective";
export * from "./customFindings";
export * from "./stale";
export * from "./triageable";
export * from "./applyDecisions";
