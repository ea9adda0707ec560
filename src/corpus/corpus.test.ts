import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseThreatModel } from "../domain/document";
import { ThreatModelSchema, type ThreatModel } from "../domain/schema";
import { ELEMENT_PROPERTIES } from "../ui/inspector/properties";
import { referenceEntry } from "../engine/catalog";
import { GoldenFileSchema, unknownGoldenIds, type GoldenFile } from "./golden";
import { GOLDEN_IDS, loadGolden } from "./goldenFiles";
import { CORPUS, CORPUS_TAGS, loadCorpusModel, loadCorpusModelJson } from "./index";
import { catalogOf } from "./references";
import { TOPICS, type Topic } from "./topics/index";

const modelsDir = new URL("./models/", import.meta.url);
const goldenDir = new URL("./golden/", import.meta.url);
const jsonIds = (dir: URL) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -".json".length))
    .sort();

function idsOf(model: ThreatModel): Set<string> {
  return new Set([...model.elements.map((e) => e.id), ...model.flows.map((f) => f.id)]);
}

function codesOf(golden: GoldenFile): string[] {
  const matchers = [
    ...golden.expected.map((t) => t.match),
    ...golden.forbidden.map((f) => f.match),
  ];
  return matchers.flatMap((m) => [...m.refs, ...m.refsWithKeywords]);
}

/** A code the corpus cites must exist in a catalog the product ships (ATLAS 5.6, DASF, CoSAI ...). */
function assertKnownCode(code: string, where: string): void {
  expect(catalogOf(code), `${where}: ${code}`).not.toBeNull();
  expect(referenceEntry(code), `${where}: ${code} is in no shipped catalog`).toBeDefined();
}

describe("the corpus", () => {
  it("has at least 14 architectures, 3 of them non-AI, and a file pair for each entry", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(14);
    expect(CORPUS.filter((entry) => entry.tags.includes("non-ai")).length).toBeGreaterThanOrEqual(
      3,
    );
    const ids = CORPUS.map((entry) => entry.id).sort();
    expect(new Set(ids).size).toBe(ids.length);
    expect(jsonIds(modelsDir)).toEqual(ids);
    expect(jsonIds(goldenDir)).toEqual(ids);
    expect([...GOLDEN_IDS].sort()).toEqual(ids);
  });

  it("tags every entry with known tags and writes a one-line summary", () => {
    for (const entry of CORPUS) {
      expect(entry.tags.length, entry.id).toBeGreaterThan(0);
      for (const tag of entry.tags) expect(CORPUS_TAGS).toContain(tag);
      expect(entry.summary.length, entry.id).toBeGreaterThan(20);
      expect(entry.summary.length, entry.id).toBeLessThanOrEqual(140);
    }
  });

  it("refuses an id that is not in the corpus", async () => {
    await expect(loadCorpusModel("nope")).rejects.toThrow(/"nope" is not a corpus model/);
    await expect(loadGolden("nope")).rejects.toThrow(/no golden file for "nope"/);
  });

  it("every topic's codes are known catalog codes, and no topic file overrides another's topic", async () => {
    const modules = await Promise.all([
      import("./topics/generative"),
      import("./topics/agents"),
      import("./topics/serving"),
      import("./topics/training"),
      import("./topics/privacy"),
      import("./topics/conventional"),
    ]);
    const sizes = modules.map((mod) => Object.keys(Object.values(mod)[0] as object).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(Object.keys(TOPICS).length);
    for (const [id, topic] of Object.entries(TOPICS) as [string, Topic][]) {
      const codes = [...(topic.refs ?? []), ...(topic.refsWithKeywords ?? [])];
      for (const code of codes) assertKnownCode(code, `topic ${id}`);
      expect(
        (topic.refs?.length ?? 0) + (topic.keywords?.length ?? 0),
        `topic ${id} needs refs or keywords`,
      ).toBeGreaterThan(0);
      for (const source of topic.keywords ?? [])
        expect(() => new RegExp(source, "i")).not.toThrow();
    }
  });
});

describe.each(CORPUS.map((entry) => [entry.id, entry] as const))("corpus model %s", (id, entry) => {
  it("is a native v3 document that parses, named like its gallery entry", async () => {
    const raw = await loadCorpusModelJson(id);
    const parsed = parseThreatModel(raw);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    // Stored as the app would save it: parsing adds no defaults.
    expect(ThreatModelSchema.parse(raw)).toEqual(raw);
    const model = await loadCorpusModel(id);
    expect(model.id).toBe(id);
    expect(model.name).toBe(entry.title);
    expect(model.description.length).toBeGreaterThan(100);
  });

  it("names and describes every element and flow, and draws each node inside a trust boundary", async () => {
    const model = await loadCorpusModel(id);
    for (const element of model.elements) {
      expect(element.name.trim(), element.id).not.toBe("");
      if (element.type === "trustBoundary") continue;
      expect(element.description.trim(), element.id).not.toBe("");
      expect(element.parentId, element.id).not.toBeNull();
    }
    for (const flow of model.flows) {
      expect(flow.label.trim(), flow.id).not.toBe("");
      expect(flow.props.dataDescription.trim(), flow.id).not.toBe("");
    }
  });

  it("uses ML kinds only in AI models, and kind-specific properties only where the inspector shows them", async () => {
    const model = await loadCorpusModel(id);
    if (entry.tags.includes("non-ai")) {
      expect(model.elements.filter((e) => e.type !== "trustBoundary" && e.mlKind !== null)).toEqual(
        [],
      );
    } else {
      expect(model.elements.some((e) => e.type !== "trustBoundary" && e.mlKind !== null)).toBe(
        true,
      );
    }
    for (const element of model.elements) {
      const specs = ELEMENT_PROPERTIES[element.type];
      const mlKind = element.type === "trustBoundary" ? null : element.mlKind;
      for (const key of Object.keys(element.props)) {
        if (key === "customZone") continue;
        const spec = specs.find((candidate) => candidate.key === key);
        expect(spec, `${element.id}.${key} is not an inspector property`).toBeDefined();
        if (spec?.kinds) {
          expect(spec.kinds, `${element.id}.${key} is not shown for ${mlKind}`).toContain(mlKind);
        }
      }
    }
  });

  it("has a valid golden file that names only ids of its model and known catalog codes", async () => {
    const model = await loadCorpusModel(id);
    const golden = await loadGolden(id);
    expect(GoldenFileSchema.parse(golden)).toEqual(golden);
    expect(golden.modelId).toBe(id);
    expect(unknownGoldenIds(golden, idsOf(model))).toEqual([]);
    for (const code of codesOf(golden)) assertKnownCode(code, `golden ${id}`);
    for (const threat of golden.expected) {
      for (const fact of threat.hingesOn) {
        // The fact it hinges on is genuinely unknown in the model.
        const subject =
          model.elements.find((e) => e.id === fact.subject) ??
          model.flows.find((f) => f.id === fact.subject);
        const value = (subject?.props as Record<string, unknown> | undefined)?.[fact.fact];
        expect(
          [undefined, "unknown", null],
          `${threat.id}: ${fact.subject}.${fact.fact}`,
        ).toContain(value);
      }
    }
  });

  it("expects mostly definite findings: a question is acceptable for at most a tenth of the AI threats", async () => {
    const golden = await loadGolden(id);
    expect(golden.expected.length).toBeGreaterThanOrEqual(5);
    const questions = golden.expected.filter((t) => t.outcome === "findingOrQuestion").length;
    expect(questions).toBeLessThanOrEqual(Math.max(2, Math.ceil(golden.expected.length * 0.2)));
  });

  if (entry.tags.includes("non-ai")) {
    it("forbids every AI finding and AI catalog code", async () => {
      const golden = await loadGolden(id);
      const guard = golden.forbidden.find((f) => f.targets.includes("*") && f.match.aiPack);
      expect(guard?.match.catalogs.length).toBeGreaterThanOrEqual(8);
    });
  }
});

describe("the corpus as a whole", () => {
  it("leaves at most a tenth of all expected threats to a question, so the 90% target is reachable", async () => {
    const goldens = await Promise.all(CORPUS.map((entry) => loadGolden(entry.id)));
    const expected = goldens.flatMap((golden) => golden.expected);
    const questions = expected.filter((t) => t.outcome === "findingOrQuestion").length;
    expect(questions / expected.length).toBeLessThanOrEqual(0.1);
  });
});
