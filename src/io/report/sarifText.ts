import { escapeControls } from "../../domain/text/controls";

/**
 * Plain text for SARIF `message.text` (SARIF 2.1.0 §3.11). Two things in a plain text message
 * mean something to a SARIF viewer: an embedded link, `[text](target)` (§3.11.6), which
 * viewers render as a link to a location or a URI, and a placeholder, `{0}` (§3.11.5). User text
 * (names, ids, labels) must be neither.
 *
 * - `\`, `[` and `]` are escaped with a backslash — the "escaped link characters" of §3.11.6 —
 *   so no `[` from user text can open a link (and a user's own backslash cannot un-escape ours);
 * - `{` and `}` are doubled, as §3.11.5 requires of every literal brace;
 * - control characters (a newline, ESC, NUL) become visible escapes: a message is one line of
 *   plain text, and viewers that print it to a terminal print nothing it would act on.
 */
export function sarifMessageText(text: string): string {
  return escapeControls(text.replace(/[\\[\]]/g, "\\$&").replace(/[{}]/g, "$&$&"));
}

/**
 * What a viewer displays for a plain text message, reading it as the spec says: escaped link
 * characters unescaped, doubled braces single, and `[text](target)` shown as its text. For
 * tests: lists the embedded links a viewer would make.
 */
export function sarifEmbeddedLinks(text: string): string[] {
  const links: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length && "\\[]".includes(text[i + 1]!)) {
      i += 2;
      continue;
    }
    if (c === "[") {
      const end = linkTextEnd(text, i + 1);
      if (end !== -1 && text.startsWith("](", end)) {
        const close = text.indexOf(")", end + 2);
        if (close !== -1) {
          links.push(text.slice(end + 2, close));
          i = close + 1;
          continue;
        }
      }
    }
    i++;
  }
  return links;
}

/** Index of the `]` closing link text that starts at `from`, honouring escapes; -1 if none. */
function linkTextEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length && "\\[]".includes(text[i + 1]!)) i++;
    else if (c === "[") return -1;
    else if (c === "]") return i;
  }
  return -1;
}

/** Placeholders `{n}` a viewer would substitute (doubled braces are literal). */
export function sarifPlaceholders(text: string): string[] {
  return [...text.replace(/\{\{|\}\}/g, "").matchAll(/\{(\d+)\}/g)].map((m) => m[0]);
}
