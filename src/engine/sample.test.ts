import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { evaluate } from "./evaluate";

const sample = createLlmInferencePipelineSample("sample");
const result = evaluate(sample);
const byId = (id: string) => result.findings.find((f) => f.id === id);

describe("the LLM inference pipeline sample", () => {
  it("finds the unencrypted gateway-to-inference traffic once, as the model-output threat it carries", () => {
    const finding = byId("AI-OUTINT-01@api-gateway>flow-forward>inference-server");
    expect(finding).toMatchObject({ categories: { stride: ["T", "I"], linddun: ["DD"] } });
    expect(finding?.because).toContainEqual({
      subjectId: "flow-forward",
      fact: "encryptedInTransit",
      value: "no",
    });
    // The generic clear-text findings on the same flow are folded in, and keep their ids.
    expect(finding?.folded.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(["STRIDE-FLOW-I-01", "LINDDUN-FLOW-DD-01"]),
    );
    expect(finding?.aliases).toEqual(
      expect.arrayContaining(["STRIDE-FLOW-I-01@flow-forward", "LINDDUN-FLOW-DD-01@flow-forward"]),
    );
    expect(byId("STRIDE-FLOW-I-01@flow-forward")).toBeUndefined();
  });

  it("finds unauthenticated traffic entering the inference zone, and the unauthenticated deployment webhook", () => {
    expect(byId("STRIDE-CROSS-S-01@api-gateway>flow-forward>inference-server")).toMatchObject({
      because: [
        { subjectId: "flow-forward", fact: "trustDirection", value: "up" },
        { subjectId: "flow-forward", fact: "authenticated", value: "no" },
      ],
    });
    const webhook = byId("AI-DEPLOY-01@model-registry>flow-webhook>deploy-pipeline");
    expect(webhook?.severity).toBe("critical");
    expect(webhook?.aliases).toContain(
      "STRIDE-CROSS-S-02@model-registry>flow-webhook>deploy-pipeline",
    );
  });

  it("finds prompts and personal data kept in the inference log store, and asks how long they are kept", () => {
    const logs = byId("AI-PRIV-01@inference-logs");
    expect(logs?.categories.linddun).toEqual(expect.arrayContaining(["Nr", "DD"]));
    expect(logs?.aliases).toContain("LINDDUN-STORE-NR-01@inference-logs");
    const retention = result.questions.find((q) => q.id === "retentionDays@inference-logs");
    expect(retention?.text).toBe("How many days does Inference log store keep its records?");
    expect(retention?.dependents.map((d) => d.ruleId)).toContain("LINDDUN-STORE-NC-01");
  });

  it("asks each unknown fact once, and never about a fact a finding already settles", () => {
    const ids = result.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.questions.length).toBeLessThanOrEqual(2 * sample.elements.length);
    for (const question of result.questions) expect(question.dependents.length).toBeGreaterThan(0);
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
