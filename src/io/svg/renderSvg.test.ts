import { Resvg } from "@resvg/resvg-js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { arbitraryModel } from "../../domain/testing/arbitraryModel";
import { modelOf, type ElementInput, type FlowInput } from "../../engine/testing/models";
import { textWidth } from "../diagram/textMetrics";
import { buildDiagramScene } from "../diagram/scene";
import { renderDiagramSvg } from "./renderSvg";

type Fields = Partial<ElementInput> & Record<string, unknown>;
const at = { x: 0, y: 0 };
const element = (type: ElementInput["type"], id: string, fields: Fields): ElementInput =>
  ({ id, type, name: id, position: at, ...fields }) as ElementInput;
const proc = (id: string, fields: Fields = {}) => element("process", id, fields);
const store = (id: string, fields: Fields = {}) => element("dataStore", id, fields);
const entity = (id: string, fields: Fields = {}) => element("externalEntity", id, fields);
const zone = (id: string, name: string, fields: Fields = {}) =>
  element("trustBoundary", id, { name, size: { width: 400, height: 300 }, ...fields });
const flow = (id: string, source: string, target: string, fields: Partial<FlowInput> = {}) =>
  ({ id, source, target, ...fields }) as FlowInput;

/** Parses (resvg is a strict SVG parser; it throws on a malformed file) and renders small ones. */
function renders(svg: string): { width: number; height: number } {
  const parsed = new Resvg(svg, { font: { loadSystemFonts: false } });
  // Random models span millions of pixels: parse them, but do not paint them.
  if (parsed.width * parsed.height > 4e7) return { width: parsed.width, height: parsed.height };
  const image = parsed.render();
  return { width: image.width, height: image.height };
}

const texts = (svg: string) =>
  [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>|<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? m[2] ?? "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  );

describe("diagram SVG", () => {
  it("draws every element type, with its name, and a legend", () => {
    const model = modelOf(
      [
        zone("z", "Zone"),
        proc("p", { name: "Scoring service", parentId: "z" }),
        store("s", { name: "Feature store", mlKind: "feature-store" }),
        entity("e", { name: "Analyst" }),
      ],
      [flow("f1", "e", "p", { label: "Requests" }), flow("f2", "p", "s", { bidirectional: true })],
    );
    const svg = renderDiagramSvg(model);
    expect(renders(svg).width).toBeGreaterThan(0);
    expect(svg).toContain("<ellipse"); // process
    // User ids never become attributes: elements are told apart by class and text only.
    expect(svg).toMatch(/class="element dataStore"/);
    expect(svg).toMatch(/class="element externalEntity"/);
    expect(svg).toMatch(/class="trust-boundary"[^>]*>[^\n]*stroke-dasharray/);
    expect(svg.match(/marker-end="url\(#tc-arrow-end\)" marker-start=/g)).toHaveLength(2);
    const shown = texts(svg).join(" ");
    for (const text of [
      "Scoring service",
      "Feature store",
      "Analyst",
      "Requests",
      "Process",
      "Data store",
      "External entity",
      "Trust boundary",
      "Data flow",
    ]) {
      expect(shown).toContain(text);
    }
  });

  it("draws boundaries nested three deep inside each other, outermost first", () => {
    const model = modelOf([
      zone("outer", "Cloud account", { size: { width: 700, height: 500 } }),
      zone("middle", "VPC", {
        parentId: "outer",
        position: { x: 20, y: 40 },
        size: { width: 600, height: 400 },
      }),
      zone("inner", "Private subnet", {
        parentId: "middle",
        position: { x: 20, y: 40 },
        size: { width: 500, height: 300 },
      }),
      proc("p", { name: "Trainer", parentId: "inner", position: { x: 30, y: 50 } }),
    ]);
    const scene = buildDiagramScene(model);
    expect(scene.boundaries.map((b) => [b.id, b.depth])).toEqual([
      ["outer", 0],
      ["middle", 1],
      ["inner", 2],
    ]);
    const [outer, middle, inner] = scene.boundaries;
    const node = scene.nodes[0]!;
    const inside = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      a.x >= b.x &&
      a.y >= b.y &&
      a.x + a.width <= b.x + b.width &&
      a.y + a.height <= b.y + b.height;
    expect(inside(middle!, outer!) && inside(inner!, middle!) && inside(node, inner!)).toBe(true);
    expect(node.x - inner!.x).toBe(30);
    const svg = renderDiagramSvg(model);
    expect(svg.indexOf(">Cloud account")).toBeLessThan(svg.indexOf(">Private subnet"));
    renders(svg);
  });

  it("wraps long names inside their shape and cuts what does not fit with an ellipsis", () => {
    const long =
      "Customer churn prediction feature engineering pipeline for the European retail business unit";
    const model = modelOf([proc("p", { name: long }), store("s", { name: "x".repeat(200) })]);
    const scene = buildDiagramScene(model);
    const processNode = scene.nodes.find((n) => n.id === "p")!;
    expect(processNode.nameLines.length).toBeGreaterThan(1);
    for (const line of processNode.nameLines) {
      expect(textWidth(line, 14, true)).toBeLessThanOrEqual(processNode.width * 0.7);
    }
    expect(processNode.nameLines.at(-1)!.endsWith("…")).toBe(true);
    const storeNode = scene.nodes.find((n) => n.id === "s")!;
    expect(storeNode.nameLines.join("").length).toBeLessThan(200);
    renders(renderDiagramSvg(model));
  });

  it("keeps non-Latin names as written", () => {
    const names = [
      "Zürich Daten-Pipeline — Übersicht →",
      "模型注册表",
      "Модель данных",
      "مخزن البيانات",
      "מודל",
      "Ελληνικά",
    ];
    const model = modelOf(
      names.map((name, i) => store(`s${i}`, { name, position: { x: i * 220, y: 0 } })),
    );
    const svg = renderDiagramSvg(model);
    renders(svg);
    const shown = texts(svg).join(" ");
    for (const name of names) expect(shown).toContain(name);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it("escapes every user string: no markup, script, link or broken XML from names", () => {
    const hostile = [
      "<script>alert(1)</script>",
      '"><svg onload=alert(1)>',
      "]]><!-- & &amp; &#x3C;",
      "<a href='javascript:alert(1)'>x</a>",
      "nul\u0000bell\u0007 lone\ud800surrogate",
      "<foreignObject><iframe src=x>",
    ];
    const model = {
      ...modelOf(
        [
          zone("z'\"<>", hostile[5]!),
          ...hostile.map((name, i) => proc(`p${i}<&>`, { name, position: { x: i * 200, y: 0 } })),
        ],
        [flow("f<x>", "p0<&>", "p1<&>", { label: hostile[1]! })],
      ),
      name: hostile[0]!,
    };
    const svg = renderDiagramSvg(model);
    renders(svg);
    // Markup is only what the writer made: user text appears escaped, inside text nodes.
    const tags = svg.match(/<[^>]*>/g)!.join("\n");
    expect(tags).not.toMatch(/<script|<a[\s>]|<iframe|<foreignObject|\son\w+=|href=|javascript:/i);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(svg).not.toMatch(/[\u0000-\u0008]/);
    const names = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...names].sort()).toEqual(
      [
        "circle",
        "defs",
        "ellipse",
        "g",
        "marker",
        "path",
        "rect",
        "svg",
        "text",
        "title",
        "tspan",
      ].filter((t) => names.has(t)),
    );
    expect(texts(svg)).toContain("<script>alert(1)</script>");
  });

  it("says so when there is nothing to draw", () => {
    const svg = renderDiagramSvg(modelOf([]));
    expect(texts(svg)).toContain("This model has no elements yet.");
    renders(svg);
  });

  it("renders any valid model to a well-formed SVG with every element and flow", () => {
    fc.assert(
      fc.property(arbitraryModel({ maxNodes: 6, maxBoundaries: 3 }), (model) => {
        const svg = renderDiagramSvg(model);
        renders(svg);
        const boundaries = model.elements.filter((e) => e.type === "trustBoundary").length;
        expect(svg.match(/class="trust-boundary"/g) ?? []).toHaveLength(boundaries);
        expect(svg.match(/class="element /g) ?? []).toHaveLength(
          model.elements.length - boundaries,
        );
        expect(svg.match(/class="flow"/g) ?? []).toHaveLength(model.flows.length);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it("draws the sample's fourteen elements and eight flows", () => {
    const svg = renderDiagramSvg(createLlmInferencePipelineSample());
    expect(svg.match(/class="element /g)).toHaveLength(8);
    expect(svg.match(/class="trust-boundary"/g)).toHaveLength(6);
    expect(svg.match(/class="flow"/g)).toHaveLength(8);
  });
});
