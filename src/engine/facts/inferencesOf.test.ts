import { describe, expect, it } from "vitest";
import { entity, flow, modelOf, proc, store, zone } from "../testing/models";
import { inferencesOf } from "./inferencesOf";

describe("inferencesOf", () => {
  const model = modelOf(
    [
      zone("train", "training", 70),
      proc("job", { mlKind: "training-job" } as never, {
        parentId: "train",
        mlKind: "training-job",
      }),
      store("weights", {}, { mlKind: "model-artifact-store" }),
      entity("client"),
      proc("api", { authenticatesCallers: "yes" }),
    ],
    [
      flow("tls", "client", "api", { protocol: "HTTPS" }),
      flow("said", "client", "api", { protocol: "HTTPS", encryptedInTransit: "no" }),
      flow("files", "job", "weights"),
    ],
  );

  it("says what a technology tag implies for a flow, and why", () => {
    expect(inferencesOf(model, "tls")).toContainEqual({
      prop: "encryptedInTransit",
      value: "yes",
      reason: expect.objectContaining({ kind: "technology" }),
    });
  });

  it("never infers over an explicit answer", () => {
    expect(inferencesOf(model, "said").map((i) => i.prop)).not.toContain("encryptedInTransit");
  });

  it("infers from the ML kind and from the zone of an element", () => {
    const job = inferencesOf(model, "job");
    expect(job).toContainEqual({
      prop: "internetExposed",
      value: "no",
      reason: { kind: "mlKind", mlKind: "training-job" },
    });
  });

  it("has nothing for boundaries, answered elements or unknown ids", () => {
    expect(inferencesOf(model, "train")).toEqual([]);
    expect(inferencesOf(model, "nope")).toEqual([]);
  });
});
