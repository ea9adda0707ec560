import { angle } from "../diagram/geometry";
import { LEGEND_FONT, SYMBOL_HEIGHT, SYMBOL_WIDTH, type LegendItem } from "../diagram/legend";
import { FONT, type Badge, type DiagramScene, type SceneNode } from "../diagram/scene";
import {
  BOUNDARY_DASH,
  COLORS,
  OUT_OF_SCOPE_OPACITY,
  SEVERITY_COLORS,
  STROKE,
  boundaryFill,
} from "../svg/style";
import type { Point } from "../../domain/schema";
import { oneLine } from "./text";
import { BODY, BOLD, type Doc } from "./writer";

/**
 * The diagram scene drawn with PDF vector operators: the same shapes as the SVG, and every name
 * real text in the embedded font, so it can be selected, searched and copied.
 */
export function drawDiagram(
  doc: Doc,
  scene: DiagramScene,
  box: { x: number; y: number; width: number; height: number },
): number {
  const scale = Math.min(box.width / scene.width, box.height / scene.height, 1.5);
  const offsetX = box.x + (box.width - scene.width * scale) / 2;
  doc.save();
  doc.translate(offsetX, box.y).scale(scale);
  for (const b of scene.boundaries) {
    withOpacity(doc, b.outOfScope, () => {
      doc.roundedRect(b.x, b.y, b.width, b.height, 10).fillOpacity(0.6).fill(boundaryFill(b.zone));
      doc.fillOpacity(1);
      doc
        .roundedRect(b.x, b.y, b.width, b.height, 10)
        .lineWidth(STROKE.boundary)
        .dash(BOUNDARY_DASH[0], { space: BOUNDARY_DASH[1] })
        .strokeColor(COLORS.boundary)
        .stroke()
        .undash();
      doc
        .font(BOLD)
        .fontSize(FONT.boundary)
        .fillColor(COLORS.boundary)
        .text(oneLine(b.label), b.x + 10, b.y + 8, { lineBreak: false });
    });
  }
  for (const f of scene.flows) {
    withOpacity(doc, f.outOfScope, () => {
      doc.moveTo(f.start.x, f.start.y);
      if (f.control) doc.quadraticCurveTo(f.control.x, f.control.y, f.end.x, f.end.y);
      else doc.lineTo(f.end.x, f.end.y);
      doc.lineWidth(STROKE.flow).strokeColor(COLORS.flow).stroke();
      const into = f.control ?? f.start;
      if (f.arrowEnd) arrowhead(doc, f.end, angle(into, f.end));
      if (f.arrowStart) arrowhead(doc, f.start, angle(f.control ?? f.end, f.start));
    });
  }
  for (const n of scene.nodes) drawNode(doc, n, scene.lineHeight);
  for (const f of scene.flows) {
    if (!f.label && !f.badge) continue;
    withOpacity(doc, f.outOfScope, () => {
      if (f.label) {
        const l = f.label;
        doc.roundedRect(l.x, l.y, l.width, l.height, 3).fillOpacity(0.92).fill(COLORS.labelFill);
        doc.fillOpacity(1);
        lines(
          doc,
          l.lines,
          l.x + l.width / 2,
          l.y + 2,
          FONT.flowLabel,
          scene.lineHeight,
          COLORS.text,
          false,
        );
        if (f.badge) badge(doc, f.badge, { x: l.x + l.width, y: l.y });
      } else if (f.badge) {
        badge(
          doc,
          f.badge,
          f.control ?? { x: (f.start.x + f.end.x) / 2, y: (f.start.y + f.end.y) / 2 },
        );
      }
    });
  }
  for (const item of scene.legend.items) legendItem(doc, item);
  doc.restore();
  doc.fillColor(COLORS.text).strokeColor(COLORS.text).lineWidth(1);
  return scene.height * scale;
}

function withOpacity(doc: Doc, faded: boolean, draw: () => void): void {
  if (!faded) return draw();
  doc.save();
  doc.opacity(OUT_OF_SCOPE_OPACITY);
  draw();
  doc.restore();
}

function arrowhead(doc: Doc, tip: Point, direction: number): void {
  const size = 8;
  const back = (offset: number) => ({
    x: tip.x - size * Math.cos(direction) + offset * Math.sin(direction),
    y: tip.y - size * Math.sin(direction) - offset * Math.cos(direction),
  });
  const a = back(4);
  const b = back(-4);
  doc.polygon([tip.x, tip.y], [a.x, a.y], [b.x, b.y]).fill(COLORS.flow);
}

function drawNode(doc: Doc, n: SceneNode, lineHeight: number): void {
  withOpacity(doc, n.outOfScope, () => {
    const { x, y, width: w, height: h } = n;
    doc.lineWidth(STROKE.node);
    if (n.type === "process") {
      doc
        .ellipse(x + w / 2, y + h / 2, w / 2, h / 2)
        .fillAndStroke(COLORS.processFill, COLORS.process);
    } else if (n.type === "dataStore") {
      doc.rect(x, y, w, h).fill(COLORS.storeFill);
      doc
        .moveTo(x, y)
        .lineTo(x + w, y)
        .moveTo(x, y + h)
        .lineTo(x + w, y + h)
        .strokeColor(COLORS.store)
        .stroke();
    } else {
      doc.roundedRect(x, y, w, h, 2).fillAndStroke(COLORS.entityFill, COLORS.entity);
    }
    let top = n.textTop;
    lines(
      doc,
      n.nameLines,
      x + w / 2,
      top,
      FONT.name,
      lineHeight,
      n.unnamed ? COLORS.muted : COLORS.text,
      true,
    );
    top += n.nameLines.length * FONT.name * lineHeight;
    if (n.kindLine) {
      lines(doc, [n.kindLine], x + w / 2, top, FONT.kind, lineHeight, COLORS.muted, false);
      top += FONT.kind * lineHeight;
    }
    if (n.outOfScope)
      lines(doc, ["OUT OF SCOPE"], x + w / 2, top, FONT.kind, lineHeight, COLORS.muted, false);
    if (n.badge)
      badge(
        doc,
        n.badge,
        n.type === "process" ? { x: x + w * 0.85, y: y + h * 0.15 } : { x: x + w, y },
      );
  });
}

/** Centred lines; each starts at its line box's top (PDFKit positions text by its top). */
function lines(
  doc: Doc,
  texts: readonly string[],
  cx: number,
  top: number,
  size: number,
  lineHeight: number,
  color: string,
  bold: boolean,
): void {
  doc
    .font(bold ? BOLD : BODY)
    .fontSize(size)
    .fillColor(color);
  texts.forEach((text, i) => {
    const width = doc.widthOfString(text);
    doc.text(text, cx - width / 2, top + i * size * lineHeight + (size * (lineHeight - 1)) / 2, {
      lineBreak: false,
    });
  });
}

function badge(doc: Doc, b: Badge, at: Point): void {
  const label = b.count > 99 ? "99+" : String(b.count);
  const r = label.length > 2 ? 13 : 11;
  doc.lineWidth(2).circle(at.x, at.y, r).fillAndStroke(SEVERITY_COLORS[b.severity], "#ffffff");
  doc.font(BOLD).fontSize(FONT.badge).fillColor("#ffffff");
  const width = doc.widthOfString(label);
  doc.text(label, at.x - width / 2, at.y - FONT.badge * 0.6, { lineBreak: false });
}

function legendItem(doc: Doc, item: LegendItem): void {
  const { x, y } = item;
  const w = SYMBOL_WIDTH;
  const h = SYMBOL_HEIGHT;
  const midY = y + h / 2;
  doc.lineWidth(2);
  switch (item.symbol) {
    case "process":
      doc
        .ellipse(x + w / 2, midY, w / 2 - 1, h / 2 - 1)
        .fillAndStroke(COLORS.processFill, COLORS.process);
      break;
    case "dataStore":
      doc.rect(x, y + 2, w, h - 4).fill(COLORS.storeFill);
      doc
        .moveTo(x, y + 2)
        .lineTo(x + w, y + 2)
        .moveTo(x, y + h - 2)
        .lineTo(x + w, y + h - 2)
        .strokeColor(COLORS.store)
        .stroke();
      break;
    case "externalEntity":
      doc.rect(x + 1, y + 2, w - 2, h - 4).fillAndStroke(COLORS.entityFill, COLORS.entity);
      break;
    case "trustBoundary":
      doc
        .lineWidth(1.6)
        .roundedRect(x + 1, y + 1, w - 2, h - 2, 4)
        .fill(COLORS.boundaryFill);
      doc
        .roundedRect(x + 1, y + 1, w - 2, h - 2, 4)
        .dash(4, { space: 3 })
        .strokeColor(COLORS.boundary)
        .stroke()
        .undash();
      break;
    case "flow":
    case "bidirectional":
      doc
        .lineWidth(STROKE.flow)
        .moveTo(x + 1, midY)
        .lineTo(x + w - 1, midY)
        .strokeColor(COLORS.flow)
        .stroke();
      arrowhead(doc, { x: x + w - 1, y: midY }, 0);
      if (item.symbol === "bidirectional") arrowhead(doc, { x: x + 1, y: midY }, Math.PI);
      break;
    case "badge":
      badge(doc, { count: 3, severity: "high" }, { x: x + w / 2, y: midY });
      break;
  }
  doc
    .font(BODY)
    .fontSize(LEGEND_FONT)
    .fillColor(COLORS.text)
    .text(item.label, x + w + 8, midY - LEGEND_FONT * 0.6, { lineBreak: false });
}
