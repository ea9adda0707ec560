import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crossesBoundary, indexModel } from "../../domain/graph";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { evaluate } from "../../engine/evaluate";
import { ALL_RULES } from "../../engine/rules";
import type { ImportedDiagram, InteropImportResult } from "../interop/types";
import { exportThreatDragon, importThreatDragon } from ".";

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
const NOW = () => new Date("2026-03-01T10:00:00Z");

function one(result: InteropImportResult): ImportedDiagram {
  if (!result.ok) throw new Error(result.errors.join("\n"));
  expect(result.diagrams).toHaveLength(1);
  return result.diagrams[0]!;
}

function statuses(d: ImportedDiagram): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of d.model.customThreats) {
    const s = d.model.triage[t.id]?.status ?? "open";
    out[s] = (out[s] ?? 0) + 1;
  }
  return out;
}

describe("Threat Dragon v2 demo", () => {
  const result = importThreatDragon(fixture("threat-dragon-v2-demo.json"), { now: NOW });
  const d = one(result);

  it("brings every element, flow, boundary and threat", () => {
    expect(result.ok && result.formatLabel).toBe("OWASP Threat Dragon v2");
    expect(d.source).toEqual({ elements: 7, flows: 10, boundaries: 3, threats: 14 });
    expect(d.arrived).toEqual(d.source);
    const types = d.model.elements.map((e) => e.type);
    expect(types.filter((t) => t === "externalEntity")).toHaveLength(1);
    expect(types.filter((t) => t === "process")).toHaveLength(2);
    expect(types.filter((t) => t === "dataStore")).toHaveLength(4);
    expect(d.model.name).toBe("Demo Threat Model");
    expect(d.model.owner).toBe("Mike Goodwin");
    expect(d.model.workshop.attendees.map((a) => `${a.name} (${a.role})`)).toEqual([
      "Tom Brown (Contributor)",
      "Albert Moneypenny (Contributor)",
      "Jane Smith (Reviewer)",
    ]);
  });

  it("keeps the threats' statuses, severities and texts, and logs the decisions as imported", () => {
    expect(statuses(d)).toEqual({ open: 10, mitigated: 4 });
    const https = d.model.customThreats.find((t) => t.title === "Data flow should use HTTP/S")!;
    expect(https.categories.stride).toEqual(["I"]);
    expect([https.likelihood, https.impact]).toEqual([4, 4]);
    expect(https.mitigation).toMatch(/require HTTP\/S/);
    expect(https.source).toMatchObject({
      format: "threat-dragon",
      severity: "High",
      status: "Mitigated",
    });
    expect(d.model.decisionLog).toHaveLength(4);
    expect(d.model.decisionLog.every((e) => e.via === "import" && e.to === "mitigated")).toBe(true);
  });

  it("maps ticked boxes to yes and leaves unticked ones unknown", () => {
    const config = d.model.elements.find((e) => e.name === "Worker Config")!;
    expect(config.type === "dataStore" && config.props.storesCredentials).toBe("yes");
    expect(config.type === "dataStore" && config.props.encryptedAtRest).toBe("unknown");
    const request = d.model.flows.find((f) => f.label === "Web Request")!;
    expect(request.props).toMatchObject({
      protocol: "HTTP/S",
      encryptedInTransit: "yes",
      overPublicNetwork: "yes",
    });
    const put = d.model.flows.find((f) => f.label === "Put Message")!;
    expect(put.props.encryptedInTransit).toBe("unknown");
  });

  it("turns each curve boundary into a box around the side it cuts off, so its flows cross it", () => {
    const index = indexModel(d.model);
    const browser = d.model.elements.find((e) => e.name === "Browser")!;
    expect(browser.parentId).not.toBeNull();
    const request = d.model.flows.find((f) => f.label === "Web Request")!;
    expect(crossesBoundary(index, request)).toBe(true);
    const curves = d.report.filter((e) => /drawn as a line/.test(e.text));
    expect(curves).toHaveLength(3);
  });
});

describe("Threat Dragon v1 demo", () => {
  it("brings every element, flow, boundary and threat", () => {
    const d = one(importThreatDragon(fixture("threat-dragon-v1-demo.json"), { now: NOW }));
    expect(d.source).toEqual({ elements: 2, flows: 2, boundaries: 1, threats: 3 });
    expect(d.arrived).toEqual(d.source);
    expect(statuses(d)).toEqual({ mitigated: 2, open: 1 });
    expect(d.model.elements.find((e) => e.type === "process")?.name).toBe("Web\nApplication");
  });
});

const cell = (over: Record<string, unknown>) => ({ zIndex: 1, ...over });
const node = (id: string, type: string, x: number, y: number) =>
  cell({
    id,
    shape: type.slice(3).toLowerCase(),
    position: { x, y },
    size: { width: 100, height: 60 },
    data: { type, name: id },
  });
const flow = (id: string, source: string, target: string, extra: Record<string, unknown> = {}) =>
  cell({
    id,
    shape: "flow",
    source: { cell: source },
    target: { cell: target },
    data: { type: "tm.Flow", name: id, ...extra },
  });
const file = (diagrams: unknown[]) => ({
  version: "2.2.0",
  summary: { title: "Hand made" },
  detail: { contributors: [], diagrams, diagramTop: 0, reviewer: "", threatTop: 0 },
});

describe("Threat Dragon files made by hand", () => {
  it("gives one model per diagram", () => {
    const result = importThreatDragon(
      file([
        { title: "Login", diagramType: "STRIDE", cells: [node("a", "tm.Actor", 0, 0)] },
        { title: "Payments", diagramType: "LINDDUN", cells: [node("p", "tm.Process", 0, 0)] },
      ]),
    );
    expect(result.ok && result.diagrams.map((d) => d.name)).toEqual(["Login", "Payments"]);
    expect(result.ok && result.diagrams.map((d) => d.model.name)).toEqual([
      "Hand made — Login",
      "Hand made — Payments",
    ]);
    expect(result.ok && result.diagrams[0]!.model.id).not.toBe(
      result.ok && result.diagrams[1]!.model.id,
    );
  });

  it("marks crossings of a curve it cannot make a box of on the flows, and places it below", () => {
    // a -> b and c -> d both cross the line, but a and d sit between b and c: no box holds one side.
    const cells = [
      node("a", "tm.Process", 0, 0),
      node("d", "tm.Process", 0, 200),
      node("b", "tm.Process", 400, 0),
      node("c", "tm.Process", -400, 200),
      flow("ab", "a", "b"),
      flow("cd", "c", "d"),
      cell({
        id: "line",
        shape: "trust-boundary-curve",
        source: { x: 250, y: -100 },
        target: { x: -150, y: 400 },
        data: { type: "tm.Boundary", name: "Edge" },
      }),
    ];
    const d = one(importThreatDragon(file([{ title: "X", diagramType: "STRIDE", cells }])));
    const zone = d.model.elements.find((e) => e.name === "Edge")!;
    expect(zone.type).toBe("trustBoundary");
    expect(d.model.elements.filter((e) => e.parentId === zone.id)).toHaveLength(0);
    expect(d.model.flows.map((f) => f.crossesBoundaryIds)).toEqual([[zone.id], [zone.id]]);
    expect(d.report.find((e) => e.item.includes("Edge"))?.text).toMatch(
      /empty zone below the diagram/,
    );
  });

  it("says what it dropped and approximated, item by item", () => {
    const cells = [
      node("a", "tm.Actor", 0, 0),
      flow("dangling", "a", "nowhere"),
      cell({ id: "t", shape: "td-text-block", data: { type: "tm.Text", name: "A note" } }),
      cell({ id: "w", shape: "weird", data: { type: "tm.Weird", name: "Odd" } }),
      "not a cell",
    ];
    (cells[0] as unknown as { data: Record<string, unknown> }).data.threats = [
      { title: "T", status: "Pending", severity: "Low", type: "Spoofing" },
    ];
    const d = one(importThreatDragon(file([{ title: "X", diagramType: "STRIDE", cells }])));
    const lines = d.report.map((e) => `${e.kind}: ${e.item}: ${e.text}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'dropped: Flow "dangling": its end ("nowhere") is not an element that arrived',
        'dropped: Text "A note": free text on the diagram; ThreatCanvas has no text blocks',
        'dropped: Cell "Odd": its type "tm.Weird" is not one Threat Dragon draws',
        'dropped: Cell 5: is the text "not a cell", not a cell',
        'approximated: Threat "T": state "Pending" is not one ThreatCanvas knows; taken as open',
      ]),
    );
    expect(d.model.customThreats[0]).toMatchObject({
      title: "T",
      likelihood: 2,
      impact: 2,
      categories: { stride: ["S"] },
    });
  });

  it.each([
    ["a list", [], /not a Threat Dragon model/],
    ["no detail", { summary: { title: "x" } }, /detail: is missing/],
    [
      "diagrams that are not a list",
      { detail: { diagrams: "nope" } },
      /detail\.diagrams: should be a list of diagrams, but is the text "nope"/,
    ],
    [
      "cells that are not a list",
      { detail: { diagrams: [{ title: "x", cells: 7 }] } },
      /detail\.diagrams\[0\]\.cells: should be a list of cells, but is number 7/,
    ],
    ["no diagram", { detail: { diagrams: [] } }, /has no diagram/],
  ])("refuses %s with a message naming the field", (_what, json, message) => {
    const result = importThreatDragon(json);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join("\n")).toMatch(message);
  });
});

describe("Threat Dragon v2 export", () => {
  const doc = createLlmInferencePipelineSample("sample-model");
  const evaluation = evaluate(doc, { rules: ALL_RULES });
  const out = JSON.parse(exportThreatDragon(doc, evaluation));

  it("writes what Threat Dragon requires of a v2 model", () => {
    expect(out).toMatchObject({ version: expect.any(String), summary: { title: doc.name } });
    for (const key of ["contributors", "diagrams", "diagramTop", "reviewer", "threatTop"])
      expect(out.detail).toHaveProperty(key);
    const diagram = out.detail.diagrams[0];
    for (const key of ["diagramType", "id", "thumbnail", "title", "version"])
      expect(diagram).toHaveProperty(key);
    for (const c of diagram.cells) {
      expect(typeof c.id === "string" && c.id.length >= 2).toBe(true);
      expect(Number.isInteger(c.zIndex)).toBe(true);
      expect(c.data).toMatchObject({
        type: expect.stringMatching(/^tm\./),
        hasOpenThreats: expect.any(Boolean),
      });
      for (const t of c.data.threats ?? []) {
        for (const key of ["description", "mitigation", "severity", "status", "title", "type"])
          expect(typeof t[key]).toBe("string");
        expect(["NotApplicable", "Open", "Mitigated", "Accepted", "Transferred"]).toContain(
          t.status,
        );
        expect(["Low", "Medium", "High", "Critical"]).toContain(t.severity);
      }
    }
  });

  it("writes every element and flow as a cell, and every finding as a threat", () => {
    const cells = out.detail.diagrams[0].cells;
    expect(cells).toHaveLength(doc.elements.length + doc.flows.length);
    const threats = cells.flatMap((c: { data: { threats?: unknown[] } }) => c.data.threats ?? []);
    const findings = evaluation.findings;
    expect(threats).toHaveLength(findings.length + doc.customThreats.length);
    expect(out.detail.threatTop).toBe(threats.length);
  });

  it("opens again exactly as it was", () => {
    const back = one(importThreatDragon(out));
    expect(back.model).toEqual(doc);
    expect(back.report[0]?.text).toMatch(/unchanged since/);
  });

  it("takes a change made in Threat Dragon and keeps the rest of ours", () => {
    const edited = structuredClone(out);
    const store = edited.detail.diagrams[0].cells.find(
      (c: { data: { type: string } }) => c.data.type === "tm.Store",
    );
    store.data.name = "Renamed in Threat Dragon";
    const back = one(importThreatDragon(edited));
    const renamed = back.model.elements.find((e) => e.id === store.id)!;
    const original = doc.elements.find((e) => e.id === store.id)!;
    expect(renamed.name).toBe("Renamed in Threat Dragon");
    expect({ ...renamed, name: original.name }).toEqual(original);
    expect(back.report[0]?.text).toMatch(
      /changed in OWASP Threat Dragon v2 since: 1 field changed/,
    );
  });
});
