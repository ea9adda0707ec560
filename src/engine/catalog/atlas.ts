import atlasData from "./atlas-5.6.0.json";

/**
 * MITRE ATLAS identifiers, names, tactics, maturity and links (data version 5.6.0).
 * Apache-2.0, Copyright 2021-2025 MITRE: see NOTICE-ATLAS at the repository root.
 */
export const ATLAS_VERSION = "5.6.0";
export const ATLAS_ATTRIBUTION =
  "MITRE ATLAS data 5.6.0, Copyright 2021-2025 MITRE, licensed under the Apache License 2.0.";

export type AtlasMaturity = "feasible" | "demonstrated" | "realized";

export interface AtlasTactic {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

export interface AtlasTechnique {
  readonly id: string;
  readonly name: string;
  /** Tactic ids. Sub-techniques inherit their parent's tactics here. */
  readonly tactics: readonly string[];
  /** Parent technique id for a sub-technique, else null. */
  readonly parent: string | null;
  readonly maturity: AtlasMaturity;
  readonly url: string;
}

export interface AtlasMitigation {
  readonly id: string;
  readonly name: string;
  readonly category: readonly string[];
  /** Technique / sub-technique ids this mitigation addresses. */
  readonly techniques: readonly string[];
  readonly url: string;
}

interface RawTechnique {
  id: string;
  name: string;
  tactics: string[];
  parent: string | null;
  maturity: string;
  url: string;
}

const MATURITIES: readonly AtlasMaturity[] = ["feasible", "demonstrated", "realized"];

const tactics = new Map<string, AtlasTactic>(
  atlasData.tactics.map((t) => [
    t.id,
    Object.freeze({ id: t.id, name: t.name, url: `https://atlas.mitre.org/tactics/${t.id}` }),
  ]),
);

const rawTechniques = new Map<string, RawTechnique>(
  (atlasData.techniques as RawTechnique[]).map((t) => [t.id, t]),
);

const techniques = new Map<string, AtlasTechnique>(
  [...rawTechniques.values()].map((t) => {
    const parent = t.parent === null ? undefined : rawTechniques.get(t.parent);
    const maturity = MATURITIES.find((m) => m === t.maturity) ?? "feasible";
    return [
      t.id,
      Object.freeze({
        id: t.id,
        name: t.name,
        tactics: Object.freeze(
          t.tactics.length > 0 || !parent ? [...t.tactics] : [...parent.tactics],
        ),
        parent: t.parent,
        maturity,
        url: t.url,
      }),
    ];
  }),
);

const mitigations = new Map<string, AtlasMitigation>(
  atlasData.mitigations.map((m) => [
    m.id,
    Object.freeze({
      id: m.id,
      name: m.name,
      category: Object.freeze([...m.category]),
      techniques: Object.freeze([...m.techniques]),
      url: m.url,
    }),
  ]),
);

export function atlasTactic(id: string): AtlasTactic | undefined {
  return tactics.get(id);
}

/** A technique or sub-technique (`AML.T0051`, `AML.T0051.000`). */
export function atlasTechnique(id: string): AtlasTechnique | undefined {
  return techniques.get(id);
}

export function atlasMitigation(id: string): AtlasMitigation | undefined {
  return mitigations.get(id);
}

/** Any ATLAS id a rule may cite (technique, sub-technique or mitigation). */
export function atlasEntry(id: string): AtlasTechnique | AtlasMitigation | undefined {
  return techniques.get(id) ?? mitigations.get(id);
}

export function allAtlasTactics(): readonly AtlasTactic[] {
  return [...tactics.values()];
}

export function allAtlasTechniques(): readonly AtlasTechnique[] {
  return [...techniques.values()];
}

export function allAtlasMitigations(): readonly AtlasMitigation[] {
  return [...mitigations.values()];
}

/** Mitigations that address a technique (or, for a sub-technique, its parent). */
export function atlasMitigationsFor(techniqueId: string): AtlasMitigation[] {
  const parent = techniques.get(techniqueId)?.parent ?? null;
  return [...mitigations.values()].filter(
    (m) => m.techniques.includes(techniqueId) || (parent !== null && m.techniques.includes(parent)),
  );
}
