import { afterEach, describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatCanvasDb } from "./db";
import { ModelRepository } from "./modelRepository";
import { freshStorage, openTab } from "./testSupport";

/**
 * What IndexedDB can hold that a JSON file cannot (BigInt, Date, Map, cycles, a `__proto__`
 * key): a stored row carrying them is a `corrupt` result naming the field, never a throw, and
 * never a model that opens and then cannot be exported.
 */

const opened: ThreatCanvasDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function loadRow(doc: unknown) {
  const db = openTab(freshStorage());
  opened.push(db);
  await db.documents.put({ id: "m", doc });
  await db.models.put({
    id: "m",
    name: "m",
    description: "",
    owner: "",
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
    revision: 1,
    elementCount: 0,
    flowCount: 0,
  });
  return new ModelRepository(db).loadModel("m");
}

const sample = () =>
  structuredClone(createLlmInferencePipelineSample("m")) as Record<string, unknown>;
const firstElement = (doc: Record<string, unknown>) =>
  (doc.elements as Array<Record<string, unknown>>)[0]!;

describe("stored rows that are not plain JSON data", () => {
  it.each([
    [
      "a BigInt schemaVersion",
      (d: Record<string, unknown>) => (d.schemaVersion = 2n),
      /^schemaVersion: is a BigInt/,
    ],
    [
      "a BigInt in a key we do not know",
      (d: Record<string, unknown>) => (firstElement(d).extra = 7n),
      /^elements\[0\]\.extra: is a BigInt/,
    ],
    [
      "a Date for createdAt",
      (d: Record<string, unknown>) => (d.createdAt = new Date(0)),
      /^createdAt: is a Date/,
    ],
    [
      "a Map for the flows",
      (d: Record<string, unknown>) => (d.flows = new Map()),
      /^flows: is a Map/,
    ],
    [
      "a cycle",
      (d: Record<string, unknown>) => (firstElement(d).owner = d),
      /^elements\[0\]\.owner: refers back/,
    ],
    [
      "NaN in a position",
      (d: Record<string, unknown>) => ((firstElement(d).position as { x: number }).x = NaN),
      /^elements\[0\]\.position\.x: is NaN/,
    ],
    [
      "a __proto__ key",
      (d: Record<string, unknown>) =>
        Object.defineProperty(firstElement(d), "__proto__", { value: {}, enumerable: true }),
      /^elements\[0\]\.__proto__: cannot be a key/,
    ],
    [
      "a model id equal to an element id",
      (d: Record<string, unknown>) => (firstElement(d).id = "m"),
      /^elements\[\d+\]\.id: "m" is also the id of the model/,
    ],
  ])("%s is refused, naming the field", async (_label, damage, line) => {
    const doc = sample();
    damage(doc);
    const loaded = await loadRow(doc);
    expect(loaded.status).toBe("corrupt");
    if (loaded.status !== "corrupt") return;
    expect(
      loaded.errors.some((e) => line.test(e)),
      loaded.errors.join("\n"),
    ).toBe(true);
  });

  it("the same document without them opens", async () => {
    expect((await loadRow(sample())).status).toBe("loaded");
  });
});
