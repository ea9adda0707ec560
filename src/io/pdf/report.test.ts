import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPdfFonts } from "../../cli/fontFiles";
import { buildDiagramScene } from "../diagram/scene";
import { buildReportData } from "../reportData";
import { checklistPipeline, FIXED_TIME, triagedPipeline } from "../reportData/testing/fixture";
import { renderPdfReport } from "./report";

const has = (tool: string) => spawnSync(tool, ["-v"]).error === undefined;
const poppler = has("pdftotext") && has("pdfinfo");

const ZURICH = "Zürich Daten-Pipeline — Übersicht";

async function pdfOf(
  options: Parameters<typeof buildReportData>[2] = {},
  source: typeof triagedPipeline = triagedPipeline,
) {
  const { model, result } = source();
  const renamed = {
    ...model,
    elements: model.elements.map((e) => (e.id === "inference-logs" ? { ...e, name: ZURICH } : e)),
  };
  const data = buildReportData(renamed, result, {
    generatedAt: FIXED_TIME,
    preparedBy: "Dana Kim",
    ...options,
  });
  const bytes = await renderPdfReport(data, buildDiagramScene(renamed), readPdfFonts());
  const file = join(mkdtempSync(join(tmpdir(), "tc-pdf-")), "report.pdf");
  writeFileSync(file, bytes);
  return { bytes, file, data };
}

describe("PDF report", () => {
  it("is a PDF with the embedded font subset, bookmarks and named destinations", async () => {
    const { bytes } = await pdfOf();
    const head = new TextDecoder("latin1").decode(bytes.slice(0, 8));
    expect(head.startsWith("%PDF-1.")).toBe(true);
    const text = new TextDecoder("latin1").decode(bytes);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(text).toMatch(/\/FontFile2/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(text).toMatch(/\/Outlines/);
    expect(text).toMatch(/\/Dests/);
  }, 60_000);

  it.runIf(poppler)(
    "has selectable text: names, a finding with its ATLAS id, a justification",
    async () => {
      const { file, data } = await pdfOf();
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
      expect(text).toContain("LLM inference pipeline (sample)");
      expect(text).toContain(ZURICH);
      expect(text).toContain("Only authenticated enterprise customers reach the server");
      expect(text).toContain("AML.T0024.002");
      expect(text).toContain("The model behind GPU inference server can be copied by querying it");
      expect(text).toContain("GPU driver exploit from a crafted model file");
      expect(text).toContain("Sign deployment webhooks");
      // The diagram's names are text on the diagram page.
      const diagramPage = execFileSync("pdftotext", ["-f", "4", "-l", "4", file, "-"], {
        encoding: "utf8",
      });
      expect(diagramPage).toContain("API gateway");
      expect(diagramPage).toContain("Inference cluster");
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(10);
      expect(text).toContain(`Page ${pages} of ${pages}`);
      const dests = execFileSync("pdfinfo", ["-dests", file], { encoding: "utf8" });
      expect(dests.split("\n").filter((l) => /finding-\d+/.test(l))).toHaveLength(
        data.findings.length,
      );
    },
    60_000,
  );

  it.runIf(poppler)(
    "lists the organisation checklist with each answer and note, and a No among the findings",
    async () => {
      const { file } = await pdfOf({}, checklistPipeline);
      // Table cells wrap: compare with the line breaks as spaces.
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(
        /\s+/g,
        " ",
      );
      expect(text).toContain("Organisation checklist");
      expect(text).toContain("3 of 12 items answered");
      expect(text).toContain("Lack of incident response");
      expect(text).toContain("The incident plan predates the AI platform");
      expect(text).toContain("Not answered");
      expect(text).toContain("No rehearsed incident response plan covers AI-specific incidents");
    },
    60_000,
  );

  it.runIf(poppler)(
    "leaves out what the options exclude",
    async () => {
      const { file } = await pdfOf({
        includeAppendix: false,
        includeDecisionLog: false,
        includeQuestions: false,
      });
      const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
      expect(text).not.toContain("Appendix: elements and their properties");
      expect(text).not.toContain("Decision log");
      expect(text).not.toContain("Open questions");
      expect(text).toContain("Mitigation plan");
    },
    60_000,
  );
});
