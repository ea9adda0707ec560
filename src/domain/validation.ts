import type { z } from "zod";

/** One readable line per problem: `flows[3].source: refers to "x", which is not ...`. */
export function formatIssues(error: z.ZodError, max = 8): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more problems`);
  return lines;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };
