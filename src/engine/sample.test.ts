import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { evaluate } from "./evaluate";

const sample = createLlmInferencePipelineSample("sample");
const result = evaluate(sample);
const byId = (id: string) => result.findings.find((f) => f.id === id);

describe("the LLM inference pipeline sample", () => {
  it("finds the unencrypted gateway-to-inference traffic", () => {
    const finding = byId("STRIDE-FLOW-I-01@flow-forward");
    expect(finding).toMatchObject({
      kind: "finding",
      categories: { stride: ["I"] },
      severity: "high",
    });
    expect(finding?.because).toContainEqual({
      subjectId: "flow-forward",
      fact: "encryptedInTransit",
      value: "no",
    });
    expect(finding?.title).toBe("Sensitive data on Authenticated requests travels unencrypted");
    expect(byId("LINDDUN-FLOW-DD-01@flow-forward")).toMatchObject({ kind: "finding" });
  });

  it("finds unauthenticated traffic entering the inference zone", () => {
    expect(byId("STRIDE-CROSS-S-01@api-gateway>flow-forward>inference-server")).toMatchObject({
      kind: "finding",
      because: [
        { subjectId: "flow-forward", fact: "trustDirection", value: "up" },
        { subjectId: "flow-forward", fact: "authenticated", value: "no" },
      ],
    });
    expect(byId("STRIDE-CROSS-S-02@model-registry>flow-webhook>deploy-pipeline")).toMatchObject({
      kind: "finding",
    });
  });

  it("finds prompts and personal data kept in the inference log store (LINDDUN)", () => {
    const linddun = result.byTarget.get("inference-logs")!.filter((f) => f.pack === "linddun");
    expect(linddun.filter((f) => f.kind === "finding").map((f) => f.id)).toEqual(
      expect.arrayContaining([
        "LINDDUN-STORE-LI-01@inference-logs",
        "LINDDUN-STORE-NR-01@inference-logs",
      ]),
    );
    expect(byId("LINDDUN-STORE-NR-01@inference-logs")?.because).toEqual([
      { subjectId: "inference-logs", fact: "handlesPersonalData", value: "yes" },
      { subjectId: "inference-logs", fact: "storesLogs", value: "yes" },
    ]);
    expect(byId("LINDDUN-STORE-NC-01@inference-logs")?.questions.map((q) => q.text)).toEqual([
      "How long does Inference log store keep its records?",
    ]);
  });

  it("keeps every finding id when every element and flow is renamed", () => {
    const renamed = {
      ...sample,
      elements: sample.elements.map((e, i) => ({ ...e, name: i % 3 === 0 ? "" : `Renamed ${i}` })),
      flows: sample.flows.map((f, i) => ({ ...f, label: i % 2 === 0 ? "" : `Flow ${i}` })),
    };
    const after = evaluate(renamed);
    expect(after.findings.map((f) => f.id)).toEqual(result.findings.map((f) => f.id));
    expect(after.findings.map((f) => f.title)).not.toEqual(result.findings.map((f) => f.title));
  });

  it("is deterministic", () => {
    expect(evaluate(sample)).toEqual(result);
  });

  it("groups findings by every id they name, in result order", () => {
    const ids = new Set(result.findings.flatMap((f) => f.targetIds));
    expect(new Set(result.byTarget.keys())).toEqual(ids);
    for (const id of ids) {
      expect(result.byTarget.get(id)).toEqual(
        result.findings.filter((f) => f.targetIds.includes(id)),
      );
    }
  });

  it("ids are unique", () => {
    expect(new Set(result.findings.map((f) => f.id)).size).toBe(result.findings.length);
  });
});
