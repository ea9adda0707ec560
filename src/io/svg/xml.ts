/**
 * Text and attribute values for XML (SVG): markup characters become entities, and characters XML
 * 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are replaced, so a
 * name can never end the text, open an element or make the file unreadable.
 */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/* eslint-disable no-control-regex -- removing what XML forbids is the point */
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, "\ufffd").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A number for an attribute: finite, at most two decimals. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return "0";
  return String(Math.round(value * 100) / 100);
}
