import type { ThreatModel } from "../../domain/schema";
import { leavesBaseLevel } from "../../domain/text/bidi";
import type { EvaluationResult } from "../../engine/types";
import { sarifEmbeddedLinks, sarifPlaceholders } from "../../io/report/sarifText";
import { renderMarkdown, tagNames } from "../../io/report/testing/renderMarkdown";
import { HOSTILE_PAYLOADS, type HostilePayload } from "./payloads";

/**
 * Every output the app or the CLI writes, run over the hostile model (see corpus.test.ts). An
 * output registers one function that returns what it writes as artifacts of a known kind; the
 * kind's checker then says what is wrong. A new export joins with one call:
 *
 *   registerHostileOutput({ name: "CSV export", produce: (m, r) => [{ kind: "csv", text: toCsv(m, r) }] });
 */

export type ArtifactKind = "markdown" | "sarif" | "terminal" | "json" | "csv" | "markup" | "text";

export interface OutputArtifact {
  kind: ArtifactKind;
  /** What it is, for failure messages: "stderr of --fail-on", "page 1 text". */
  label?: string;
  text: string;
}

export interface HostileOutput {
  name: string;
  produce(
    model: ThreatModel,
    result: EvaluationResult,
  ): OutputArtifact[] | Promise<OutputArtifact[]>;
}

export interface CheckContext {
  payloads: readonly HostilePayload[];
  /** Link targets our own text may make (catalog references); anything else came from users. */
  allowedHrefs: ReadonlySet<string>;
}

const registry: HostileOutput[] = [];

export function registerHostileOutput(output: HostileOutput): void {
  if (registry.some((o) => o.name === output.name))
    throw new Error(`${output.name} is registered twice`);
  registry.push(output);
}

export function hostileOutputs(): readonly HostileOutput[] {
  return registry;
}

export function checkArtifact(artifact: OutputArtifact, ctx: CheckContext): string[] {
  return CHECKERS[artifact.kind](artifact.text, ctx);
}

export function defaultCheckContext(allowedHrefs: Iterable<string>): CheckContext {
  return { payloads: HOSTILE_PAYLOADS, allowedHrefs: new Set(allowedHrefs) };
}

const CHECKERS: Record<ArtifactKind, (text: string, ctx: CheckContext) => string[]> = {
  markdown: checkMarkdown,
  sarif: checkSarif,
  terminal: checkTerminal,
  json: checkJson,
  csv: checkCsv,
  markup: checkMarkup,
  text: checkPlainText,
};

/** Tags our Markdown reports render to; any other tag came from user text. */
const REPORT_TAGS = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "p",
  "ul",
  "ol",
  "li",
  "strong",
  "code",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "a",
  // The full report's Mermaid diagram is a fenced code block (its labels entity-coded).
  "pre",
]);

/** Rendered as GitHub would, raw HTML allowed: only our tags, only our links. */
function checkMarkdown(markdown: string, ctx: CheckContext): string[] {
  const html = renderMarkdown(markdown);
  const problems: string[] = [];
  for (const tag of tagNames(html)) {
    if (!REPORT_TAGS.has(tag)) problems.push(`<${tag}> in the rendered report`);
  }
  problems.push(...markupProblems(html, ctx));
  return problems;
}

/**
 * Attributes that run code or load something, and links that are not ours. Looks inside tags
 * only: escaped user text (`&lt;img src=x&gt;`) is text, which is the point.
 */
function markupProblems(html: string, ctx: CheckContext): string[] {
  const problems: string[] = [];
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const handler = /\s(on[a-z]+)\s*=/i.exec(tag);
    if (handler) problems.push(`event handler ${handler[1]} in ${tag.slice(0, 60)}`);
    for (const m of tag.matchAll(
      /\s(?:xlink:)?(href|src|action|formaction|data|srcdoc)\s*=\s*("([^"]*)"|'([^']*)'|[^\s>]+)/gi,
    )) {
      const value = m[3] ?? m[4] ?? m[2] ?? "";
      if (m[1]!.toLowerCase() !== "href" || !ctx.allowedHrefs.has(decodeEntities(value))) {
        problems.push(`${m[1]}="${value.slice(0, 60)}" not built by us`);
      }
    }
    if (/^<(script|iframe|object|embed|meta|base|form|style|img|svg|math)\b/i.test(tag)) {
      problems.push(`${tag.slice(0, 30)}: an element that runs or loads something`);
    }
  }
  return problems;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");
}

/** Every message text: no embedded link, no placeholder, no control character. */
function checkSarif(text: string): string[] {
  let log: unknown;
  try {
    log = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  walk(log, (key, value) => {
    if (key !== "message" || typeof value !== "object" || value === null) return;
    const message = (value as { text?: unknown }).text;
    if (typeof message !== "string") return;
    for (const link of sarifEmbeddedLinks(message)) problems.push(`embedded link to ${link}`);
    for (const placeholder of sarifPlaceholders(message))
      problems.push(`placeholder ${placeholder}`);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    if (/[\u0000-\u001f\u007f-\u009f]/.test(message))
      problems.push("control character in a message");
  });
  return problems;
}

function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit));
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      visit(key, child);
      walk(child, visit);
    }
  }
}

/** What a terminal or a CI log gets: nothing it acts on, nothing reordering our words. */
function checkTerminal(text: string): string[] {
  const problems: string[] = [];
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.exec(text);
  if (control)
    problems.push(`control character U+${control[0].charCodeAt(0).toString(16).padStart(4, "0")}`);
  text.split("\n").forEach((line, i) => {
    if (/^\s*::/.test(line))
      problems.push(`line ${i + 1} is a workflow command: ${line.slice(0, 60)}`);
    if (/##(\[|vso\[)/i.test(line)) problems.push(`line ${i + 1} holds a ##[ command`);
    if (!leavesBaseLevel(line)) problems.push(`line ${i + 1} leaves a bidi override open`);
  });
  return problems;
}

function checkJson(text: string): string[] {
  try {
    JSON.parse(text);
    return [];
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
}

/** A cell a spreadsheet would run as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function checkCsv(text: string): string[] {
  return parseCsv(text)
    .flat()
    .filter((cell) => FORMULA_START.test(cell))
    .map((cell) => `cell starts a formula: ${JSON.stringify(cell.slice(0, 40))}`);
}

/** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") endCell();
    else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) {
      if (c === "\r") i++;
      endCell();
      rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** SVG or HTML we generate: no element or attribute from user text. */
function checkMarkup(text: string, ctx: CheckContext): string[] {
  const problems = markupProblems(text, ctx);
  if (/<foreignObject/i.test(text)) problems.push("<foreignObject> in the markup");
  for (const payload of ctx.payloads) {
    if (/[<>"']/.test(payload.text) && text.includes(payload.text)) {
      problems.push(`payload ${payload.id} appears unescaped`);
    }
  }
  return problems;
}

/** Text extracted from a document (a PDF page): no control characters. */
function checkPlainText(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  return /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text)
    ? ["control character in the text"]
    : [];
}
