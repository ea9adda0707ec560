import { describe, expect, it } from "vitest";
import { scalePath } from "./scalePath";

describe("scalePath", () => {
  it("scales coordinates and lengths of every command, written compactly or not", () => {
    expect(scalePath("M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18", 2)).toBe(
      "M 24 6 a 18 18 0 1 0 0 36 a 18 18 0 1 0 0 -36",
    );
    expect(scalePath("M4 6c0-2 16-2 16 0v12H4zM16 7h.01", 0.5)).toBe(
      "M 2 3 c 0 -1 8 -1 8 0 v 6 H 2 z M 8 3.5 h 0.005",
    );
  });

  it("keeps an arc's rotation and flags, over repeated arcs without a new command letter", () => {
    expect(scalePath("A 10 20 30 1 0 40 50 10 20 30 0 1 60 70", 0.5)).toBe(
      "A 5 10 30 1 0 20 25 5 10 30 0 1 30 35",
    );
  });

  it("is the same path at factor 1", () => {
    expect(scalePath("M3 12l9-9h8v8l-9 9z", 1)).toBe("M 3 12 l 9 -9 h 8 v 8 l -9 9 z");
  });
});
