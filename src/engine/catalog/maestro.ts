import { MAESTRO_LAYERS, type MaestroLayer } from "../rules/references";
import type { CatalogEntry } from "./entry";

/**
 * MAESTRO (Cloud Security Alliance, 2025), the layered threat-modelling framework for agentic
 * AI: its seven layers. Codes `L1`..`L7`; every AI finding names the layer(s) it lives in.
 * Layer 6 (security and compliance) runs across all the others.
 */
export const MAESTRO_DOCUMENT_URL =
  "https://cloudsecurityalliance.org/blog/2025/02/06/agentic-ai-threat-modeling-framework-maestro";

export interface MaestroLayerEntry extends CatalogEntry {
  readonly catalog: "maestro";
  readonly code: MaestroLayer;
  /** True for the layer that cuts across the others (L6). */
  readonly vertical: boolean;
}

const NAMES: Readonly<Record<MaestroLayer, string>> = {
  L1: "Foundation models",
  L2: "Data operations",
  L3: "Agent frameworks",
  L4: "Deployment and infrastructure",
  L5: "Evaluation and observability",
  L6: "Security and compliance",
  L7: "Agent ecosystem",
};

export const MAESTRO_LAYER_ENTRIES: readonly MaestroLayerEntry[] = MAESTRO_LAYERS.map((code) =>
  Object.freeze({
    catalog: "maestro" as const,
    code,
    name: NAMES[code],
    url: null,
    vertical: code === "L6",
  }),
);

export function maestroLayer(code: string): MaestroLayerEntry | undefined {
  return MAESTRO_LAYER_ENTRIES.find((layer) => layer.code === code);
}
