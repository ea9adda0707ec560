import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../../../domain/samples/llmInferencePipeline";
import type { FlowProps } from "../../../../domain/schema";
import {
  atlasAdded,
  atlasEntry,
  atlasSuccessor,
  chartViolations,
  owaspEntry,
} from "../../../catalog";
import { evaluate } from "../../../evaluate";
import type { Finding, Question } from "../../../types";
import { loadRules } from "../../index";
import { RuleSchema } from "../../schema";
import { AI_RULES, RETIRED_AI_RULE_IDS } from "./index";
import { AI_RULE_SET, buildModel, entity, flow, proc, store, zone } from "./test-utils";

describe("AI rule pack, as data", () => {
  it("has at least 40 rules, each valid against RuleSchema", () => {
    expect(AI_RULES.length).toBeGreaterThanOrEqual(40);
    for (const rule of AI_RULES) {
      const parsed = RuleSchema.safeParse(rule);
      expect(parsed.success, `${rule.id}: ${parsed.error?.message ?? ""}`).toBe(true);
    }
  });

  it("uses unique ids, all in the ai pack", () => {
    const ids = AI_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of AI_RULES) {
      expect(rule.pack).toBe("ai");
      expect(rule.id).toMatch(/^AI-/);
    }
  });

  it("never reuses a retired id", () => {
    const ids = new Set(AI_RULES.map((rule) => rule.id));
    for (const retired of RETIRED_AI_RULE_IDS) expect(ids.has(retired), retired).toBe(false);
  });

  it("loads without usage errors (bound subjects, placeholders)", () => {
    expect(loadRules({ ai: AI_RULES }).errors).toEqual([]);
  });

  it("stays inside the STRIDE / LINDDUN charts or says why not", () => {
    expect(AI_RULE_SET.flatMap(chartViolations)).toEqual([]);
  });

  it("cites current ATLAS ids (5.6.0, or added upstream since) and OWASP ids of the catalog", () => {
    for (const rule of AI_RULE_SET) {
      for (const id of rule.references.atlas) {
        expect(atlasEntry(id) ?? atlasAdded(id), `${rule.id} cites ${id}`).toBeDefined();
        expect(atlasSuccessor(id), `${rule.id} cites ${id}, retired upstream`).toBeUndefined();
      }
      for (const id of rule.references.owasp) {
        expect(owaspEntry(id), `${rule.id} cites ${id}`).toBeDefined();
      }
    }
  });

  it("maps every rule to at least one ATLAS or OWASP reference", () => {
    // Privacy and accountability threats no ATLAS or OWASP entry covers: linking people through
    // their requests, the duty to explain and contest automated decisions, behavioural profiles.
    const linddunOnly = new Set(["AI-PRIV-05", "AI-EXPLAIN-01", "AI-PRIV-12"]);
    for (const rule of AI_RULE_SET.filter((r) => !linddunOnly.has(r.id))) {
      const count = rule.references.atlas.length + rule.references.owasp.length;
      expect(count, rule.id).toBeGreaterThan(0);
    }
  });
});

describe("AI rules on the sample LLM inference pipeline", () => {
  const { findings } = evaluate(createLlmInferencePipelineSample("sample"));
  const finding = (id: string): Finding | undefined => findings.find((f) => f.id === id);

  it.each([
    ["model extraction through the inference API", "AI-EXTRACT-01@inference-server"],
    ["prompt injection", "AI-PROMPTINJ-01@inference-server"],
    ["weights tampering in the artifact store", "AI-TAMPER-01@artifact-store"],
    ["registry versions resolving to unverified weights", "AI-TAMPER-04@model-registry"],
    [
      "model replaced between the registry and the pipeline",
      "AI-TAMPER-02@model-registry>flow-webhook>deploy-pipeline",
    ],
    [
      "the unauthenticated deployment webhook",
      "AI-DEPLOY-01@model-registry>flow-webhook>deploy-pipeline",
    ],
    ["prompts with personal data kept in inference logs", "AI-PRIV-01@inference-logs"],
  ])("finds %s", (_what, id) => {
    expect(finding(id), id).toBeDefined();
  });

  it("maps extraction and prompt injection to ATLAS and OWASP", () => {
    const extraction = finding("AI-EXTRACT-01@inference-server")!;
    expect(extraction.references.atlas).toContain("AML.T0024.002");
    expect(extraction.references.owasp).toContain("ML05:2023");
    const injection = finding("AI-PROMPTINJ-01@inference-server")!;
    expect(injection.references.atlas).toContain("AML.T0051.000");
    expect(injection.references.owasp).toContain("LLM01:2025");
  });

  it("reports tampering (T) on both the artifact store and the registry", () => {
    for (const storeId of ["artifact-store", "model-registry"]) {
      const tampering = findings.filter(
        (f) =>
          f.targetIds[0] === storeId &&
          f.categories.stride.includes("T") &&
          f.references.atlas.includes("AML.T0018"),
      );
      expect(tampering.length, storeId).toBeGreaterThan(0);
    }
  });

  it("reports the inference logs under LINDDUN categories", () => {
    const logs = finding("AI-PRIV-01@inference-logs")!;
    expect(logs.categories.linddun).toEqual(expect.arrayContaining(["DD", "I", "Nc"]));
    expect(logs.title).toContain("Inference log store");
    expect(logs.title).toContain("GPU inference server");
  });

  it("does not flag unbounded consumption: the gateway in front is rate limited", () => {
    expect(findings.filter((f) => f.ruleId === "AI-DOS-01")).toEqual([]);
  });
});

describe("training-data poisoning, end to end", () => {
  const poisoningModel = (inbound: Partial<FlowProps>, placement: "outside" | "external-zone") =>
    buildModel(
      [
        ...(placement === "external-zone" ? [zone("internet", "external", 0)] : []),
        zone("data-zone", "data", 70),
        entity(
          "provider",
          "data-provider",
          {},
          placement === "external-zone" ? { in: "internet" } : {},
        ),
        store("training-data", "training-data-store", {}, { in: "data-zone" }),
        proc("training", "training-job", {}, { in: "data-zone" }),
      ],
      [flow("provider", "training-data", inbound), flow("training-data", "training")],
    );

  const isPoisoning = (f: Pick<Finding, "references">) =>
    f.references.atlas.includes("AML.T0020") || f.references.owasp.includes("ML02:2023");
  /** Poisoning on the way in: findings about the provider's flow (not about its data itself). */
  const poisoning = (findings: readonly Finding[]) =>
    findings.filter((f) => isPoisoning(f) && f.targetIds.includes("flow:provider->training-data"));
  /** The questions whose answer could add a poisoning finding. */
  const poisoningQuestions = (questions: readonly Question[]) =>
    questions.filter((q) =>
      q.dependents.some(
        (d) => isPoisoning(d) && d.targetIds.includes("flow:provider->training-data"),
      ),
    );

  describe.each(["outside", "external-zone"] as const)("provider %s", (placement) => {
    it("finds poisoning when the inbound flow is unauthenticated", () => {
      const { findings } = evaluate(poisoningModel({ authenticated: "no" }, placement));
      const found = poisoning(findings);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.references.atlas).toContain("AML.T0020");
        expect(f.references.owasp).toContain("ML02:2023");
        expect(f.targetIds).toEqual(["provider", "flow:provider->training-data", "training-data"]);
      }
    });

    it("asks instead of guessing when the inbound flow's protection is unknown", () => {
      const { findings, questions } = evaluate(poisoningModel({}, placement));
      expect(poisoning(findings)).toEqual([]);
      const asked = poisoningQuestions(questions);
      expect(asked.map((q) => q.subjectId)).toEqual(
        expect.arrayContaining(["flow:provider->training-data"]),
      );
      expect(asked.map((q) => q.fact)).toEqual(
        expect.arrayContaining(["authenticated", "integrityVerified"]),
      );
    });

    it("says nothing about poisoning once the flow is authenticated and integrity-checked", () => {
      const { findings, questions } = evaluate(
        poisoningModel({ authenticated: "yes", integrityVerified: "yes" }, placement),
      );
      expect(poisoning(findings)).toEqual([]);
      expect(poisoningQuestions(questions)).toEqual([]);
    });

    it("still finds the provider's own data a risk until its deliveries are vetted", () => {
      const authenticated = { authenticated: "yes", integrityVerified: "yes" } as const;
      const thirdParty = (model: ReturnType<typeof poisoningModel>) =>
        evaluate(model).findings.filter((f) => f.ruleId === "AI-POISON-05");
      expect(thirdParty(poisoningModel(authenticated, placement)).map((f) => f.targetIds)).toEqual([
        ["training-data"],
      ]);
      const vetted = poisoningModel(authenticated, placement);
      const vettedModel = {
        ...vetted,
        elements: vetted.elements.map((e) =>
          e.id === "training-data" ? { ...e, props: { ...e.props, sourcesVetted: "yes" } } : e,
        ),
      } as typeof vetted;
      expect(thirdParty(vettedModel)).toEqual([]);
    });
  });
});
