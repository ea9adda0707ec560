import type { ThreatModel } from "../../domain/schema";
import { LEGEND_FONT, SYMBOL_HEIGHT, SYMBOL_WIDTH, type LegendItem } from "../diagram/legend";
import {
  FONT,
  buildDiagramScene,
  type Badge,
  type DiagramScene,
  type SceneBoundary,
  type SceneFlow,
  type SceneNode,
  type SceneOptions,
} from "../diagram/scene";
import {
  BOUNDARY_DASH,
  COLORS,
  FONT_FAMILY,
  OUT_OF_SCOPE_OPACITY,
  SEVERITY_COLORS,
  STROKE,
  boundaryFill,
} from "./style";
import { num, xmlText } from "./xml";

/**
 * The diagram as a standalone SVG document, drawn from the model (never from the DOM): vector
 * shapes, real text, a legend. Every user string is escaped; nothing in it is a link or a script.
 */
export function renderDiagramSvg(model: ThreatModel, options: SceneOptions = {}): string {
  const scene = buildDiagramScene(model, { title: model.name || "Untitled model", ...options });
  return sceneToSvg(scene, { title: model.name || "Untitled model" });
}

export function sceneToSvg(scene: DiagramScene, meta: { title: string }): string {
  const out: string[] = [];
  const w = num(scene.width);
  const h = num(scene.height);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="tc-title" font-family="${xmlText(FONT_FAMILY)}">`,
    `<title id="tc-title">${xmlText(`Data flow diagram: ${meta.title}`)}</title>`,
    "<defs>",
    marker("tc-arrow-end", false),
    marker("tc-arrow-start", true),
    "</defs>",
  );
  if (scene.title) {
    out.push(
      `<text x="${num(scene.title.x)}" y="${num(scene.title.y + FONT.title)}" font-size="${FONT.title}" font-weight="bold" fill="${COLORS.text}">${xmlText(scene.title.text)}</text>`,
    );
  }
  out.push('<g class="boundaries">', ...scene.boundaries.map(boundarySvg), "</g>");
  out.push('<g class="flows">', ...scene.flows.map(flowSvg), "</g>");
  out.push('<g class="elements">', ...scene.nodes.map((n) => nodeSvg(n, scene.lineHeight)), "</g>");
  out.push(
    '<g class="flow-labels">',
    ...scene.flows.map((f) => flowLabelSvg(f, scene.lineHeight)),
    "</g>",
  );
  out.push('<g class="legend">', ...scene.legend.items.map(legendItemSvg), "</g>");
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}

function marker(id: string, reverse: boolean): string {
  const path = reverse ? "M10,0 L0,5 L10,10 z" : "M0,0 L10,5 L0,10 z";
  return `<marker id="${id}" viewBox="0 0 10 10" refX="${reverse ? 0 : 10}" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto"><path d="${path}" fill="${COLORS.flow}"/></marker>`;
}

const faded = (outOfScope: boolean) => (outOfScope ? ` opacity="${OUT_OF_SCOPE_OPACITY}"` : "");

function boundarySvg(b: SceneBoundary): string {
  return [
    `<g class="trust-boundary"${faded(b.outOfScope)}>`,
    `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="10" fill="${boundaryFill(b.zone)}" fill-opacity="0.6" stroke="${COLORS.boundary}" stroke-width="${STROKE.boundary}" stroke-dasharray="${BOUNDARY_DASH.join(" ")}"/>`,
    `<text x="${num(b.x + 10)}" y="${num(b.y + 8 + FONT.boundary)}" font-size="${FONT.boundary}" font-weight="bold" fill="${COLORS.boundary}"${b.unnamed ? ' font-style="italic"' : ""}>${xmlText(b.label)}</text>`,
    "</g>",
  ].join("");
}

function flowPath(f: SceneFlow): string {
  const s = `M${num(f.start.x)},${num(f.start.y)}`;
  if (!f.control) return `${s} L${num(f.end.x)},${num(f.end.y)}`;
  return `${s} Q${num(f.control.x)},${num(f.control.y)} ${num(f.end.x)},${num(f.end.y)}`;
}

function flowSvg(f: SceneFlow): string {
  const markers =
    (f.arrowEnd ? ' marker-end="url(#tc-arrow-end)"' : "") +
    (f.arrowStart ? ' marker-start="url(#tc-arrow-start)"' : "");
  return `<path class="flow" d="${flowPath(f)}" fill="none" stroke="${COLORS.flow}" stroke-width="${STROKE.flow}"${markers}${faded(f.outOfScope)}/>`;
}

function flowLabelSvg(f: SceneFlow, lineHeight: number): string {
  if (!f.label && !f.badge) return "";
  const parts: string[] = [`<g class="flow-label"${faded(f.outOfScope)}>`];
  if (f.label) {
    const l = f.label;
    parts.push(
      `<rect x="${num(l.x)}" y="${num(l.y)}" width="${num(l.width)}" height="${num(l.height)}" rx="3" fill="${COLORS.labelFill}" fill-opacity="0.92"/>`,
      textLines(l.lines, l.x + l.width / 2, l.y + 2, FONT.flowLabel, lineHeight, {
        fill: COLORS.text,
      }),
    );
    if (f.badge) parts.push(badgeSvg(f.badge, l.x + l.width, l.y));
  } else if (f.badge) {
    const mid = f.control ?? { x: (f.start.x + f.end.x) / 2, y: (f.start.y + f.end.y) / 2 };
    parts.push(badgeSvg(f.badge, mid.x, mid.y));
  }
  parts.push("</g>");
  return parts.join("");
}

function nodeSvg(n: SceneNode, lineHeight: number): string {
  const parts: string[] = [`<g class="element ${n.type}"${faded(n.outOfScope)}>`];
  const { x, y, width: w, height: h } = n;
  if (n.type === "process") {
    parts.push(
      `<ellipse cx="${num(x + w / 2)}" cy="${num(y + h / 2)}" rx="${num(w / 2)}" ry="${num(h / 2)}" fill="${COLORS.processFill}" stroke="${COLORS.process}" stroke-width="${STROKE.node}"/>`,
    );
  } else if (n.type === "dataStore") {
    parts.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${COLORS.storeFill}"/>`,
      `<path d="M${num(x)},${num(y)} H${num(x + w)} M${num(x)},${num(y + h)} H${num(x + w)}" stroke="${COLORS.store}" stroke-width="${STROKE.node}"/>`,
    );
  } else {
    parts.push(
      `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="2" fill="${COLORS.entityFill}" stroke="${COLORS.entity}" stroke-width="${STROKE.node}"/>`,
    );
  }
  let top = n.textTop;
  parts.push(
    textLines(n.nameLines, x + w / 2, top, FONT.name, lineHeight, {
      fill: n.unnamed ? COLORS.muted : COLORS.text,
      bold: true,
      italic: n.unnamed,
    }),
  );
  top += n.nameLines.length * FONT.name * lineHeight;
  if (n.kindLine) {
    parts.push(
      textLines([n.kindLine], x + w / 2, top, FONT.kind, lineHeight, { fill: COLORS.muted }),
    );
    top += FONT.kind * lineHeight;
  }
  if (n.outOfScope) {
    parts.push(
      textLines(["OUT OF SCOPE"], x + w / 2, top, FONT.kind, lineHeight, { fill: COLORS.muted }),
    );
  }
  if (n.badge) {
    const corner = n.type === "process" ? { x: x + w * 0.85, y: y + h * 0.15 } : { x: x + w, y };
    parts.push(badgeSvg(n.badge, corner.x, corner.y));
  }
  parts.push("</g>");
  return parts.join("");
}

function badgeSvg(badge: Badge, cx: number, cy: number): string {
  const label = badge.count > 99 ? "99+" : String(badge.count);
  const r = label.length > 2 ? 13 : 11;
  return (
    `<g class="badge"><circle cx="${num(cx)}" cy="${num(cy)}" r="${r}" fill="${SEVERITY_COLORS[badge.severity]}" stroke="#ffffff" stroke-width="2"/>` +
    `<text x="${num(cx)}" y="${num(cy + FONT.badge * 0.36)}" font-size="${FONT.badge}" font-weight="bold" fill="#ffffff" text-anchor="middle">${label}</text></g>`
  );
}

function textLines(
  lines: readonly string[],
  cx: number,
  top: number,
  size: number,
  lineHeight: number,
  style: { fill: string; bold?: boolean; italic?: boolean },
): string {
  const attrs =
    `font-size="${size}" fill="${style.fill}" text-anchor="middle"` +
    (style.bold ? ' font-weight="bold"' : "") +
    (style.italic ? ' font-style="italic"' : "");
  // Baseline of each line: its box top plus the ascent (about 0.93 em in DejaVu Sans).
  const spans = lines
    .map(
      (line, i) =>
        `<tspan x="${num(cx)}" y="${num(top + i * size * lineHeight + size * 0.93 + (size * (lineHeight - 1)) / 2)}">${xmlText(line)}</tspan>`,
    )
    .join("");
  return `<text ${attrs}>${spans}</text>`;
}

function legendItemSvg(item: LegendItem): string {
  const { x, y } = item;
  const w = SYMBOL_WIDTH;
  const h = SYMBOL_HEIGHT;
  const midY = y + h / 2;
  let symbol: string;
  switch (item.symbol) {
    case "process":
      symbol = `<ellipse cx="${num(x + w / 2)}" cy="${num(midY)}" rx="${num(w / 2 - 1)}" ry="${num(h / 2 - 1)}" fill="${COLORS.processFill}" stroke="${COLORS.process}" stroke-width="2"/>`;
      break;
    case "dataStore":
      symbol = `<rect x="${num(x)}" y="${num(y + 2)}" width="${w}" height="${h - 4}" fill="${COLORS.storeFill}"/><path d="M${num(x)},${num(y + 2)} H${num(x + w)} M${num(x)},${num(y + h - 2)} H${num(x + w)}" stroke="${COLORS.store}" stroke-width="2"/>`;
      break;
    case "externalEntity":
      symbol = `<rect x="${num(x + 1)}" y="${num(y + 2)}" width="${w - 2}" height="${h - 4}" fill="${COLORS.entityFill}" stroke="${COLORS.entity}" stroke-width="2"/>`;
      break;
    case "trustBoundary":
      symbol = `<rect x="${num(x + 1)}" y="${num(y + 1)}" width="${w - 2}" height="${h - 2}" rx="4" fill="${COLORS.boundaryFill}" stroke="${COLORS.boundary}" stroke-width="1.6" stroke-dasharray="4 3"/>`;
      break;
    case "flow":
    case "bidirectional": {
      const start = item.symbol === "bidirectional" ? ' marker-start="url(#tc-arrow-start)"' : "";
      symbol = `<path d="M${num(x + 1)},${num(midY)} L${num(x + w - 1)},${num(midY)}" stroke="${COLORS.flow}" stroke-width="${STROKE.flow}" marker-end="url(#tc-arrow-end)"${start}/>`;
      break;
    }
    case "badge":
      symbol = badgeSvg({ count: 3, severity: "high" }, x + w / 2, midY);
      break;
  }
  const label = `<text x="${num(x + w + 8)}" y="${num(midY + LEGEND_FONT * 0.36)}" font-size="${LEGEND_FONT}" fill="${COLORS.text}">${xmlText(item.label)}</text>`;
  return `<g class="legend-item">${symbol}${label}</g>`;
}
