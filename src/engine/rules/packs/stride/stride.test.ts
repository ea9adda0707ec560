import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../../../domain/schema";
import { evaluate } from "../../../evaluate";
import { STRIDE_CHART, chartElementsOf, type ChartElement } from "../../../catalog/charts";
import { entity, flow, modelOf, proc, store, zone } from "../../../testing/models";
import { randomModel } from "../../../testing/randomModel";
import type { EvaluationResult, Finding } from "../../../types";
import { RuleSchema } from "../../schema";
import { STRIDE_RULES } from "./index";

const RULES = STRIDE_RULES.map((r) => RuleSchema.parse(r));
const evaluated = (model: ThreatModel): EvaluationResult => evaluate(model, { rules: RULES });
const run = (model: ThreatModel): Finding[] => evaluated(model).findings;
const on = (findings: Finding[], id: string) => findings.filter((f) => f.targetIds[0] === id);
const ids = (findings: Finding[]) => findings.map((f) => f.id);
/** The facts asked about one subject, and the rules each question would settle. */
const asked = (result: EvaluationResult, subjectId: string) =>
  result.questions
    .filter((q) => q.subjectId === subjectId)
    .map((q) => [q.fact, q.dependents.map((d) => d.ruleId)]);

describe("STRIDE per element, in context", () => {
  it("has rules for every category of the STRIDE chart of every element type", () => {
    for (const [element, categories] of Object.entries(STRIDE_CHART) as [
      ChartElement,
      readonly string[],
    ][]) {
      for (const category of categories) {
        // A flow is denied by overloading or cutting off its ends: D is rated on processes
        // and stores (rate limits, capacity), never as a finding of its own on every flow.
        if (element === "flow" && category === "D") continue;
        const covering = RULES.filter(
          (r) =>
            r.categories.stride.includes(category as never) && chartElementsOf(r).includes(element),
        );
        expect(covering.length, `${element} ${category}`).toBeGreaterThan(0);
      }
    }
  });

  it.each([1, 2, 3, 4])(
    "says at most a few things per element on a random model, each once (random model %i)",
    (seed) => {
      const model = randomModel(160, seed);
      const result = evaluated(model);
      const items = model.elements.length + model.flows.length;
      expect(result.findings.length / items).toBeLessThanOrEqual(4);
      expect(new Set(ids(result.findings)).size).toBe(result.findings.length);
      const questionIds = result.questions.map((q) => q.id);
      expect(new Set(questionIds).size).toBe(questionIds.length);
      // A root cause is said once per item, however many rules name it.
      const causes = result.findings.map((f) => `${f.rootCause}@${f.targetIds.join(">")}`);
      expect(new Set(causes).size).toBe(causes.length);
    },
  );

  describe("flow information disclosure", () => {
    const model = (encryptedInTransit: string, carriesPersonalData = "yes") =>
      modelOf(
        [proc("a"), proc("b")],
        [flow("f", "a", "b", { encryptedInTransit, carriesPersonalData }, { label: "Prompts" })],
      );
    const disclosure = (m: ThreatModel) =>
      on(run(m), "f").filter((f) => f.categories.stride.includes("I"));

    it("is a high finding when sensitive data travels unencrypted", () => {
      expect(disclosure(model("no"))).toMatchObject([
        {
          id: "STRIDE-FLOW-I-01@f",
          severity: "high",
          because: [
            { subjectId: "f", fact: "encryptedInTransit", value: "no" },
            { subjectId: "f", fact: "carriesPersonalData", value: "yes" },
          ],
        },
      ]);
    });

    it("is a question when encryption is unknown", () => {
      const result = evaluated(model("unknown"));
      expect(on(result.findings, "f")).toEqual([]);
      const [question] = result.questions.filter((q) => q.subjectId === "f");
      expect(question).toMatchObject({
        id: "encryptedInTransit@f",
        text: "Is the flow Prompts encrypted in transit?",
        dependents: [{ findingId: "STRIDE-FLOW-I-01@f", severity: "high" }],
      });
    });

    it("says nothing about disclosure in transit once the flow is encrypted", () => {
      const result = evaluated(model("yes"));
      expect(disclosure(model("yes"))).toEqual([]);
      expect(asked(result, "f")).toEqual([]);
    });

    it("for clear text known not to be sensitive, asks whether it leaves networks you control", () => {
      const m = modelOf(
        [proc("a"), proc("b")],
        [
          flow("f", "a", "b", {
            encryptedInTransit: "no",
            carriesPersonalData: "no",
            classification: "public",
          }),
        ],
      );
      expect(disclosure(m)).toEqual([]);
      expect(asked(evaluated(m), "f")).toEqual([["overPublicNetwork", ["STRIDE-FLOW-I-02"]]]);
      const overInternet = modelOf(m.elements, [
        { ...m.flows[0]!, props: { ...m.flows[0]!.props, overPublicNetwork: "yes" } },
      ]);
      expect(disclosure(overInternet)).toMatchObject([
        { id: "STRIDE-FLOW-I-02@f", severity: "medium" },
      ]);
    });
  });

  it("asks an authenticated, encrypted flow nothing about tampering", () => {
    const m = modelOf(
      [proc("a"), proc("b")],
      [
        flow("f", "a", "b", {
          encryptedInTransit: "yes",
          authenticated: "yes",
          integrityVerified: "yes",
        }),
      ],
    );
    const result = evaluated(m);
    expect(on(result.findings, "f")).toEqual([]);
    expect(asked(result, "f")).toEqual([]);
  });

  it("raises repudiation on a data store only when it holds logs", () => {
    const m = modelOf([
      store("logs", { storesLogs: "yes", integrityVerified: "no" }),
      store("plain", { storesLogs: "no", integrityVerified: "no" }),
      store("unsure", { storesLogs: "unknown", integrityVerified: "no" }),
    ]);
    const findings = run(m).filter((f) => f.pack === "stride" && f.scope === "element");
    // In the log store, altered records are erased evidence: one finding, in those words.
    expect(findings.map((f) => [f.id, f.categories.stride])).toEqual([
      ["STRIDE-STORE-R-01@logs", ["T", "R"]],
      ["STRIDE-STORE-T-01@plain", ["T"]],
      ["STRIDE-STORE-T-01@unsure", ["T"]],
    ]);
    expect(findings[0]?.aliases).toContain("STRIDE-STORE-T-01@logs");
  });

  it("words process findings by exposure", () => {
    const m = modelOf(
      [
        entity("user", { audience: "anonymous", authenticated: "no" }),
        entity("staff", { audience: "employees", authenticated: "yes" }),
        proc("edge", { authenticatesCallers: "no" }),
        proc("core", { authenticatesCallers: "no", internetExposed: "no" }),
      ],
      [flow("f1", "user", "edge", { authenticated: "no" }), flow("f2", "staff", "core")],
    );
    const spoofing = run(m).filter((f) => f.id.startsWith("STRIDE-PROC-S"));
    expect(spoofing.map((f) => [f.id, f.severity, f.title])).toEqual([
      ["STRIDE-PROC-S-01@edge", "high", "Outsiders can call edge without proving who they are"],
      [
        "STRIDE-PROC-S-02@core",
        "medium",
        "Any workload inside the network can call core as any other",
      ],
    ]);
  });

  it("flags unauthenticated flows entering a more trusted zone, per interaction", () => {
    const m = modelOf(
      [
        zone("dmz", "dmz", 30),
        zone("core", "inference", 60),
        proc("gw", {}, { parentId: "dmz" }),
        proc("srv", {}, { parentId: "core" }),
      ],
      [
        flow("in", "gw", "srv", { authenticated: "no" }),
        flow("out", "srv", "gw", { authenticated: "yes" }),
      ],
    );
    const crossings = run(m).filter((f) => f.scope === "crossing");
    expect(crossings.map((f) => [f.id, f.title])).toEqual([
      [
        "STRIDE-CROSS-S-01@gw>in>srv",
        "Data on in enters core unauthenticated: anyone on the path can forge what gw sends",
      ],
    ]);
  });

  it("notices a model without any trust boundary", () => {
    expect(ids(run(modelOf([proc("a"), proc("b")])))).toContain("STRIDE-MODEL-01@model");
    expect(ids(run(modelOf([proc("a")])))).not.toContain("STRIDE-MODEL-01@model");
    expect(ids(run(modelOf([zone("z", "dmz", 30), proc("a"), proc("b")])))).not.toContain(
      "STRIDE-MODEL-01@model",
    );
  });
});
