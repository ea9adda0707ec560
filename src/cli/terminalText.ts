import { isolateBidi } from "../domain/text/bidi";
import {
  TERMINAL_UNSAFE,
  TERMINAL_UNSAFE_BUT_NEWLINE,
  escapeControls,
  visibleEscape,
} from "../domain/text/controls";

/**
 * Everything the CLI prints for a terminal or a CI log goes through here. Model text (names,
 * ids, paths, engine titles that quote names) may hold newlines, escape sequences (ESC, CSI,
 * OSC hyperlinks), NUL or U+2028; printed raw, a name like "x\n::error file=a::forged" becomes a
 * GitHub Actions annotation of its own, and an ESC sequence rewrites the terminal.
 *
 * Messages are `TerminalText`, built with the `term` tag: every interpolated value is user text,
 * neutralised (`userText`) — one line, control characters as visible escapes, CI workflow
 * commands broken, bidi text isolated — and only the template's own literal text may hold
 * line breaks. On the way out, `forTerminal` / `jsonForTerminal` make a last pass over the whole
 * text so that even a mistake here cannot print a raw control character.
 */
export class TerminalText {
  private constructor(readonly text: string) {}

  /** Text we wrote ourselves (usage, fixed sentences): kept as is, line breaks included. */
  static own(text: string): TerminalText {
    return new TerminalText(text);
  }

  static join(parts: readonly TerminalText[], separator = ""): TerminalText {
    return new TerminalText(parts.map((p) => p.text).join(separator));
  }

  /** Built by `term`; use the tag, not this. */
  static fromTemplate(strings: readonly string[], values: readonly unknown[]): TerminalText {
    let out = strings[0] ?? "";
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      out +=
        (value instanceof TerminalText ? value.text : userText(String(value))) + strings[i + 1];
    }
    return new TerminalText(out);
  }

  toString(): string {
    return this.text;
  }
}

/** A message: the template is ours; every `${value}` is user text and is neutralised. */
export function term(
  strings: TemplateStringsArray,
  ...values: readonly (string | number | TerminalText)[]
): TerminalText {
  return TerminalText.fromTemplate(strings, values);
}

/**
 * GitHub Actions runs `::command::` at the start of a line and its older `##[command]` anywhere
 * in one; Azure Pipelines runs `##vso[...]` anywhere. Breaking the `##` keeps the text readable.
 */
const CI_COMMAND_ANYWHERE = /##(?=\[|vso\[)/gi;
const CI_COMMAND_AT_START = /^(\s*):(?=:)/;

/** User text for one of our lines: one line, no control character, no CI command, isolated. */
export function userText(text: string): string {
  const oneLine = escapeControls(text)
    .replace(CI_COMMAND_ANYWHERE, "#\\u0023")
    .replace(CI_COMMAND_AT_START, "$1\\u003a");
  return isolateBidi(oneLine);
}

/** The last pass over human text: our line feeds stay; every other control becomes visible. */
export function forTerminal(text: string): string {
  return text
    .replace(TERMINAL_UNSAFE_BUT_NEWLINE, visibleEscape)
    .replace(CI_COMMAND_ANYWHERE, "#\\u0023");
}

/**
 * Raw characters JSON.stringify leaves in strings that a terminal or a log viewer acts on: DEL,
 * C1 controls, U+2028/2029, and directional formatting characters (so the JSON text itself
 * never displays reordered). Outside strings they cannot occur in valid JSON; C0 controls are
 * escaped by JSON.stringify itself.
 */
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text (a report, a SARIF log) made safe to print: the unsafe characters and the `#` of a
 * CI command become `\uXXXX` escapes. The result parses to exactly the same value.
 */
export function jsonForTerminal(json: string): string {
  return json
    .replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(CI_COMMAND_ANYWHERE, "#\\u0023");
}

/** For tests: does `text` hold anything a terminal would act on? */
export function hasTerminalControl(text: string, { allowNewline = true } = {}): boolean {
  const pattern = allowNewline ? TERMINAL_UNSAFE_BUT_NEWLINE : TERMINAL_UNSAFE;
  return new RegExp(pattern.source).test(text);
}
