import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXIT_GATE_FAILED, EXIT_OK, runAnalyze } from "./runAnalyze";
import { runExportFormat } from "./runExportFormat";
import { threatEngine } from "./engine";
import { fakeEngine, fakeIo, fixturePath } from "./testing";

type Model = { elements: Array<{ id: string; name: string; mlKind?: string | null }> };

/** critical-issue.json with kinds an older version let users choose on the wrong type. */
function withMisfits(edit: (model: Model) => void = () => undefined): string {
  const model = JSON.parse(readFileSync(fixturePath("critical-issue.json"), "utf8")) as Model;
  const byId = (id: string) => model.elements.find((e) => e.id === id)!;
  byId("user").mlKind = "llm";
  byId("conversations").mlKind = "monitoring";
  edit(model);
  return JSON.stringify(model);
}

const NOTES = [
  'analyze: note: "Anonymous user": ML kind "llm" does not fit an external entity; changed to "third-party-ai-api"',
  'analyze: note: "Conversation store": ML kind "monitoring" does not fit a data store; no data store kind is close, so the kind was cleared; if it holds logs or metrics, set its “Stores logs” property',
];

describe("the CLI on ML kinds that do not fit their element type", () => {
  it("notes each one on standard error and analyses the fitted model, exit code unchanged", () => {
    const io = fakeIo({ readFile: () => withMisfits() });
    expect(runAnalyze(["m.json"], io, fakeEngine)).toBe(EXIT_OK);
    expect(io.err.trimEnd().split("\n")).toEqual(NOTES);
    const report = JSON.parse(io.out) as unknown;
    // The report is the one the fitted model gives.
    const fitted = fakeIo({
      readFile: () =>
        withMisfits((m) => {
          m.elements.find((e) => e.id === "user")!.mlKind = "third-party-ai-api";
          m.elements.find((e) => e.id === "conversations")!.mlKind = null;
        }),
    });
    expect(runAnalyze(["m.json"], fitted, fakeEngine)).toBe(EXIT_OK);
    expect(fitted.err).toBe("");
    expect(report).toEqual(JSON.parse(fitted.out));
  });

  it("keeps the gate's exit code and message after the notes", () => {
    const io = fakeIo({ readFile: () => withMisfits() });
    expect(runAnalyze(["m.json", "--fail-on", "high"], io, fakeEngine)).toBe(EXIT_GATE_FAILED);
    const lines = io.err.split("\n");
    expect(lines.slice(0, 2)).toEqual(NOTES);
    expect(lines[2]).toMatch(/^analyze: failed: 1 finding /);
  });

  it("never prints an element's name raw", () => {
    const hostile = "Logs\u001b[31m\n::error file=a::forged\u202e";
    const io = fakeIo({
      readFile: () =>
        withMisfits((m) => {
          m.elements.find((e) => e.id === "conversations")!.name = hostile;
        }),
    });
    expect(runAnalyze(["m.json"], io, fakeEngine)).toBe(EXIT_OK);
    const lines = io.err.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(io.err).not.toContain("\u001b");
    // Escapes made visible, one line, and the bidi override isolated so it reorders nothing.
    expect(lines[1]).toMatch(
      /^analyze: note: "\u2068Logs\\u001b\[31m\\n::error file=a::forged\u202e\u2069": ML kind /,
    );
  });

  it("are noted by export-format too", () => {
    let err = "";
    const io = {
      readFile: () => withMisfits(),
      writeFile: () => undefined,
      stdout: () => undefined,
      stderr: (text: string) => void (err += text),
      now: () => new Date("2026-03-01T00:00:00Z"),
      readBytes: () => new Uint8Array(),
    };
    expect(runExportFormat(["m.json", "--format", "otm"], io, threatEngine.evaluate)).toBe(0);
    expect(err.trimEnd().split("\n")).toEqual(
      NOTES.map((line) => line.replace(/^analyze:/, "export-format:")),
    );
  });
});
