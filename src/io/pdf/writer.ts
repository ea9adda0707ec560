import type PDFDocument from "pdfkit";
import type { PdfFonts } from "./fonts";
import { lineWidth } from "../diagram/textMetrics";
import { lineHeight, wrapLines } from "./lines";
import { COLOR, PAGE, SIZE } from "./theme";
import { oneLine } from "./text";

/**
 * A thin layout layer over PDFKit: a cursor that moves down the page, blocks that never start
 * where they cannot fit, tables whose rows are never cut in half, named destinations for links
 * and the table of contents. Text is broken into lines here (lines.ts) and drawn line by line.
 */
export type Doc = InstanceType<typeof PDFDocument>;

export const BODY = "Body";
export const BOLD = "Bold";

export function registerFonts(doc: Doc, fonts: PdfFonts): void {
  doc.registerFont(BODY, fonts.regular as unknown as ArrayBuffer);
  doc.registerFont(BOLD, fonts.bold as unknown as ArrayBuffer);
  measureWithTable(doc);
  doc.font(BODY);
}

/**
 * PDFKit measures each line it draws twice (once to place links and underlines, once to move
 * its cursor), each time shaping it with fontkit; in a long report that was a third of the time.
 * The embedded fonts' advance-width table (the one lines are broken with) answers instead. Only
 * widths change: the glyphs drawn are still shaped by fontkit.
 */
function measureWithTable(doc: Doc): void {
  let bold = false;
  let size = 12;
  const setFont = doc.font.bind(doc) as (...args: unknown[]) => Doc;
  const setSize = doc.fontSize.bind(doc);
  const measure = doc.widthOfString.bind(doc);
  doc.font = ((src: unknown, ...rest: unknown[]) => {
    bold = src === BOLD;
    return setFont(src, ...rest);
  }) as Doc["font"];
  doc.fontSize = (points: number) => {
    size = points;
    return setSize(points);
  };
  doc.widthOfString = (text: string, options?: PDFKit.Mixins.TextOptions) =>
    options?.characterSpacing || options?.features
      ? measure(text, options)
      : lineWidth(text, size, bold);
}

export interface Column {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: "left" | "right" | "center";
}

export interface Cell {
  text: string;
  bold?: boolean;
  color?: string;
  /** Internal destination to jump to when the cell is clicked. */
  goTo?: string;
  fill?: string;
}

export class PdfWriter {
  readonly doc: Doc;
  private destinationCount = 0;

  constructor(doc: Doc) {
    this.doc = doc;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(value: number) {
    this.doc.y = value;
  }

  newPage(layout: "portrait" | "landscape" = "portrait"): void {
    this.doc.addPage({ size: "A4", layout, margin: PAGE.margin });
  }

  /** Start a new page unless `height` points still fit below the cursor. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** A fresh named destination here (on this page, at the cursor). */
  destination(prefix = "d"): string {
    this.destinationCount += 1;
    const name = `${prefix}${this.destinationCount}`;
    this.doc.addNamedDestination(name, "XYZ", this.left, this.doc.y, null as unknown as number);
    return name;
  }

  /** A destination with a name chosen beforehand (so links written earlier can point at it). */
  namedDestination(name: string): void {
    this.doc.addNamedDestination(name, "XYZ", this.left, this.doc.y, null as unknown as number);
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  heading(text: string, size: number, options: { color?: string; keepWith?: number } = {}): void {
    const lines = wrapLines(oneLine(text), size, true, this.width);
    this.ensureSpace(lines.length * lineHeight(size) + (options.keepWith ?? 40));
    this.lines(lines, this.left, { size, bold: true, color: options.color ?? COLOR.text });
    this.gap(size * 0.35);
  }

  paragraph(
    text: string,
    options: { size?: number; bold?: boolean; color?: string; indent?: number } = {},
  ): void {
    const size = options.size ?? SIZE.body;
    const indent = options.indent ?? 0;
    const bold = options.bold ?? false;
    const lines = wrapLines(text, size, bold, this.width - indent);
    this.lines(lines, this.left + indent, { size, bold, color: options.color ?? COLOR.text });
    this.gap(size * 0.4);
  }

  /** A bold run-in heading that never sits alone at the foot of a page. */
  subheading(text: string): void {
    this.ensureSpace(lineHeight(SIZE.body) * 3);
    this.paragraph(text, { bold: true });
  }

  /** "Label: value", the label bold, the value wrapping under itself. */
  field(
    label: string,
    value: string,
    options: { link?: string | null; indent?: number } = {},
  ): void {
    const indent = options.indent ?? 0;
    const size = SIZE.body;
    const labelText = `${label}: `;
    this.ensureSpace(lineHeight(size));
    const y = this.doc.y;
    this.doc
      .font(BOLD)
      .fontSize(size)
      .fillColor(COLOR.text)
      .text(labelText, this.left + indent, y, { lineBreak: false });
    const offset = this.doc.widthOfString(labelText);
    this.doc.y = y;
    const lines = wrapLines(oneLine(value), size, false, this.width - indent - offset);
    this.lines(lines, this.left + indent + offset, {
      size,
      color: options.link ? COLOR.link : COLOR.text,
      link: options.link ?? null,
    });
  }

  /** A bulleted list item; `link` makes the item a link (catalog URLs only). */
  bullet(
    text: string,
    options: { link?: string | null; indent?: number; goTo?: string } = {},
  ): void {
    const indent = (options.indent ?? 0) + 10;
    const size = SIZE.body;
    const lines = wrapLines(text, size, false, this.width - indent);
    this.ensureSpace(lineHeight(size) * Math.min(lines.length, 2));
    this.doc
      .font(BODY)
      .fontSize(size)
      .fillColor(COLOR.muted)
      .text("•", this.left + indent - 9, this.doc.y, { lineBreak: false });
    this.lines(lines, this.left + indent, {
      size,
      color: options.link || options.goTo ? COLOR.link : COLOR.text,
      link: options.link ?? null,
      goTo: options.goTo ?? null,
    });
  }

  /**
   * Draws pre-broken lines from the cursor down, moving to a new page between lines when the
   * page is full, and leaves the cursor under the last line.
   */
  lines(
    lines: readonly string[],
    x: number,
    style: {
      size: number;
      bold?: boolean;
      color: string;
      link?: string | null;
      goTo?: string | null;
      width?: number;
      align?: "left" | "right" | "center";
    },
  ): void {
    const doc = this.doc
      .font(style.bold ? BOLD : BODY)
      .fontSize(style.size)
      .fillColor(style.color);
    const height = lineHeight(style.size);
    for (const line of lines) {
      if (doc.y + height > this.bottom) {
        this.newPage();
        doc
          .font(style.bold ? BOLD : BODY)
          .fontSize(style.size)
          .fillColor(style.color);
      }
      const y = doc.y;
      if (line) {
        let lineX = x;
        if (style.align && style.align !== "left" && style.width !== undefined) {
          const w = doc.widthOfString(line);
          lineX = style.align === "right" ? x + style.width - w : x + (style.width - w) / 2;
        }
        doc.text(line, lineX, y, {
          lineBreak: false,
          ...(style.link ? { link: style.link, underline: true } : {}),
          ...(style.goTo ? { goTo: style.goTo } : {}),
        });
      }
      doc.y = y + height;
    }
    doc.x = this.left;
  }

  rule(color: string = COLOR.rule): void {
    const y = this.doc.y;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke();
    this.gap(6);
  }

  /**
   * A table. A row that does not fit on the page moves whole to the next one, under a repeated
   * header; only a row taller than a page runs on.
   */
  table(
    columns: readonly Column[],
    rows: readonly Cell[][],
    options: { size?: number } = {},
  ): void {
    const size = options.size ?? SIZE.table;
    const pad = 3;
    const line = lineHeight(size);
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const layout = (cells: readonly Cell[]) => {
      const wrapped = cells.map((cell, i) =>
        wrapLines(cell.text, size, cell.bold ?? false, widths[i]! - 2 * pad),
      );
      return { wrapped, height: Math.max(...wrapped.map((l) => l.length)) * line + 2 * pad };
    };
    const header = columns.map((c) => ({ text: c.header, bold: true, fill: COLOR.tableHead }));
    const headerLayout = layout(header);
    const draw = (cells: readonly Cell[], row: ReturnType<typeof layout>, zebra: boolean) => {
      let x = this.left;
      const y = this.doc.y;
      cells.forEach((cell, i) => {
        const w = widths[i]!;
        const fill = cell.fill ?? (zebra ? COLOR.zebra : null);
        if (fill) this.doc.rect(x, y, w, row.height).fill(fill);
        this.doc.y = y + pad;
        this.lines(row.wrapped[i]!, x + pad, {
          size,
          bold: cell.bold ?? false,
          color: cell.goTo ? COLOR.link : (cell.color ?? COLOR.text),
          goTo: cell.goTo ?? null,
          width: w - 2 * pad,
          align: columns[i]?.align ?? "left",
        });
        x += w;
      });
      this.doc
        .moveTo(this.left, y + row.height)
        .lineTo(this.left + this.width, y + row.height)
        .lineWidth(0.4)
        .strokeColor(COLOR.rule)
        .stroke();
      this.doc.y = y + row.height;
    };
    const first = rows[0] ? layout(rows[0]) : headerLayout;
    this.ensureSpace(headerLayout.height + Math.min(first.height, 200));
    draw(header, headerLayout, false);
    const fullPage = this.bottom - PAGE.margin - headerLayout.height;
    rows.forEach((cells, index) => {
      const row = index === 0 ? first : layout(cells);
      if (this.doc.y + row.height > this.bottom && row.height < fullPage) {
        this.newPage();
        draw(header, headerLayout, false);
      }
      draw(cells, row, index % 2 === 1);
    });
    this.doc.x = this.left;
    this.gap(8);
  }
}
