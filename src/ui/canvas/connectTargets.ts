import { boundaryChain, indexModel } from "../../domain/graph";
import type { ThreatModel } from "../../domain/schema";
import { ELEMENT_TYPE_LABELS, ML_KIND_LABELS, elementDisplayName } from "../labels";

export interface ConnectTarget {
  id: string;
  name: string;
  /** "Data store (Vector store) · in Inference cluster" */
  detail: string;
  /** A flow from the source to it exists already. */
  connected: boolean;
}

/**
 * What a flow from `sourceId` can go to: every other element that is not a trust boundary
 * (flows join processes, stores and entities), by name, the ones matching `query` (every word,
 * in the name, type, ML kind or boundary).
 */
export function connectTargets(doc: ThreatModel, sourceId: string, query = ""): ConnectTarget[] {
  const index = indexModel(doc);
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const existing = new Set(
    doc.flows
      .filter((f) => f.source === sourceId || (f.bidirectional && f.target === sourceId))
      .map((f) => (f.source === sourceId ? f.target : f.source)),
  );
  const out: ConnectTarget[] = [];
  for (const element of doc.elements) {
    if (element.id === sourceId || element.type === "trustBoundary") continue;
    const kind = element.mlKind ? ` (${ML_KIND_LABELS[element.mlKind]})` : "";
    const zone = boundaryChain(index, element.id)[0];
    const detail = `${ELEMENT_TYPE_LABELS[element.type]}${kind}${zone ? ` · in ${elementDisplayName(zone)}` : ""}`;
    const name = elementDisplayName(element);
    const haystack = `${name}\n${detail}`.toLowerCase();
    if (!terms.every((t) => haystack.includes(t))) continue;
    out.push({ id: element.id, name, detail, connected: existing.has(element.id) });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
