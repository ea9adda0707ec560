import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseThreatModelJson } from "../domain/document";
import { runExportFormat } from "./runExportFormat";
import { runImport, type ImportIo } from "./runImport";
import { threatEngine } from "./engine";

const fixture = (path: string) => readFileSync(new URL(`../io/${path}`, import.meta.url));

function fakeIo(files: Record<string, Uint8Array | string>) {
  const written: Record<string, string> = {};
  let out = "";
  let err = "";
  const io: ImportIo & { readFile(path: string): string } = {
    readBytes(path) {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return typeof file === "string" ? Buffer.from(file, "utf8") : file;
    },
    readFile(path) {
      const file = files[path] ?? written[path];
      if (file === undefined) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return typeof file === "string" ? file : Buffer.from(file).toString("utf8");
    },
    writeFile: (path, text) => void (written[path] = text),
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    now: () => new Date("2026-03-01T00:00:00Z"),
  };
  return { io, written, out: () => out, err: () => err };
}

describe("npm run import", () => {
  it("writes a valid model and prints what arrived and the report", () => {
    const t = fakeIo({ "demo.json": fixture("threat-dragon/fixtures/threat-dragon-v2-demo.json") });
    expect(runImport(["demo.json", "--out", "model.json"], t.io)).toBe(0);
    expect(parseThreatModelJson(t.written["model.json"]!).ok).toBe(true);
    expect(t.out()).toContain('OWASP Threat Dragon v2: "Main Request Data Flow"');
    expect(t.out()).toContain("  threats: 14 of 14\n");
    expect(t.out()).toMatch(/- approximated: Trust boundary "unnamed": drawn as a line/);
  });

  it("reads a .tm7 file given as UTF-16", () => {
    const text = fixture("tmt/fixtures/MTMT_simple_line_boundary.tm7").toString("utf8");
    const t = fakeIo({
      "m.tm7": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    });
    expect(runImport(["m.tm7", "--out", "m.json"], t.io)).toBe(0);
    expect(t.out()).toContain("  threats: 39 of 39\n");
  });

  it("asks which diagram of several, and writes the one chosen or all", () => {
    const two = JSON.stringify({
      summary: { title: "Two" },
      detail: {
        diagrams: [
          { title: "Front", cells: [] },
          { title: "Back", cells: [] },
        ],
      },
    });
    const t = fakeIo({ "two.json": two });
    expect(runImport(["two.json", "--out", "m.json"], t.io)).toBe(2);
    expect(t.err()).toContain(
      "has 2 diagrams; choose one with --diagram <n|name>, or --all:\n  1. Front\n  2. Back\n",
    );
    expect(runImport(["two.json", "--out", "m.json", "--diagram", "back"], t.io)).toBe(0);
    expect(JSON.parse(t.written["m.json"]!).name).toBe("Two — Back");
    expect(runImport(["two.json", "--out", "m.json", "--all"], t.io)).toBe(0);
    expect(Object.keys(t.written)).toEqual(
      expect.arrayContaining(["m-1-front.json", "m-2-back.json"]),
    );
    expect(runImport(["two.json", "--out", "m.json", "--diagram", "3"], t.io)).toBe(2);
  });

  it("fails with a readable message and writes nothing for a broken or unknown file", () => {
    const t = fakeIo({ "bad.json": '{"detail": {"diagrams": "x"}}', "note.txt": "hello" });
    expect(runImport(["bad.json", "--out", "m.json"], t.io)).toBe(2);
    expect(t.err()).toContain("detail.diagrams: should be a list of diagrams");
    expect(runImport(["note.txt", "--out", "m.json"], t.io)).toBe(2);
    expect(t.err()).toContain("is not a file ThreatCanvas can import");
    expect(runImport(["gone.json", "--out", "m.json"], t.io)).toBe(2);
    expect(t.written).toEqual({});
  });
});

describe("npm run export-format", () => {
  it("writes each format, and imports back to the same model", () => {
    const t = fakeIo({ "demo.json": fixture("otm/fixtures/otm-0.2.0-example.json") });
    expect(runImport(["demo.json", "--out", "model.json"], t.io)).toBe(0);
    for (const format of ["otm", "tm-library", "threat-dragon"]) {
      expect(
        runExportFormat(
          ["model.json", "--format", format, "--out", `out.${format}`],
          t.io,
          threatEngine.evaluate,
        ),
      ).toBe(0);
      const again = fakeIo({ "x.json": t.written[`out.${format}`]! });
      expect(runImport(["x.json", "--out", "back.json"], again.io)).toBe(0);
      expect(JSON.parse(again.written["back.json"]!)).toEqual(JSON.parse(t.written["model.json"]!));
    }
    expect(runExportFormat(["model.json", "--format", "pdf"], t.io, threatEngine.evaluate)).toBe(2);
    expect(t.err()).toContain("--format must be one of otm, tm-library, threat-dragon");
  });
});
