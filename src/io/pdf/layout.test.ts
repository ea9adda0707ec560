import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { readPdfFonts } from "../../cli/fontFiles";
import { createEmptyModel } from "../../domain/document";
import { createElement } from "../../domain/factory";
import type { ThreatModel } from "../../domain/schema";
import { evaluate } from "../../engine/evaluate";
import { ALL_RULES } from "../../engine/rules";
import { buildDiagramScene } from "../diagram/scene";
import { buildReportData } from "../reportData";
import { FIXED_TIME, triagedPipeline } from "../reportData/testing/fixture";
import { renderPdfReport } from "./report";
import { PAGE } from "./theme";
import { PdfWriter, registerFonts } from "./writer";

/** Page layout of the PDF report, read back with poppler (pdftotext, pdfinfo) and qpdf. */

const has = (tool: string) => spawnSync(tool, ["--version"]).error === undefined;
const tools = has("pdftotext") && has("pdfinfo") && has("qpdf");

function saved(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), "tc-pdf-layout-")), "report.pdf");
  writeFileSync(file, bytes);
  return file;
}

const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);

function pageTexts(file: string): string[] {
  // pdftotext separates pages with a form feed.
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
    .split("\f")
    .slice(0, pageCount(file));
}

/** Width and height in points of each page. */
function pageSizes(file: string): Array<{ width: number; height: number }> {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pageCount(file)), file], {
    encoding: "utf8",
  });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The PDF's objects as text (streams uncompressed), to read link annotations. */
function objectsText(file: string): string {
  const out = `${file}.qdf`;
  execFileSync("qpdf", ["--qdf", "--object-streams=disable", file, out]);
  return readFileSync(out, "latin1");
}

async function reportOf(model: ThreatModel, preparedBy = "Dana Kim") {
  const result = evaluate(model, { rules: ALL_RULES });
  const data = buildReportData(model, result, { generatedAt: FIXED_TIME, preparedBy });
  return saved(await renderPdfReport(data, buildDiagramScene(model), readPdfFonts()));
}

/** A model whose processes sit in one row (wide) or one column (tall). */
function lineOfProcesses(direction: "row" | "column", count: number): ThreatModel {
  const model = createEmptyModel({ name: `A ${direction} of processes`, id: "m" });
  return {
    ...model,
    elements: Array.from({ length: count }, (_, i) =>
      createElement({
        type: "process",
        name: `Step ${i + 1}`,
        id: `p${i}`,
        position: direction === "row" ? { x: i * 220, y: 0 } : { x: 0, y: i * 160 },
      }),
    ),
  };
}

describe.runIf(tools)("PDF report layout", () => {
  it("has the running header on every page but the cover, and 'Page n of N' on every page", async () => {
    const { model } = triagedPipeline();
    const file = await reportOf(model);
    const pages = pageTexts(file);
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      const header = `Threat model report: ${model.name}`;
      if (i === 0) expect(text).not.toContain(header);
      else expect(text, `page ${i + 1}`).toContain(header);
    });
  }, 60_000);

  it("puts the owner, the date, the document version and who prepared it on the cover", async () => {
    const { model } = triagedPipeline();
    const cover = pageTexts(await reportOf(model, "Dana Kim"))[0]!;
    expect(cover).toContain(model.name);
    expect(cover).toMatch(/Owner\s+Platform security/);
    expect(cover).toMatch(/Date\s+2026-12-01/);
    expect(cover).toMatch(/Document version\s+last changed .* fingerprint [0-9a-f]{12}/);
    expect(cover).toMatch(/Prepared by\s+Dana Kim/);
  }, 60_000);

  it("draws a wide diagram on a landscape page and a tall one on a portrait page, with its legend", async () => {
    const wide = await reportOf(lineOfProcesses("row", 8));
    const tall = await reportOf(lineOfProcesses("column", 8));
    // Cover, contents, scope, then the diagram.
    const wideDiagram = pageSizes(wide)[3]!;
    const tallDiagram = pageSizes(tall)[3]!;
    expect(wideDiagram.width).toBeGreaterThan(wideDiagram.height);
    expect(tallDiagram.width).toBeLessThan(tallDiagram.height);
    for (const file of [wide, tall]) {
      const text = pageTexts(file)[3]!;
      expect(text).toContain("Diagram");
      expect(text).toContain("Step 1");
      expect(text).toContain("Step 8");
      expect(text).toContain("Trust boundary"); // the legend
      expect(text).toContain("Data flow");
    }
    // Every other page stays portrait.
    expect(pageSizes(wide).filter((size, i) => i !== 3 && size.width > size.height)).toHaveLength(
      0,
    );
  }, 60_000);

  it("links the contents to the sections and the references to their catalogs", async () => {
    const { model } = triagedPipeline();
    const file = await reportOf(model);
    const objects = objectsText(file);
    // A GoTo action's dictionary, keys in any order.
    const internal = [...objects.matchAll(/<<\s*\/D \(([^)]+)\)\s*\/S \/GoTo\s*>>/g)]
      .concat([...objects.matchAll(/<<\s*\/S \/GoTo\s*\/D \(([^)]+)\)\s*>>/g)])
      .map((m) => m[1]);
    const named = new Set(
      execFileSync("pdfinfo", ["-dests", file], { encoding: "utf8" })
        .split("\n")
        .map((line) => /"([^"]+)"\s*$/.exec(line)?.[1])
        .filter(Boolean),
    );
    expect(internal.length).toBeGreaterThan(20);
    // The contents lines point at the sections ("s…"), the summary's rows at the findings.
    expect(internal.filter((name) => /^s\d+$/.test(name!)).length).toBeGreaterThan(8);
    expect(internal).toContain("finding-1");
    // Every internal link lands on a destination that exists.
    expect(internal.filter((name) => !named.has(name))).toEqual([]);
    const uris = [...objects.matchAll(/\/URI \(([^)]+)\)/g)].map((m) => m[1]!);
    expect(uris.some((u) => u.startsWith("https://atlas.mitre.org/techniques/AML.T0024"))).toBe(
      true,
    );
    expect(uris.some((u) => u.startsWith("https://genai.owasp.org/"))).toBe(true);
    // Only catalog links leave the document.
    expect(uris.filter((u) => !u.startsWith("https://"))).toEqual([]);
  }, 60_000);
});

describe.runIf(tools)("PDF tables", () => {
  it("never cut a row in half: each row's first and last lines are on one page, under a repeated header", async () => {
    const doc = new PDFDocument({
      size: "A4",
      margin: PAGE.margin,
      font: null as unknown as string,
    });
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    const ended = new Promise<void>((resolve) => doc.on("end", resolve));
    registerFonts(doc, readPdfFonts());
    const writer = new PdfWriter(doc);
    const rowCount = 90;
    // Rows of 1 to 9 lines, so that page ends fall inside many of them.
    const rows = Array.from({ length: rowCount }, (_, i) => [
      { text: `Q${i}start` },
      {
        text: Array.from({ length: 1 + ((i * 7) % 9) }, (_, line) => `line ${line} of row ${i}`)
          .concat(`Q${i}end`)
          .join("\n"),
      },
    ]);
    writer.table(
      [
        { header: "Row header", width: 1 },
        { header: "Body header", width: 3 },
      ],
      rows,
    );
    doc.end();
    await ended;
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    const file = saved(bytes);
    const pages = pageTexts(file);
    expect(pages.length).toBeGreaterThan(2);
    const pageOf = (marker: string) =>
      pages.findIndex((text) => new RegExp(`\\b${marker}\\b`).test(text));
    for (let i = 0; i < rowCount; i++) {
      expect(pageOf(`Q${i}start`), `row ${i}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(`Q${i}end`), `row ${i}`).toBe(pageOf(`Q${i}start`));
    }
    for (const text of pages) expect(text).toContain("Body header");
  }, 60_000);
});
