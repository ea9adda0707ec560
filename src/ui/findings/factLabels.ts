/** Fact labels live with the engine's facts, so the reports word them the same way. */
export * from "../../engine/factLabels";
