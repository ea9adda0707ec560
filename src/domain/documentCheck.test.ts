import { describe, expect, it } from "vitest";
import { randomEdit } from "../engine/testing/randomEdits";
import { randomModel, seededRandom } from "../engine/testing/randomModel";
import { checkDocument, maxLengthOf } from "./documentCheck";
import { MAX_ELEMENTS, ThreatModelSchema, ThreatModelShape, type ThreatModel } from "./schema";
import { z } from "zod";

const valid = () => randomModel(60, 7);

function replaceElement(doc: ThreatModel, index: number, patch: Record<string, unknown>) {
  const elements = doc.elements.slice();
  elements[index] = { ...elements[index]!, ...patch } as ThreatModel["elements"][number];
  return { ...doc, elements };
}

describe("checkDocument", () => {
  it("accepts a valid document, fully and against itself", () => {
    const doc = valid();
    expect(checkDocument(doc)).toEqual({ ok: true });
    expect(checkDocument(doc, { since: doc })).toEqual({ ok: true });
  });

  it("finds a changed element the loader would reject, naming its field", () => {
    const doc = valid();
    const broken = replaceElement(doc, 5, { name: "x".repeat(201) });
    const check = checkDocument(broken, { since: doc });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual(["elements[5].name: is longer than 200 characters"]);
    expect(checkDocument(broken)).toMatchObject({ ok: false, errors: check.errors });
  });

  it("follows references over the whole document: a removed element leaves dangling flows", () => {
    const doc = valid();
    const victim = doc.flows[0]!.source;
    const broken = { ...doc, elements: doc.elements.filter((e) => e.id !== victim) };
    const check = checkDocument(broken, { since: doc });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors[0]).toMatch(/^flows\[\d+\]\.(source|target): refers to ".+", which is not/);
  });

  it("refuses a parent that is a flow", () => {
    const doc = valid();
    const broken = replaceElement(doc, doc.elements.length - 1, { parentId: doc.flows[0]!.id });
    const check = checkDocument(broken, { since: doc });
    expect(check).toMatchObject({ ok: false });
    if (check.ok) return;
    expect(check.errors[0]).toMatch(/parentId: refers to "flow-0", which is not an element/);
  });

  it("refuses more elements than a model may hold without parsing the unchanged ones", () => {
    const doc = valid();
    const extra = Array.from({ length: MAX_ELEMENTS }, (_, i) => ({
      ...doc.elements[doc.elements.length - 1]!,
      id: `extra-${i}`,
    }));
    const broken = { ...doc, elements: [...doc.elements, ...extra] };
    const check = checkDocument(broken, { since: doc });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors[0]).toMatch(/^elements: Too big: expected array to have <=20000 items/);
  });

  it("checks changed record entries and other fields", () => {
    const doc = valid();
    const triage = JSON.parse('{"__proto__": {"status": "open"}}') as ThreatModel["triage"];
    const check = checkDocument({ ...doc, triage }, { since: doc });
    expect(check).toMatchObject({ ok: false, errors: ["triage.__proto__: is not a finding id"] });
    const badDate = checkDocument({ ...doc, updatedAt: "yesterday" }, { since: doc });
    expect(badDate).toMatchObject({ ok: false });
    expect(
      checkDocument({ ...doc, triage: { "r@x": { status: "nope" } } } as unknown as ThreatModel, {
        since: doc,
      }),
    ).toMatchObject({ ok: false, errors: [expect.stringMatching(/^triage\["r@x"\]\.status: /)] });
    // Keys the app does not know are kept and never judged.
    expect(checkDocument({ ...doc, fromAnotherTool: { x: 1 } }, { since: doc })).toEqual({
      ok: true,
    });
  });

  it("agrees with a full parse over random edits, valid and broken", () => {
    const random = seededRandom(11);
    let doc = valid();
    for (let step = 0; step < 400; step++) {
      let next = randomEdit(doc, random).model;
      if (random() < 0.25 && next.elements.length > 0) {
        // Break something the way a faulty command could.
        const i = Math.floor(random() * next.elements.length);
        const breakers: Record<string, unknown>[] = [
          { parentId: "nowhere" },
          { name: 42 },
          { id: next.elements[0]!.id },
          { position: { x: Number.POSITIVE_INFINITY, y: 0 } },
          { parentId: next.elements[i]!.id },
        ];
        next = replaceElement(next, i, breakers[Math.floor(random() * breakers.length)]!);
      }
      const incremental = checkDocument(next, { since: doc }).ok;
      const full = ThreatModelSchema.safeParse(next).success;
      expect(incremental, `step ${step}`).toBe(full);
      if (full) doc = next;
    }
  });

  it("reads the array limits of the schema (or falls back to a full parse)", () => {
    const shape = ThreatModelShape.shape;
    const arrayOf = (schema: z.ZodType) =>
      (schema instanceof z.ZodDefault ? schema.unwrap() : schema) as z.ZodArray;
    expect(maxLengthOf(arrayOf(shape.elements))).toBe(20000);
    expect(maxLengthOf(arrayOf(shape.flows))).toBe(40000);
    expect(maxLengthOf(arrayOf(shape.decisionLog))).toBe(100000);
    expect(maxLengthOf(z.array(z.string()))).toBeNull();
    expect(maxLengthOf(z.array(z.string()).min(1))).toBeUndefined();
  });
});
