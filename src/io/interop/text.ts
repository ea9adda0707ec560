/** Text as other tools store it, made safe and plain for our document. */

/** Decodes a file's bytes: UTF-8 or UTF-16 (either byte order), with or without a byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  }
  // UTF-16 without a mark: text that starts with "<" or "{" has a zero byte beside it.
  if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) {
    return new TextDecoder("utf-16le").decode(bytes);
  }
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) {
    return new TextDecoder("utf-16be").decode(bytes);
  }
  return new TextDecoder("utf-8").decode(bytes);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A string, or "" for anything else (null, numbers stay out). */
export function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Text clipped to `max` characters (with an ellipsis), and whether it was clipped. */
export function clip(text: string, max: number): { text: string; clipped: boolean } {
  if (text.length <= max) return { text, clipped: false };
  return { text: `${text.slice(0, max - 1)}…`, clipped: true };
}

/** One line for a report: whitespace folded, at most 60 characters. */
export function shortName(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Tags of the HTML TMT writes into texts; other text in angle brackets is kept as written. */
const HTML_TAG =
  /<\/?(a|b|i|u|em|strong|span|font|p|div|br|ul|ol|li|code|pre|sup|sub|h[1-6])\b[^>]*>/gi;

/**
 * Markup in text fields (TMT writes links and line breaks as HTML into threat texts) as plain
 * text: a link keeps its address in brackets, breaks become new lines, other tags go. This is
 * for reading; nothing we show is ever parsed as HTML.
 */
export function htmlToText(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return text
    .replace(
      /<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a\s*>/gi,
      (_m, href: string, label: string) => {
        const inner = label.replace(HTML_TAG, "").trim();
        return inner && inner !== href ? `${inner} (${href})` : href;
      },
    )
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li)\s*>/gi, "\n")
    .replace(HTML_TAG, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
      if (code.startsWith("#x") || code.startsWith("#X"))
        return safeChar(parseInt(code.slice(2), 16), match);
      if (code.startsWith("#")) return safeChar(parseInt(code.slice(1), 10), match);
      return ENTITIES[code.toLowerCase()] ?? match;
    })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function safeChar(code: number, fallback: string): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}

/** A symbolic name as the Threat Model Library wants it: lower-case letters, digits and dashes. */
export function slug(text: string, fallback: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return s || fallback;
}
