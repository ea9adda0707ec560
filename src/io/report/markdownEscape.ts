/**
 * Markdown escaping for user-supplied text (names, descriptions, ids) in CommonMark / GFM.
 *
 * Goals: user text never becomes HTML, a link, an image, emphasis, a heading, a list, a code
 * span or math, and never adds or splits a table cell. Everything is rendered inline on one
 * line: runs of whitespace (newlines included) become one space, control characters (C0, DEL,
 * C1) go. Text that could reorder our words around it (right-to-left letters, U+202E) is
 * wrapped in Unicode isolates. And a line of the report printed in a CI log never starts with
 * `::` (a GitHub Actions workflow command): a leading colon is escaped.
 */
import { isolateBidi } from "../../domain/text/bidi";

// Escaped with a backslash wherever they stand: the ASCII punctuation that opens or closes an
// inline construct (emphasis, code, links and images via `[`, tables, strikethrough, GitHub
// math `$`, e-mail autolinks `@`) or a heading's closing `#`s. `<`, `>`, `&` become entities so
// no raw HTML or entity survives. Parentheses and `!` need no escape: with `[` escaped they
// can never form a link or an image. Block markers (`-`, `+`, `1.`) only matter at the start.
const BACKSLASH_ESCAPED = /[\\`*_[\]#|~$@]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function oneLine(text: string): string {
  return text.replace(CONTROL, "").replace(/\s+/g, " ").trim();
}

/** Plain text, safe anywhere inline: headings, list items, paragraphs, table cells. */
export function mdText(text: string): string {
  return isolateBidi(
    oneLine(text)
      .replace(/[&<>]/g, (c) => ENTITIES[c] ?? c)
      .replace(BACKSLASH_ESCAPED, "\\$&")
      // A list marker at the start would make a list where a line starts with the text.
      .replace(/^[-+]/, "\\$&")
      .replace(/^(\d+)([.)])/, "$1\\$2")
      // GFM extended autolinks: "www.x", "http://x".
      .replace(/(www)\./gi, "$1\\.")
      .replace(/:\/\//g, "\\://")
      .replace(/^:/, "\\:"),
  );
}

/**
 * A code span holding `text` verbatim. Not for table cells (GFM splits cells on `|` even inside
 * code spans, and backslashes are literal there).
 */
export function mdCode(text: string): string {
  const content = isolateBidi(oneLine(text));
  if (!content) return "` `";
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = content.startsWith("`") || content.endsWith("`") ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** A link to an http(s) URL, or the escaped label alone when the URL is anything else. */
export function mdLink(label: string, url: string | null): string {
  const text = mdText(label);
  if (!url || !/^https?:\/\//i.test(url)) return text;
  const safeUrl = encodeURI(decodeURISafe(url)).replace(/[()]/g, (c) =>
    c === "(" ? "%28" : "%29",
  );
  return `[${text}](${safeUrl})`;
}

function decodeURISafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** One GFM table row; every cell is escaped text. */
export function mdTableRow(cells: readonly string[]): string {
  return `| ${cells.map(mdText).join(" | ")} |`;
}
