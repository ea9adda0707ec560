import type { ReferenceField } from "../rules/references";
import { AI_EXCHANGE_DOCUMENT_URL, AI_EXCHANGE_THREATS } from "./aiExchange";
import { ATLAS_VERSION, allAtlasMitigations, allAtlasTactics, allAtlasTechniques } from "./atlas";
import { ATLAS_ADDED, atlasAdded } from "./atlasChanges";
import { COSAI_CONTROLS, COSAI_DOCUMENT_URL, COSAI_RISKS, COSAI_VERSION } from "./cosai";
import {
  DASF_DOCUMENT_URL,
  DASF_V2_RISKS,
  DASF_V3_AGENTIC_RISKS,
  dasfComponent,
  type DasfRisk,
} from "./dasf";
import type { CatalogEntry, CatalogId, EntryKind } from "./entry";
import { MAESTRO_DOCUMENT_URL, MAESTRO_LAYER_ENTRIES } from "./maestro";
import { NIST_AML_DOCUMENT_URL, NIST_AML_EDITION, NIST_AML_ENTRIES } from "./nistAml";
import { OWASP_LLM_TOP10_2025, OWASP_ML_TOP10_2023, type OwaspEntry } from "./owasp";
import {
  OWASP_ASI_2026_DOCUMENT_URL,
  OWASP_ASI_TOP10_2026,
  OWASP_LLM_2026_DOCUMENT_URL,
  OWASP_LLM_TOP10_2026,
} from "./owasp2026";
import {
  OWASP_AGENTIC_DOCUMENT_URL,
  OWASP_AGENTIC_THREATS,
  OWASP_AGENTIC_VERSION,
} from "./owaspAgentic";

/**
 * Every catalog a rule, a custom threat or a report can cite, behind one lookup. Codes are
 * unique across catalogs (their formats differ), so a code alone finds its entry.
 */
export interface CatalogInfo {
  readonly id: CatalogId;
  /** The rule `references` array that cites it. */
  readonly field: ReferenceField;
  /** The catalog's own title. */
  readonly title: string;
  /** A short form for tight places: table columns, chips ("DASF 2.0", "OWASP LLM 2026"). */
  readonly shortTitle: string;
  readonly edition: string;
  /** The catalog's home or document page (for entries without a page of their own). */
  readonly documentUrl: string | null;
}

/** A citable entry with what it is and where it is cited from. */
export interface ReferenceEntry extends CatalogEntry {
  readonly kind: EntryKind;
  readonly field: ReferenceField;
  /** Where in its catalog the entry sits, when that names it too (a DASF component). */
  readonly context?: string;
}

export const CATALOGS: readonly CatalogInfo[] = [
  {
    id: "atlas",
    field: "atlas",
    title: "MITRE ATLAS",
    shortTitle: "MITRE ATLAS 5.6.0",
    edition: ATLAS_VERSION,
    documentUrl: "https://atlas.mitre.org/",
  },
  {
    id: "owasp-ml-2023",
    field: "owasp",
    title: "OWASP Machine Learning Security Top 10",
    shortTitle: "OWASP ML 2023",
    edition: "2023",
    documentUrl: "https://owasp.org/www-project-machine-learning-security-top-10/",
  },
  {
    id: "owasp-llm-2025",
    field: "owasp",
    title: "OWASP Top 10 for LLM Applications",
    shortTitle: "OWASP LLM 2025",
    edition: "2025",
    documentUrl: "https://genai.owasp.org/llm-top-10/",
  },
  {
    id: "owasp-llm-2026",
    field: "owasp",
    title: "OWASP Top 10 for LLM Applications",
    shortTitle: "OWASP LLM 2026",
    edition: "2026",
    documentUrl: OWASP_LLM_2026_DOCUMENT_URL,
  },
  {
    id: "owasp-asi-2026",
    field: "owasp",
    title: "OWASP Top 10 for Agentic Applications",
    shortTitle: "OWASP Agentic Top 10 2026",
    edition: "2026",
    documentUrl: OWASP_ASI_2026_DOCUMENT_URL,
  },
  {
    id: "owasp-agentic-1.1",
    field: "agentic",
    title: "OWASP Agentic AI - Threats and Mitigations",
    shortTitle: "OWASP Agentic Threats 1.1",
    edition: OWASP_AGENTIC_VERSION,
    documentUrl: OWASP_AGENTIC_DOCUMENT_URL,
  },
  {
    id: "dasf-2.0",
    field: "dasf",
    title: "Databricks AI Security Framework",
    shortTitle: "DASF 2.0",
    edition: "2.0",
    documentUrl: DASF_DOCUMENT_URL,
  },
  {
    id: "dasf-3.0",
    field: "dasf",
    title: "Databricks AI Security Framework (agentic extension)",
    shortTitle: "DASF 3.0 agentic",
    edition: "3.0",
    documentUrl: DASF_DOCUMENT_URL,
  },
  {
    id: "cosai",
    field: "cosai",
    title: "CoSAI Risk Map",
    shortTitle: "CoSAI Risk Map",
    edition: COSAI_VERSION,
    documentUrl: COSAI_DOCUMENT_URL,
  },
  {
    id: "owasp-ai-exchange",
    field: "aiExchange",
    title: "OWASP AI Exchange",
    shortTitle: "OWASP AI Exchange",
    edition: "living document",
    documentUrl: AI_EXCHANGE_DOCUMENT_URL,
  },
  {
    id: "nist-ai-100-2-e2025",
    field: "nist",
    title: "NIST AI 100-2 Adversarial Machine Learning taxonomy",
    shortTitle: "NIST AI 100-2 E2025",
    edition: NIST_AML_EDITION,
    documentUrl: NIST_AML_DOCUMENT_URL,
  },
  {
    id: "maestro",
    field: "maestro",
    title: "CSA MAESTRO",
    shortTitle: "MAESTRO",
    edition: "2025",
    documentUrl: MAESTRO_DOCUMENT_URL,
  },
];

function owasp(catalog: CatalogId, list: readonly OwaspEntry[], kind: EntryKind): ReferenceEntry[] {
  return list.map((e) => ({ catalog, code: e.id, name: e.name, url: e.url, kind, field: "owasp" }));
}

function plain(
  list: readonly CatalogEntry[],
  field: ReferenceField,
  kind: (entry: CatalogEntry) => EntryKind,
): ReferenceEntry[] {
  return list.map(({ catalog, code, name, url }) => ({
    catalog,
    code,
    name,
    url,
    kind: kind({ catalog, code, name, url }),
    field,
  }));
}

function dasfEntry(risk: DasfRisk): ReferenceEntry {
  const { catalog, code, name, url } = risk;
  const context = dasfComponent(risk.component).name;
  return { catalog, code, name, url, kind: "risk", field: "dasf", context };
}

const ENTRIES: Readonly<Record<CatalogId, readonly ReferenceEntry[]>> = {
  atlas: [
    ...allAtlasTechniques().map((t): ReferenceEntry => ({
      catalog: "atlas",
      code: t.id,
      name: t.name,
      url: t.url,
      kind: t.parent ? "sub-technique" : "technique",
      field: "atlas",
    })),
    // Successors of ids retired upstream since 5.6.0, so rules can cite the current id.
    ...ATLAS_ADDED.map(({ id, name }): ReferenceEntry => ({
      catalog: "atlas",
      code: id,
      name,
      url: `https://atlas.mitre.org/techniques/${id}`,
      kind: atlasAdded(id)?.parent ? "sub-technique" : "technique",
      field: "atlas",
    })),
    ...allAtlasMitigations().map((m): ReferenceEntry => ({
      catalog: "atlas",
      code: m.id,
      name: m.name,
      url: m.url,
      kind: "mitigation",
      field: "atlas",
    })),
    ...allAtlasTactics().map((t): ReferenceEntry => ({
      catalog: "atlas",
      code: t.id,
      name: t.name,
      url: t.url,
      kind: "tactic",
      field: "atlas",
    })),
  ],
  "owasp-ml-2023": owasp("owasp-ml-2023", OWASP_ML_TOP10_2023, "risk"),
  "owasp-llm-2025": owasp("owasp-llm-2025", OWASP_LLM_TOP10_2025, "risk"),
  "owasp-llm-2026": owasp("owasp-llm-2026", OWASP_LLM_TOP10_2026, "risk"),
  "owasp-asi-2026": owasp("owasp-asi-2026", OWASP_ASI_TOP10_2026, "risk"),
  "owasp-agentic-1.1": plain(OWASP_AGENTIC_THREATS, "agentic", () => "threat"),
  "dasf-2.0": DASF_V2_RISKS.map(dasfEntry),
  "dasf-3.0": DASF_V3_AGENTIC_RISKS.map(dasfEntry),
  cosai: [
    ...plain(COSAI_RISKS, "cosai", () => "risk"),
    ...plain(COSAI_CONTROLS, "cosai", () => "control"),
  ],
  "owasp-ai-exchange": plain(AI_EXCHANGE_THREATS, "aiExchange", () => "threat"),
  "nist-ai-100-2-e2025": NIST_AML_ENTRIES.map((e) => ({
    catalog: e.catalog,
    code: e.code,
    name: e.name,
    url: e.url,
    kind: e.kind,
    field: "nist" as const,
  })),
  maestro: plain(MAESTRO_LAYER_ENTRIES, "maestro", () => "layer"),
};

const ALL_ENTRIES: readonly ReferenceEntry[] = Object.freeze(
  CATALOGS.flatMap((catalog) => ENTRIES[catalog.id].map((entry) => Object.freeze(entry))),
);
const byCode = new Map<string, ReferenceEntry>(ALL_ENTRIES.map((entry) => [entry.code, entry]));
const infoById = new Map<CatalogId, CatalogInfo>(CATALOGS.map((c) => [c.id, c]));

export function catalogInfo(id: CatalogId): CatalogInfo {
  // Every CatalogId has an entry in CATALOGS (the catalog test checks it).
  return infoById.get(id)!;
}

/** Every citable entry of one catalog, in the catalog's order. */
export function catalogEntries(id: CatalogId): readonly ReferenceEntry[] {
  return ENTRIES[id];
}

/** Every citable entry of every catalog, catalogs in `CATALOGS` order. */
export function allReferenceEntries(): readonly ReferenceEntry[] {
  return ALL_ENTRIES;
}

/** The entry a code names, whatever its catalog (`ASI06:2026`, `DASF-9.1@2.0`, `L3`). */
export function referenceEntry(code: string): ReferenceEntry | undefined {
  return byCode.get(code);
}

/** The entry a code names within the catalogs one references array cites. */
export function referenceEntryIn(field: ReferenceField, code: string): ReferenceEntry | undefined {
  const entry = byCode.get(code);
  return entry?.field === field ? entry : undefined;
}
