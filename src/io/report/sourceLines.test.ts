import { describe, expect, it } from "vitest";
import { idLines } from "./sourceLines";

describe("idLines", () => {
  it("finds the line of each id's first declaration", () => {
    const text = JSON.stringify(
      {
        id: "m",
        elements: [{ id: "a", parentId: "b" }, { id: "b" }],
        flows: [{ id: 'f "q"', source: "a" }],
      },
      null,
      2,
    );
    const lines = idLines(text);
    const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(lines.get("m")).toBe(2);
    expect(lines.get("a")).toBe(lineOf('"id": "a"'));
    expect(lines.get("b")).toBe(lineOf('"id": "b"'));
    expect(lines.get('f "q"')).toBe(lineOf('"id": "f \\"q\\""'));
  });

  it("copes with minified text and missing ids", () => {
    expect(idLines('{"id":"x","elements":[{"id":"y"}]}').get("y")).toBe(1);
    expect(idLines("not json").size).toBe(0);
  });
});
