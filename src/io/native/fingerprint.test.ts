import { describe, expect, it } from "vitest";
import { createEmptyModel } from "../../domain/document";
import { documentFingerprint } from "./fingerprint";

describe("document fingerprint", () => {
  const model = createEmptyModel({ id: "m", name: "A" });
  it("is twelve hex digits, the same for the same content", () => {
    expect(documentFingerprint(model)).toMatch(/^[0-9a-f]{12}$/);
    expect(documentFingerprint({ ...model })).toBe(documentFingerprint(model));
  });
  it("changes with any change", () => {
    expect(documentFingerprint({ ...model, name: "B" })).not.toBe(documentFingerprint(model));
    expect(documentFingerprint({ ...model, owner: " " })).not.toBe(documentFingerprint(model));
  });
});
