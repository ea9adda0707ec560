import type { CompiledRule } from "./compiledRules";
import type { Finding } from "./types";

/**
 * Every code any rule of the group cites, per catalog, in the order first cited: the primary's
 * catalogs in its order, then any other rule's further catalogs in the order they come. A list
 * that comes out as the primary's own is the primary's (frozen) list, and where every list does,
 * the primary's references are the references.
 */
export function mergedReferences(
  rules: readonly CompiledRule[],
  members: readonly number[],
): Finding["references"] {
  const base = rules[members[0]!]!;
  if (base.referenceLists !== null && sameCatalogs(rules, members, base.referenceKeys)) {
    return mergedByCatalog(rules, members);
  }
  const own = base.references as Readonly<Record<string, unknown>>;
  // The catalogs cited, in the order first met, each with its codes gathered in a buffer.
  let catalogs = 0;
  for (let m = 0; m < members.length; m++) {
    const compiled = rules[members[m]!]!;
    const references = compiled.references as Readonly<Record<string, unknown>>;
    for (let k = 0; k < compiled.referenceKeys.length; k++) {
      const key = compiled.referenceKeys[k]!;
      const ids = references[key];
      if (!Array.isArray(ids)) continue;
      let at = 0;
      while (at < catalogs && catalogKeys[at] !== key) at++;
      if (at === catalogs) {
        catalogKeys[catalogs] = key;
        catalogCounts[catalogs] = 0;
        catalogCodes[catalogs] ??= [];
        catalogs++;
      }
      const list = catalogCodes[at]!;
      for (let c = 0; c < ids.length; c++) {
        const code = ids[c] as string;
        let listed = false;
        for (let l = 0; l < catalogCounts[at]! && !listed; l++) listed = list[l] === code;
        if (!listed) list[catalogCounts[at]!++] = code;
      }
    }
  }
  let same = true;
  for (let at = 0; at < catalogs && same; at++) {
    const mine = own[catalogKeys[at]!];
    same = Array.isArray(mine) && sameCodes(at, mine);
  }
  if (same) return base.references;
  const out: Record<string, unknown> = {};
  for (let k = 0; k < base.referenceKeys.length; k++) {
    const key = base.referenceKeys[k]!;
    out[key] = own[key];
  }
  for (let at = 0; at < catalogs; at++) {
    const key = catalogKeys[at]!;
    const mine = own[key];
    out[key] = Array.isArray(mine) && sameCodes(at, mine) ? mine : codesAt(at);
  }
  return out as Finding["references"];
}

/** Whether every member cites lists for the same catalogs, in the same order, as the primary. */
function sameCatalogs(
  rules: readonly CompiledRule[],
  members: readonly number[],
  keys: readonly string[],
): boolean {
  for (let m = 1; m < members.length; m++) {
    const compiled = rules[members[m]!]!;
    if (compiled.referenceKeys !== keys || compiled.referenceLists === null) return false;
  }
  return true;
}

/**
 * `mergedReferences` where `sameCatalogs` holds: catalog by catalog, by position. The primary's
 * references where nobody adds a code; else the primary's keys with the lists merged.
 */
function mergedByCatalog(
  rules: readonly CompiledRule[],
  members: readonly number[],
): Finding["references"] {
  const base = rules[members[0]!]!;
  const own = base.referenceLists!;
  let changed = 0;
  for (let c = 0; c < own.length; c++) {
    const list = own[c]!;
    catalogCounts[c] = -1;
    for (let m = 1; m < members.length; m++) {
      const ids = rules[members[m]!]!.referenceLists![c]!;
      for (let i = 0; i < ids.length; i++) {
        const code = ids[i]!;
        if (catalogCounts[c] === -1) {
          if (list.includes(code)) continue;
          start(c, list);
          changed++;
        }
        addCode(c, code);
      }
    }
  }
  if (changed === 0) return base.references;
  const out: Record<string, unknown> = {};
  for (let c = 0; c < own.length; c++) {
    out[base.referenceKeys[c]!] = catalogCounts[c] === -1 ? own[c] : codesAt(c);
  }
  return out as Finding["references"];
}

/** Catalog `at` gathers `list` first. */
function start(at: number, list: readonly string[]): void {
  const codes = (catalogCodes[at] ??= []);
  for (let i = 0; i < list.length; i++) codes[i] = list[i]!;
  catalogCounts[at] = list.length;
}

function addCode(at: number, code: string): void {
  const codes = catalogCodes[at]!;
  for (let i = 0; i < catalogCounts[at]!; i++) if (codes[i] === code) return;
  codes[catalogCounts[at]!++] = code;
}

const catalogKeys: string[] = [];
const catalogCodes: string[][] = [];
const catalogCounts: number[] = [];

/** Whether the codes gathered for catalog `at` are `list`, in order. */
function sameCodes(at: number, list: readonly unknown[]): boolean {
  const count = catalogCounts[at]!;
  if (count !== list.length) return false;
  const codes = catalogCodes[at]!;
  for (let i = 0; i < count; i++) if (codes[i] !== list[i]) return false;
  return true;
}

function codesAt(at: number): string[] {
  const count = catalogCounts[at]!;
  const codes = catalogCodes[at]!;
  const out = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = codes[i]!;
  return out;
}
