import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultImportRegistry } from "../io/import";
import { threatEngine } from "./engine";
import { readPdfFonts } from "./fontFiles";
import { svgToPng } from "./png";
import { runExport, type ExportIo } from "./runExport";

const MODEL = fileURLToPath(
  new URL("../domain/migrations/fixtures/v2-triaged-pipeline.json", import.meta.url),
);

function fakeIo(overrides: Partial<ExportIo> = {}) {
  const written = new Map<string, string | Uint8Array>();
  const io = {
    out: "",
    err: "",
    written,
    readFile: (path: string) => readFileSync(path, "utf8"),
    writeFile: (path: string, data: string | Uint8Array) => void written.set(path, data),
    samePath: (a: string, b: string) => a === b,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    now: () => new Date("2026-12-01T10:00:00.000Z"),
    fonts: readPdfFonts,
    png: svgToPng,
    ...overrides,
  };
  return io;
}

describe("npm run export", () => {
  it("writes the model as JSON that imports back to the same model", async () => {
    const io = fakeIo();
    expect(await runExport([MODEL, "--format", "json"], io, threatEngine)).toBe(0);
    const again = defaultImportRegistry.importText(io.out, "x.json");
    const original = defaultImportRegistry.importText(readFileSync(MODEL, "utf8"), "x.json");
    expect(again.ok && original.ok && again.models[0]).toEqual(original.ok && original.models[0]);
  });

  it("writes a PDF, a PNG, CSV and SARIF, saying where", async () => {
    const io = fakeIo();
    expect(await runExport([MODEL, "--format", "pdf", "--out", "r.pdf"], io, threatEngine)).toBe(0);
    const pdf = io.written.get("r.pdf") as Uint8Array;
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    expect(io.err).toBe("export: wrote r.pdf\n");

    expect(
      await runExport(
        [MODEL, "--format", "png", "--out", "d.png", "--background", "transparent"],
        io,
        threatEngine,
      ),
    ).toBe(0);
    const png = io.written.get("d.png") as Uint8Array;
    expect(Buffer.from(png.slice(1, 4)).toString("latin1")).toBe("PNG");

    const csv = fakeIo();
    await runExport([MODEL, "--format", "csv", "--no-not-applicable"], csv, threatEngine);
    expect(csv.out.split("\r\n")[0]).toMatch(/^\ufeffFinding id,Element,Categories,Title/);

    const sarif = fakeIo();
    await runExport([MODEL, "--format", "sarif"], sarif, threatEngine);
    expect(JSON.parse(sarif.out).version).toBe("2.1.0");
  }, 60_000);

  it("writes Markdown with the diagram as an SVG beside it", async () => {
    const io = fakeIo();
    expect(
      await runExport([MODEL, "--format", "markdown", "--out", "out/report.md"], io, threatEngine),
    ).toBe(0);
    expect([...io.written.keys()]).toEqual(["out/report-diagram.svg", "out/report.md"]);
    expect(io.written.get("out/report.md")).toContain("![Data flow diagram](report-diagram.svg)");
    expect(io.written.get("out/report-diagram.svg")).toMatch(/^<svg xmlns/);
  });

  it("refuses to overwrite the model, and says why a file is not a model (no control characters)", async () => {
    const io = fakeIo();
    expect(await runExport([MODEL, "--format", "json", "--out", MODEL], io, threatEngine)).toBe(2);
    expect(io.err).toMatch(/is the model file itself; refusing to overwrite it/);
    expect(io.written.size).toBe(0);

    const broken = fakeIo({
      readFile: () => '{"schemaVersion": 2, "id": "m\\u001b[31m", "elements": 1}',
    });
    expect(
      await runExport(["evil\u001b]0;x\u0007.json", "--format", "csv"], broken, threatEngine),
    ).toBe(2);
    // eslint-disable-next-line no-control-regex -- checking that none reach the terminal
    expect(broken.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(broken.err).toContain("evil\\u001b]0;x\\u0007.json is not a valid ThreatCanvas model");
  });
});
