import type { MatchedFact } from "../../engine/types";
import { engineChunk } from "./engineChunk";

/**
 * "Inference server: encrypted in transit = no". The fact labels come with the engine chunk;
 * until it has arrived (before any finding exists) the fact's code is shown.
 */
export function becauseText(fact: MatchedFact, subjectName: string): string {
  const format = engineChunk()?.formatBecause;
  return format
    ? format(fact, subjectName)
    : `${subjectName}: ${fact.fact} = ${String(fact.value)}`;
}
