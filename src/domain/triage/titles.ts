/** Longest title a mitigation record takes (the schema's limit). */
const TITLE_MAX = 200;

/** A title from a mitigation's text: its first sentence, cut at a word under 200 characters. */
export function titleFrom(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(clean)?.[1] ?? clean;
  if (sentence.length <= TITLE_MAX) return sentence.replace(/[.]$/, "");
  const cut = sentence.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
