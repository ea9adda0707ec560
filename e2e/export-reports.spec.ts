import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { test, expect } from "./support/fixtures";
import { modelTitle, openApp, waitSaved } from "./support/app";
import { clickNode, node } from "./support/canvas";
import { storedOpenDoc } from "./support/db";
import { commitText, textField } from "./support/inspector";
import { SAMPLE_ELEMENTS, SAMPLE_NAME } from "./support/sample";
import { showTab } from "./support/workspace";
import {
  answerConflict,
  downloadedText,
  exportVia,
  importFile,
  openImported,
} from "./support/transfer";

/** Issue 8: the reports a security lead sends, from the Export menu. */

const ZURICH = "Zürich Daten-Pipeline — Übersicht";
const JUSTIFICATION =
  "Accepted for launch: only contracted enterprise tenants can query the model.";
const EXTRACTION = "AI-EXTRACT-01@inference-server";

/** The sample, with an element renamed in the inspector and one finding triaged (seeded by import). */
async function preparedSample(page: Page): Promise<void> {
  await openApp(page);
  await clickNode(page, node(page, SAMPLE_ELEMENTS["inference-logs"]));
  await showTab(page, "Inspector");
  await commitText(textField(page, "Name"), ZURICH);
  await waitSaved(page);
  const doc = (await storedOpenDoc(page)) as unknown as Record<string, unknown>;
  const triaged = {
    ...doc,
    triage: {
      [EXTRACTION]: { status: "accepted", justification: JUSTIFICATION, owner: "Dana Kim" },
    },
  };
  await importFile(page, "triaged.json", JSON.stringify(triaged));
  await openImported(page);
  await answerConflict(page, "Replace");
  await expect(modelTitle(page)).toHaveText(SAMPLE_NAME);
  await waitSaved(page);
}

test("a PDF of the sample: text, bookmarks, page count, selectable diagram names", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await preparedSample(page);
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page
    .getByRole("menu", { name: "Export" })
    .getByRole("menuitem", { name: "PDF report…" })
    .click();
  const dialog = page.getByRole("dialog", { name: "PDF report" });
  await dialog.getByRole("textbox", { name: "Prepared by" }).fill("Dana Kim");
  // Made in the page: PDFKit and the font arrive on first use, then it lays out 40-odd pages.
  const downloaded = page.waitForEvent("download", { timeout: 90_000 });
  await dialog.getByRole("button", { name: "Export PDF" }).click();
  // "Preparing the PDF report…" shows while it is made; on an idle machine that can be over
  // before a check could see it, so only the file is waited for.
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe("llm-inference-pipeline-sample-report.pdf");
  const file = await download.path();

  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  expect(text).toContain(SAMPLE_NAME);
  expect(text).toContain(ZURICH);
  expect(text).toContain(JUSTIFICATION);
  expect(text).toContain("Prepared by");
  expect(text).toContain("Dana Kim");
  // A finding title with its ATLAS id.
  expect(text).toContain("The model behind GPU inference server can be copied by querying it");
  expect(text).toMatch(/AML\.T0024\.002 \S/);

  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThan(10);
  expect(info).toMatch(/Title:\s+Threat model report: LLM inference pipeline \(sample\)/);
  const dests = execFileSync("pdfinfo", ["-dests", file], { encoding: "utf8" });
  expect(dests).toMatch(/finding-1"/);

  // Bookmarks: the outline tree, read with qpdf.
  const outline = JSON.parse(
    execFileSync("qpdf", ["--json", "--json-key=outlines", file], { encoding: "utf8" }),
  ) as { outlines: Array<{ title: string; kids: Array<{ title: string }> }> };
  const titles = outline.outlines.map((o) => o.title);
  expect(titles).toEqual(
    expect.arrayContaining([
      "Cover",
      "Contents",
      "Diagram",
      "Executive summary",
      "Findings by element",
      "Decision log",
    ]),
  );
  const byElement = outline.outlines.find((o) => o.title === "Findings by element")!;
  expect(byElement.kids.map((k) => k.title)).toEqual(
    expect.arrayContaining(["GPU inference server", ZURICH]),
  );

  // The diagram page holds the element names as text.
  const diagramPage = execFileSync("pdftotext", ["-f", "4", "-l", "4", file, "-"], {
    encoding: "utf8",
  });
  for (const name of ["API gateway", "GPU inference server", "Model registry", "Internet"]) {
    expect(diagramPage.replace(/\s+/g, " ")).toContain(name);
  }
});

test("Markdown, CSV, SARIF and the diagram as SVG and PNG from the menu", async ({ page }) => {
  test.setTimeout(120_000);
  await preparedSample(page);

  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page
    .getByRole("menu", { name: "Export" })
    .getByRole("menuitem", { name: "CSV risk register…" })
    .click();
  let downloaded = page.waitForEvent("download");
  await page
    .getByRole("dialog", { name: "CSV risk register" })
    .getByRole("button", { name: "Export CSV" })
    .click();
  const csv = await downloadedText(await downloaded);
  expect(csv.startsWith("\ufeffFinding id,Element,")).toBe(true);
  expect(csv).toContain(`${EXTRACTION},GPU inference server,`);
  expect(csv).toContain(JUSTIFICATION);

  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page
    .getByRole("menu", { name: "Export" })
    .getByRole("menuitem", { name: "Markdown report…" })
    .click();
  downloaded = page.waitForEvent("download");
  await page
    .getByRole("dialog", { name: "Markdown report" })
    .getByRole("button", { name: "Export Markdown" })
    .click();
  const markdown = await downloadedText(await downloaded);
  expect(markdown).toContain("# Threat model report: LLM inference pipeline (sample)");
  expect(markdown).toContain("```mermaid");
  expect(markdown).toContain("Accepted for launch: only contracted enterprise tenants");

  const sarif = JSON.parse(await downloadedText(await exportVia(page, "SARIF (code scanning)")));
  expect(sarif.version).toBe("2.1.0");
  expect(sarif.runs[0].results.length).toBeGreaterThan(0);

  const svgDownload = await exportVia(page, "Diagram as SVG");
  expect(svgDownload.suggestedFilename()).toBe("llm-inference-pipeline-sample-diagram.svg");
  const svg = await downloadedText(svgDownload);
  // The name wraps inside its shape: one line each.
  expect(svg).toContain(">Zürich Daten-Pipeline</tspan>");
  expect(svg).toContain(">— Übersicht</tspan>");
  expect(svg).toContain(
    '<title id="tc-title">Data flow diagram: LLM inference pipeline (sample)</title>',
  );

  const pngDownload = await exportVia(page, "Diagram as PNG (2x, white)");
  const png = await readFile(await pngDownload.path());
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  const width = png.readUInt32BE(16);
  const svgWidth = Number(/<svg[^>]*width="([\d.]+)"/.exec(svg)?.[1]);
  expect(width).toBe(Math.round(svgWidth * 2));
});

test("the same menu writes the files other tools read, and ours come back whole", async ({
  page,
}) => {
  await openApp(page);
  await waitSaved(page);
  const original = await storedOpenDoc(page);
  const menu = page.getByRole("menu", { name: "Export" });
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await expect(menu.getByRole("group", { name: "For another tool" })).toBeVisible();
  await page.keyboard.press("Escape");

  const tml = await exportVia(page, "OWASP Threat Model Library 1.0.2");
  expect(tml.suggestedFilename()).toBe("llm-inference-pipeline-sample.tml.json");
  const dragon = await exportVia(page, "OWASP Threat Dragon 2");
  expect(dragon.suggestedFilename()).toBe("llm-inference-pipeline-sample.threat-dragon.json");
  expect(JSON.parse(await downloadedText(dragon)).detail.diagrams).toHaveLength(1);

  const otm = await exportVia(page, "Open Threat Model 0.2.0");
  expect(otm.suggestedFilename()).toBe("llm-inference-pipeline-sample.otm.json");
  const otmText = await downloadedText(otm);
  expect(JSON.parse(otmText).otmVersion).toBe("0.2.0");

  // Imported back: the same diagram, as a copy beside the original.
  await importFile(page, otm.suggestedFilename(), otmText);
  const dialog = page.getByRole("dialog", { name: "Import from Open Threat Model" });
  await dialog.getByRole("button", { name: "Open imported model" }).click();
  await answerConflict(page, "Import as copy");
  await expect(modelTitle(page)).toHaveText(`${SAMPLE_NAME} (imported copy)`);
  await waitSaved(page);
  const copy = await storedOpenDoc(page);
  expect(copy.elements).toEqual(original.elements);
  expect(copy.flows).toEqual(original.flows);
});

test("printing (Ctrl/Cmd+P) gives the report, not the screen", async ({ page }) => {
  test.setTimeout(120_000);
  // The print view's code is fetched a moment after start (beforeprint cannot wait for it).
  const printCode = page.waitForResponse((r) => /\/PrintReport-[^/]*\.js$/.test(r.url()));
  await preparedSample(page);
  await printCode;
  // Chromium's print-to-PDF fires the same beforeprint event as the print dialog.
  const file = test.info().outputPath("printed.pdf");
  await page.pdf({ path: file, format: "A4" });
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  expect(text).toContain("Threat model report");
  expect(text).toContain("Executive summary");
  expect(text).toContain(JUSTIFICATION);
  expect(text).toContain("The model behind GPU inference server can be copied by querying it");
  // Nothing of the editor's screen.
  expect(text).not.toContain("Snap to grid");
  expect(text).not.toContain("Minimap");
});
