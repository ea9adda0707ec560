import PDFDocument from "pdfkit";
import { TOOL_NAME, TOOL_VERSION } from "../report/meta";
import type { DiagramScene } from "../diagram/scene";
import type { ReportData } from "../reportData";
import { drawDiagram } from "./drawDiagram";
import type { PdfFonts } from "./fonts";
import { writeChecklist } from "./sections/checklist";
import { writeCover } from "./sections/cover";
import {
  writeFindingsByCategory,
  writeFindingsByElement,
  type OutlineTarget,
} from "./sections/findings";
import {
  writeAppendix,
  writeAssumptions,
  writeDecisionLog,
  writeMitigationPlan,
  writeNoLongerApplies,
  writeQuestions,
  writeScope,
} from "./sections/lists";
import { writeSummary } from "./sections/summary";
import { writeWorkshop } from "./sections/workshop";
import { oneLine } from "./text";
import { COLOR, PAGE, SIZE } from "./theme";
import { writeToc, type TocEntry } from "./toc";
import { BODY, PdfWriter, registerFonts } from "./writer";

/** Most lines the contents page holds; beyond it, the per-element lines stay in the bookmarks. */
const TOC_LINES = 38;

/**
 * The PDF report: cover, contents, scope, the diagram (vector, on its own page, landscape when
 * wider than tall), the executive summary, findings by element and by category, the mitigation
 * plan, assumptions, open questions, the workshop session, the decision log and the appendix; page numbers, a running
 * header, working links and PDF bookmarks. Runs the same in the browser and in Node.
 */
export async function renderPdfReport(
  data: ReportData,
  scene: DiagramScene,
  fonts: PdfFonts,
): Promise<Uint8Array> {
  const title = oneLine(data.model.name) || "Untitled model";
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    bufferPages: true,
    autoFirstPage: true,
    displayTitle: true,
    // No default font: PDFKit's is Helvetica, which its browser build lacks and the report never
    // uses. (Passing our font's bytes here instead makes PDFKit re-open the registered copy of
    // the same font on every font switch: 15 times slower.)
    font: null as unknown as string,
    lang: "en",
    info: {
      Title: `Threat model report: ${title}`,
      Author: oneLine(data.options.preparedBy || data.model.owner),
      Subject: "Threat model report",
      Creator: `${TOOL_NAME} ${TOOL_VERSION}`,
      Producer: `${TOOL_NAME} ${TOOL_VERSION} (PDFKit)`,
      CreationDate: new Date(data.generatedAt),
    },
  });
  const chunks: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  registerFonts(doc, fonts);
  const writer = new PdfWriter(doc);
  const page = () => doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  const toc: TocEntry[] = [];
  const bookmarks: Array<{ title: string; item: ReturnType<typeof doc.outline.addItem> }> = [];
  // Named before anything is written, so the summary can link to details written later.
  const findingDestinations = new Map(data.findings.map((f, i) => [f.id, `finding-${i + 1}`]));
  const findingDestination = (id: string) => findingDestinations.get(id) ?? "contents";

  const section = (name: string, layout: "portrait" | "landscape" = "portrait", newPage = true) => {
    if (newPage) writer.newPage(layout);
    writer.heading(name, SIZE.h1, { keepWith: 60 });
    const destination = writer.destination("s");
    toc.push({ title: name, destination, page: page(), level: 0 });
    const item = doc.outline.addItem(name);
    bookmarks.push({ title: name, item });
    return item;
  };

  writeCover(writer, data);
  doc.outline.addItem("Cover");
  writer.newPage();
  const tocPage = page();
  doc.addNamedDestination("contents", "XYZ", writer.left, writer.y, null as unknown as number);
  doc.outline.addItem("Contents");

  section("Scope and description");
  writeScope(writer, data);

  const landscape = scene.width > scene.height * 1.15;
  section("Diagram", landscape ? "landscape" : "portrait");
  drawDiagram(doc, scene, {
    x: writer.left,
    y: writer.y,
    width: writer.width,
    height: writer.bottom - writer.y,
  });

  section("Executive summary");
  writeSummary(writer, data, findingDestination);

  const byElement = section("Findings by element");
  const elementGroups = writeFindingsByElement(writer, data, findingDestination, page);
  addChildren(writer, byElement, elementGroups, toc);

  const byCategory = section("Findings by category");
  const categoryGroups = writeFindingsByCategory(writer, data, findingDestination, page);
  addChildren(writer, byCategory, categoryGroups, toc);

  section("Mitigation plan");
  writeMitigationPlan(writer, data);
  section("Assumptions", "portrait", false);
  writeAssumptions(writer, data);
  section("Organisation checklist", "portrait", false);
  writeChecklist(writer, data);
  if (data.options.includeQuestions) {
    section("Open questions");
    writeQuestions(writer, data);
  }
  if (data.workshop) {
    section("Workshop session");
    writeWorkshop(writer, data);
  }
  if (data.options.includeDecisionLog) {
    section("Decision log");
    writeDecisionLog(writer, data);
  }
  if (data.noLongerApplies.length) {
    section(
      "Decisions on findings that no longer apply",
      "portrait",
      data.options.includeDecisionLog === false,
    );
    writeNoLongerApplies(writer, data);
  }
  if (data.options.includeAppendix) {
    section("Appendix: elements and their properties");
    writeAppendix(writer, data);
  }

  const entries = toc.length > TOC_LINES ? toc.filter((e) => e.level === 0) : toc;
  writeToc(writer, entries, tocPage);
  writeRunningHeaders(writer, title);
  doc.end();
  await finished;
  return concat(chunks);
}

/**
 * Bookmarks (and contents lines) for each group. PDFKit points an outline item at the page that
 * is current when it is added, so each child is added while its page is current.
 */
function addChildren(
  writer: PdfWriter,
  parent: ReturnType<PDFKit.PDFDocument["outline"]["addItem"]>,
  groups: readonly OutlineTarget[],
  toc: TocEntry[],
): void {
  const { doc } = writer;
  const current = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  for (const group of groups) {
    doc.switchToPage(group.page);
    parent.addItem(group.title);
    toc.push({ title: group.title, destination: group.destination, page: group.page, level: 1 });
  }
  doc.switchToPage(current);
}

function writeRunningHeaders(writer: PdfWriter, title: string): void {
  const { doc } = writer;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { margins } = doc.page;
    const bottom = margins.bottom;
    // Writing inside the margins would otherwise make PDFKit start a new page.
    margins.bottom = 0;
    const width = doc.page.width - margins.left - margins.right;
    doc.font(BODY).fontSize(SIZE.small).fillColor(COLOR.muted);
    if (i > range.start) {
      doc.text(`Threat model report: ${title}`, margins.left, PAGE.headerY, {
        width: width - 60,
        lineBreak: false,
        ellipsis: true,
      });
    }
    doc.text(
      `Page ${i - range.start + 1} of ${range.count}`,
      margins.left,
      doc.page.height - PAGE.footerFromBottom,
      {
        width,
        align: "right",
        lineBreak: false,
      },
    );
    margins.bottom = bottom;
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
