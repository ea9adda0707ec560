import type { DataFlow, DfdElement, ThreatModel } from "../../domain/schema";

/** Elements and flows by id, built once per document version. */
export interface SubjectIndex {
  elements: ReadonlyMap<string, DfdElement>;
  flows: ReadonlyMap<string, DataFlow>;
}

export function buildSubjectIndex(doc: Pick<ThreatModel, "elements" | "flows">): SubjectIndex {
  return {
    elements: new Map(doc.elements.map((e) => [e.id, e])),
    flows: new Map(doc.flows.map((f) => [f.id, f])),
  };
}
