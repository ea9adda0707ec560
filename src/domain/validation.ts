import type { z } from "zod";
import { escapeControls } from "./text/controls";
import { isolateBidi } from "./text/bidi";

/** One readable line per problem: `flows[3].source: refers to "x", which is not ...`. */
export function formatIssues(error: z.ZodError, max = 8): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more problems`);
  return lines;
}

/**
 * `elements[3].props.trustLevel`. A key that is not a plain identifier (a finding id used as a
 * triage key, a key from another tool) is quoted, `triage["R@a>f>b"].status`, with control
 * characters shown as escapes and bidi text isolated: an error line is one line, and user text
 * in it never reorders it.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && IDENTIFIER.test(part)) out += out ? `.${part}` : part;
    else out += `[${quoteUserText(String(part))}]`;
  }
  return out;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** User text (an id, a key) quoted for one of our messages: one line, bidi-isolated. */
export function quoteUserText(text: string): string {
  return `"${isolateBidi(escapeControls(text.replace(/["\\]/g, "\\$&")))}"`;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };
