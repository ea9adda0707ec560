import { COLOR, SIZE } from "./theme";
import { BODY, BOLD, type PdfWriter } from "./writer";

export interface TocEntry {
  title: string;
  destination: string;
  /** 0-based page index. */
  page: number;
  level: 0 | 1;
}

/** The table of contents, written onto its reserved page once every section's page is known. */
export function writeToc(writer: PdfWriter, entries: readonly TocEntry[], pageIndex: number): void {
  const doc = writer.doc;
  doc.switchToPage(pageIndex);
  doc.y = doc.page.margins.top;
  doc.font(BOLD).fontSize(SIZE.h1).fillColor(COLOR.text).text("Contents", writer.left, doc.y);
  doc.moveDown(0.6);
  for (const entry of entries) {
    if (doc.y > writer.bottom - 20) break;
    const indent = entry.level * 16;
    const size = entry.level === 0 ? SIZE.body + 1 : SIZE.body;
    const y = doc.y;
    const number = String(entry.page + 1);
    doc.font(entry.level === 0 ? BOLD : BODY).fontSize(size);
    const numberWidth = doc.widthOfString(number);
    const titleWidth = writer.width - indent - numberWidth - 24;
    doc.fillColor(COLOR.link).text(entry.title, writer.left + indent, y, {
      width: titleWidth,
      lineBreak: false,
      ellipsis: true,
      goTo: entry.destination,
    });
    doc.fillColor(COLOR.text).text(number, writer.left + writer.width - numberWidth, y, {
      lineBreak: false,
      goTo: entry.destination,
    });
    doc.y = y + size * 1.55;
  }
}
