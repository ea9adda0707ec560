import { describe, expect, it } from "vitest";
import { absoluteRect, indexModel, type Rect } from "../domain/graph";
import { CORPUS, loadCorpusModel } from "./index";

/**
 * The corpus doubles as the template gallery, opened on a canvas: boundaries must contain their
 * members, nothing may overlap its siblings, and the data should read left to right.
 */

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const centre = (rect: Rect) => rect.x + rect.width / 2;

describe.each(CORPUS.map((entry) => entry.id))("layout of %s", (id) => {
  it("keeps every element inside its boundary and apart from its siblings", async () => {
    const model = await loadCorpusModel(id);
    const index = indexModel(model);
    const rect = (elementId: string) => {
      const found = absoluteRect(index, elementId);
      if (!found) throw new Error(`no rectangle for ${elementId}`);
      return found;
    };
    for (const element of model.elements) {
      if (element.parentId === null) continue;
      expect(
        inside(rect(element.id), rect(element.parentId)),
        `${element.id} in its boundary`,
      ).toBe(true);
    }
    const siblings = new Map<string | null, string[]>();
    for (const element of model.elements) {
      siblings.set(element.parentId, [...(siblings.get(element.parentId) ?? []), element.id]);
    }
    for (const group of siblings.values()) {
      for (let i = 0; i < group.length; i += 1) {
        for (let j = i + 1; j < group.length; j += 1) {
          expect(overlap(rect(group[i]!), rect(group[j]!)), `${group[i]} / ${group[j]}`).toBe(
            false,
          );
        }
      }
    }
  });

  it("lays most flows out left to right, or straight down", async () => {
    const model = await loadCorpusModel(id);
    const index = indexModel(model);
    const forward = model.flows.filter((flow) => {
      const source = absoluteRect(index, flow.source);
      const target = absoluteRect(index, flow.target);
      return source && target && centre(target) >= centre(source) - 1;
    });
    // Feedback loops and results going back are drawn right to left; most data is not.
    expect(forward.length / model.flows.length).toBeGreaterThanOrEqual(0.6);
  });
});
