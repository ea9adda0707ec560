/**
 * Characters that must never reach a terminal or a CI log from user text: C0 controls (NUL, ESC,
 * BEL, backspace, CR, LF, ...), DEL, C1 controls (CSI U+009B and OSC U+009D start escape
 * sequences in terminals that read 8-bit controls; NEL U+0085 ends a line), and the Unicode line
 * and paragraph separators, which some log viewers break lines on.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** The same set, but keeping line feeds: for whole texts whose line breaks are ours. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const TERMINAL_UNSAFE_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = {
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};

/** A visible escape for an unsafe character: `\n`, `\t`, `\u001b`, `\u2028`. */
export function visibleEscape(char: string): string {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** `text` with every unsafe character shown as its escape, on one line. */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_UNSAFE, visibleEscape);
}
