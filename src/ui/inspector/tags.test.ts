import { describe, expect, it } from "vitest";
import { addTags, removeTag, splitTagInput } from "./tags";

describe("splitTagInput", () => {
  it("finishes everything on Enter or blur", () => {
    expect(splitTagInput(" vLLM , Kubernetes,,  ", true)).toEqual({
      tags: ["vLLM", "Kubernetes"],
      remainder: "",
    });
  });

  it("keeps the piece after the last comma while typing", () => {
    expect(splitTagInput("vLLM, Kube", false)).toEqual({ tags: ["vLLM"], remainder: "Kube" });
    expect(splitTagInput("vLLM,", false)).toEqual({ tags: ["vLLM"], remainder: "" });
    expect(splitTagInput("no comma yet", false)).toEqual({ tags: [], remainder: "no comma yet" });
  });

  it("ignores empty pieces", () => {
    expect(splitTagInput(",", false)).toEqual({ tags: [], remainder: "" });
    expect(splitTagInput("   ", true)).toEqual({ tags: [], remainder: "" });
  });
});

describe("addTags", () => {
  it("appends trimmed tags in order", () => {
    expect(addTags(["REST"], [" vLLM ", "gRPC"])).toEqual({
      ok: true,
      tags: ["REST", "vLLM", "gRPC"],
      changed: true,
    });
  });

  it("drops duplicates, ignoring case, and says nothing changed", () => {
    expect(addTags(["vLLM"], ["vllm", "VLLM"])).toEqual({
      ok: true,
      tags: ["vLLM"],
      changed: false,
    });
    expect(addTags([], ["a", "A"])).toEqual({ ok: true, tags: ["a"], changed: true });
  });

  it("refuses a tag longer than the schema allows, naming it", () => {
    const long = "x".repeat(61);
    const result = addTags(["REST"], ["ok", long]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^Tag "x+…" is longer than 60 characters$/);
    }
  });

  it("refuses more than 50 tags", () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `t${i}`);
    expect(addTags(fifty, ["one more"])).toEqual({
      ok: false,
      message: "Technologies can have at most 50 entries",
    });
  });
});

describe("removeTag", () => {
  it("removes by position, leaving the input untouched", () => {
    const tags = ["a", "b", "c"];
    expect(removeTag(tags, 1)).toEqual(["a", "c"]);
    expect(tags).toEqual(["a", "b", "c"]);
  });
});
