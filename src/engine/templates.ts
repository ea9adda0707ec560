/** The names a rule's text may use, filled from the subjects of one finding. */
export interface TemplateNames {
  element: string;
  flow: string;
  source: string;
  target: string;
  boundary: string;
  other: string;
}

export type TemplateName = keyof TemplateNames;

/** A parsed text template: constant text needs no work per finding. */
export type Template = (names: TemplateNames) => string;

const PLACEHOLDER = /\{(element|flow|source|target|boundary|other)\}/g;

export function compileTemplate(text: string): Template {
  const parts = text.split(PLACEHOLDER);
  if (parts.length === 1) return () => text;
  // split() with a capturing group alternates text and placeholder names.
  return (names) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      out += names[parts[i] as TemplateName] + parts[i + 1]!;
    }
    return out;
  };
}

export function placeholdersOf(text: string): TemplateName[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as TemplateName);
}
