/**
 * The workshop held on a model, as pure functions: the guided walk's order, the agenda's clock
 * and the session record (attendees, notes, walk marks, prompt answers, agenda durations).
 */
export * from "./walk";
export * from "./agenda";
export * from "./record";
export * from "./whatIf";
export * from "./labels";
