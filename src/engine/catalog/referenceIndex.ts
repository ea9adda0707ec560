import type { ReferenceField } from "../rules/references";
import type { CatalogId, EntryKind } from "./entry";
import { allReferenceEntries, CATALOGS, type ReferenceEntry } from "./registry";

/**
 * Search over every shipped catalog, for pickers that let a person cite a reference: by code
 * ("LLM01", "DASF 9.1", "T0051", "asi6") or by words of the name ("prompt injection",
 * "poison"). Pure: the same query always gives the same list.
 */
export interface ReferenceMatch {
  readonly catalog: CatalogId;
  readonly field: ReferenceField;
  readonly kind: EntryKind;
  /** The code to store. */
  readonly code: string;
  /** The catalog's name for the entry. */
  readonly label: string;
  readonly url: string | null;
}

export interface ReferenceSearchOptions {
  /** At most this many matches (default 20). */
  readonly limit?: number;
  /** Only these catalogs (default: all). */
  readonly catalogs?: readonly CatalogId[];
}

interface IndexedEntry {
  readonly entry: ReferenceEntry;
  readonly order: number;
  readonly code: string;
  readonly segments: readonly string[];
  readonly words: readonly string[];
  readonly contextWords: readonly string[];
}

const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "by",
  "for",
  "from",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
]);

const splitSegments = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const withoutLeadingZeros = (segment: string) => segment.replace(/(^|[a-z])0+(?=\d)/g, "$1");

let index: readonly IndexedEntry[] | null = null;

function buildIndex(): readonly IndexedEntry[] {
  index ??= allReferenceEntries().map((entry, order) => ({
    entry,
    order,
    code: entry.code.toLowerCase(),
    segments: splitSegments(entry.code),
    words: splitSegments(entry.name),
    contextWords: splitSegments(entry.context ?? ""),
  }));
  return index;
}

/** Two code segments are the same when equal, or equal but for leading zeros (asi6, asi06). */
function sameSegment(query: string, segment: string): boolean {
  return query === segment || withoutLeadingZeros(query) === withoutLeadingZeros(segment);
}

/** How well the query reads as (a leading part of) the code; 0 when it does not. */
function codeScore(item: IndexedEntry, query: string, segments: readonly string[]): number {
  if (query === item.code) return 100;
  if (segments.length === 0) return 0;
  let best = 0;
  for (let offset = 0; offset + segments.length <= item.segments.length; offset++) {
    const leading = segments
      .slice(0, -1)
      .every((s, i) => sameSegment(s, item.segments[offset + i]!));
    if (!leading) continue;
    const last = segments[segments.length - 1]!;
    const target = item.segments[offset + segments.length - 1]!;
    const full = sameSegment(last, target);
    if (!full && !target.startsWith(last)) continue;
    const score = offset === 0 ? (full ? 90 : 80) : full ? 75 : 45;
    // Of two codes the query begins alike, the one it spells out more of comes first.
    const rest = item.segments.length - offset - segments.length;
    best = Math.max(best, score - Math.min(rest, 5) * 0.5);
  }
  return best;
}

/**
 * A query word matches a name word it begins, or a name word it extends by a short ending
 * ("injection" finds "inject", "poisoning" finds "poison").
 */
function wordMatches(query: string, word: string): "exact" | "loose" | null {
  if (query === word) return "exact";
  if (word.startsWith(query)) return "loose";
  if (word.length >= 4 && query.startsWith(word) && query.length - word.length <= 3) return "loose";
  return null;
}

const CONTEXT_SCORE = 30;

/**
 * Every query word must match a word of the name, a part of the code or a word of the
 * entry's context; the more of them the name alone explains, the higher the score.
 */
function nameScore(item: IndexedEntry, words: readonly string[]): number {
  if (words.length === 0) return 0;
  let exact = true;
  let viaCode = false;
  let viaContext = false;
  for (const word of words) {
    const inName = item.words.map((w) => wordMatches(word, w)).filter((m) => m !== null);
    if (inName.length > 0) {
      if (!inName.includes("exact")) exact = false;
      continue;
    }
    if (item.segments.some((s) => sameSegment(word, s) || s.startsWith(word))) {
      viaCode = true;
      continue;
    }
    if (item.contextWords.some((w) => wordMatches(word, w) !== null)) {
      viaContext = true;
      continue;
    }
    return 0;
  }
  if (viaContext) return CONTEXT_SCORE;
  if (viaCode) return 40;
  return exact ? 70 : 60;
}

export function searchReferences(
  query: string,
  options: ReferenceSearchOptions = {},
): ReferenceMatch[] {
  const trimmed = query.trim().toLowerCase();
  if (trimmed === "") return [];
  const segments = splitSegments(trimmed);
  const words = segments.filter((w) => !STOP_WORDS.has(w));
  const catalogs = options.catalogs ? new Set(options.catalogs) : null;
  const catalogRank = new Map(CATALOGS.map((c, i) => [c.id, i]));
  const scored = buildIndex()
    .filter((item) => !catalogs || catalogs.has(item.entry.catalog))
    .map((item) => {
      const byCode = codeScore(item, trimmed, segments);
      const byName = nameScore(item, words);
      // Short names first among name matches; catalog order among code and context matches.
      return {
        item,
        score: Math.max(byCode, byName),
        nameLength: byCode >= byName || byName === CONTEXT_SCORE ? 0 : item.words.length,
      };
    })
    .filter(({ score }) => score > 0);
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      a.nameLength - b.nameLength ||
      catalogRank.get(a.item.entry.catalog)! - catalogRank.get(b.item.entry.catalog)! ||
      a.item.order - b.item.order,
  );
  return scored.slice(0, options.limit ?? 20).map(({ item: { entry } }) => ({
    catalog: entry.catalog,
    field: entry.field,
    kind: entry.kind,
    code: entry.code,
    label: entry.name,
    url: entry.url,
  }));
}
