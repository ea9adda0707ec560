import type { CatalogId, EntryKind } from "../../engine/catalog/entry";
import { searchReferences as searchCatalogs } from "../../engine/catalog/referenceIndex";
import {
  allReferenceEntries,
  catalogInfo,
  referenceEntry,
  type ReferenceEntry,
} from "../../engine/catalog/registry";

/**
 * What the pickers (custom threats, mitigation records) offer: every entry of every catalog we
 * ship, searched by the catalog index (`src/engine/catalog/referenceIndex.ts`), by code or name.
 */
export interface ReferenceOption {
  /** Edition-qualified code, as stored: AML.T0020, AML.M0015, LLM01:2025, DASF-9.1@2.0. */
  code: string;
  name: string;
  catalogId: CatalogId;
  kind: EntryKind;
  /** Where it comes from, in words: "MITRE ATLAS 5.6.0 technique", "DASF 2.0 risk". */
  catalog: string;
  /** The entry's own page, or null when its catalog publishes none. */
  url: string | null;
}

const KIND_WORDS: Partial<Record<EntryKind, string>> = {
  technique: "technique",
  "sub-technique": "sub-technique",
  tactic: "tactic",
  mitigation: "mitigation",
  risk: "risk",
  control: "control",
  threat: "threat",
  objective: "objective",
  attack: "attack",
  layer: "layer",
};

function optionOf(entry: {
  catalog: CatalogId;
  kind: EntryKind;
  code: string;
  name: string;
  url: string | null;
}): ReferenceOption {
  const title = catalogInfo(entry.catalog).shortTitle;
  const kind = KIND_WORDS[entry.kind];
  return {
    code: entry.code,
    name: entry.name,
    catalogId: entry.catalog,
    kind: entry.kind,
    catalog: kind && !title.toLowerCase().endsWith(kind) ? `${title} ${kind}` : title,
    url: entry.url,
  };
}

let all: ReferenceOption[] | null = null;

export function allReferences(): readonly ReferenceOption[] {
  all ??= allReferenceEntries().map(optionOf);
  return all;
}

export function referenceByCode(code: string): ReferenceOption | undefined {
  const entry: ReferenceEntry | undefined = referenceEntry(code);
  return entry ? optionOf(entry) : undefined;
}

/**
 * References matching the query by code or name, best first (the catalog index's order), at
 * most `limit`, only those `filter` keeps. An empty query lists nothing.
 */
export function searchReferences(
  query: string,
  options: {
    limit?: number;
    catalogs?: readonly CatalogId[];
    filter?: (option: ReferenceOption) => boolean;
  } = {},
): ReferenceOption[] {
  const limit = options.limit ?? 20;
  const out: ReferenceOption[] = [];
  // Unlimited here: the filter (chosen codes, one kind of entry) runs before the limit.
  for (const match of searchCatalogs(query, {
    limit: Number.POSITIVE_INFINITY,
    ...(options.catalogs ? { catalogs: options.catalogs } : {}),
  })) {
    const option = optionOf({ ...match, name: match.label });
    if (options.filter && !options.filter(option)) continue;
    out.push(option);
    if (out.length >= limit) break;
  }
  return out;
}
