/** The names a rule's text may use, filled from the subjects of one target. */
export interface TemplateNames {
  element: string;
  flow: string;
  source: string;
  target: string;
  boundary: string;
  /** Used when no quantifier bound an element. */
  other: string;
  /** Who can reach the element ("anyone on the internet", "customers with accounts ..."). */
  exposure: string;
}

export type TemplateName = keyof TemplateNames;

/** A parsed text template. `other` is the bound element's name, when there is one. */
export type Template = (names: TemplateNames, other: string | null) => string;

const PLACEHOLDER = /\{(element|flow|source|target|boundary|other|exposure)\}/g;

export function compileTemplate(text: string): Template {
  const parts = text.split(PLACEHOLDER);
  if (parts.length === 1) return () => text;
  // split() with a capturing group alternates text and placeholder names.
  return (names, other) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i] as TemplateName;
      out += (name === "other" && other !== null ? other : names[name]) + parts[i + 1]!;
    }
    return out;
  };
}

export function placeholdersOf(text: string): TemplateName[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as TemplateName);
}
