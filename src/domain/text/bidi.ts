/**
 * Keeping user text from reordering our own sentences (Unicode Bidirectional Algorithm, UAX #9).
 *
 * A name holding U+202E (right-to-left override), or simply written in Hebrew or Arabic, changes
 * how the words *around* it are laid out when it is placed inside one of our sentences. Wrapping
 * it in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE makes it one neutral unit to the text
 * around it, laid out by its own first strong character.
 *
 * `isolateBidi` wraps only text that can affect its surroundings (a right-to-left letter or an
 * explicit directional formatting character): names in left-to-right scripts, nearly all of them,
 * stay byte for byte as typed, so searches, ids, golden files and exports see no invisible
 * characters they do not need.
 */

export const FSI = "\u2068";
export const PDI = "\u2069";

const LRE = 0x202a;
const RLE = 0x202b;
const PDF = 0x202c;
const LRO = 0x202d;
const RLO = 0x202e;
const LRI = 0x2066;
const RLI = 0x2067;
const FSI_CODE = 0x2068;
const PDI_CODE = 0x2069;

/** Explicit directional formatting characters and marks: ALM, LRM, RLM, LRE…RLO, LRI…PDI. */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and
 * their presentation forms; the right-to-left ranges of the supplementary planes). A superset is
 * harmless: isolating text that did not need it changes nothing on screen.
 */
const RTL_LETTER =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud803[\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udfff]/;

/** Whether `text` can change the layout of text placed next to it. */
export function needsIsolation(text: string): boolean {
  return BIDI_CONTROL.test(text) || RTL_LETTER.test(text);
}

/**
 * `text` as one bidi-neutral unit: FSI + text + PDI when it needs it, else `text` unchanged.
 * Inside, isolates are balanced first: a PDI with no opener of its own is dropped (it would
 * close our FSI early and let the rest leak out), and openers left open are closed (our PDI
 * would otherwise close theirs, not ours). Embeddings and overrides need no repair: a PDI
 * closes every one opened after its isolate.
 */
export function isolateBidi(text: string): string {
  if (!needsIsolation(text)) return text;
  return `${FSI}${balanceIsolates(text)}${PDI}`;
}

/** `text` with every isolate initiator matched by a PDI and no PDI left unmatched. */
export function balanceIsolates(text: string): string {
  let open = 0;
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LRI || code === RLI || code === FSI_CODE) open++;
    else if (code === PDI_CODE) {
      if (open > 0) open--;
      else {
        out += text.slice(start, i);
        start = i + 1;
      }
    }
  }
  return out + text.slice(start) + PDI.repeat(open);
}

/** UAX #9 rule X1's limit on the depth of embeddings, overrides and isolates. */
const MAX_DEPTH = 125;

/**
 * Whether text placed after `text` starts at the paragraph's own embedding level: replays the
 * explicit-level rules X1-X8 of UAX #9 (embeddings, overrides, isolates, overflow counters).
 * For tests: an isolated string must leave the directional status as it found it.
 */
export function leavesBaseLevel(text: string): boolean {
  // Each stack entry: is it an isolate? The base entry is index 0.
  const stack: boolean[] = [false];
  let overflowIsolates = 0;
  let overflowEmbeddings = 0;
  let validIsolates = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === RLE || code === LRE || code === RLO || code === LRO) {
      if (stack.length - 1 < MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0) {
        stack.push(false);
      } else if (overflowIsolates === 0) overflowEmbeddings++;
    } else if (code === RLI || code === LRI || code === FSI_CODE) {
      if (stack.length - 1 < MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0) {
        validIsolates++;
        stack.push(true);
      } else overflowIsolates++;
    } else if (code === PDI_CODE) {
      if (overflowIsolates > 0) overflowIsolates--;
      else if (validIsolates > 0) {
        overflowEmbeddings = 0;
        while (stack[stack.length - 1] === false) stack.pop();
        stack.pop();
        validIsolates--;
      }
    } else if (code === PDF) {
      if (overflowIsolates > 0) continue;
      if (overflowEmbeddings > 0) overflowEmbeddings--;
      else if (stack[stack.length - 1] === false && stack.length >= 2) stack.pop();
    }
  }
  return stack.length === 1 && overflowEmbeddings === 0 && overflowIsolates === 0;
}
