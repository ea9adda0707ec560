import type { ImportSource } from "./types";

/** Reads text into an import source: strips a byte-order mark, parses JSON if it is JSON. */
export function makeImportSource(text: string, fileName: string | null = null): ImportSource {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { fileName, text: body, json: { ok: true, value: JSON.parse(body) as unknown } };
  } catch (error) {
    return { fileName, text: body, json: { ok: false, error: (error as Error).message } };
  }
}

/** A plain JSON object (not an array, not null), or null. */
export function jsonObject(source: ImportSource): Record<string, unknown> | null {
  if (!source.json.ok) return null;
  const value = source.json.value;
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
