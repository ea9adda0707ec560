/**
 * Where each element / flow is declared in the model file: the 1-based line of its first
 * `"id": "..."` property. Lets SARIF viewers jump to the element. A text scan, not a parse,
 * so it needs no position-aware JSON parser; an id that is not found simply has no line.
 */
export function idLines(jsonText: string): ReadonlyMap<string, number> {
  const lines = new Map<string, number>();
  const pattern = /"id"\s*:\s*("(?:[^"\\\n]|\\.)*")/g;
  let line = 1;
  let scanned = 0;
  for (const match of jsonText.matchAll(pattern)) {
    line += countNewlines(jsonText, scanned, match.index);
    scanned = match.index;
    const id = parseJsonString(match[1] ?? "");
    if (id !== null && !lines.has(id)) lines.set(id, line);
  }
  return lines;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

function parseJsonString(literal: string): string | null {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
