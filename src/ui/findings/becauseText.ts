import type { formatBecause } from "../../engine/factLabels";
import type { MatchedFact } from "../../engine/types";

/**
 * "Inference server: encrypted in transit = no". The fact labels come with the engine chunk,
 * installed when it arrives (before any finding exists); until then the fact's code is shown.
 */
let format: typeof formatBecause | null = null;

export function installBecauseFormat(formatter: typeof formatBecause): void {
  format = formatter;
}

export function becauseText(fact: MatchedFact, subjectName: string): string {
  return format
    ? format(fact, subjectName)
    : `${subjectName}: ${fact.fact} = ${String(fact.value)}`;
}
