import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../../../domain/schema";
import { evaluate } from "../../../evaluate";
import { entity, flow, modelOf, proc, store } from "../../../testing/models";
import type { Finding } from "../../../types";
import { RuleSchema } from "../../schema";
import { LINDDUN_RULES } from "./index";

const RULES = LINDDUN_RULES.map((r) => RuleSchema.parse(r));
const run = (model: ThreatModel): Finding[] => evaluate(model, { rules: RULES }).findings;

function codesByTarget(
  findings: Finding[],
  kind: Finding["kind"] = "finding",
): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const f of findings) {
    if (f.kind !== kind) continue;
    const set = (out[f.targetIds[0]!] ??= new Set());
    f.categories.linddun.forEach((c) => set.add(c));
  }
  return Object.fromEntries(Object.entries(out).map(([id, set]) => [id, [...set].sort()]));
}

describe("LINDDUN, triggered by personal data", () => {
  it("stays silent where there is no personal data", () => {
    const m = modelOf(
      [
        entity("user", { entityKind: "human" }),
        proc("app"),
        store("db", { containsPersonalData: "no" }),
      ],
      [
        flow("f1", "user", "app", { carriesPersonalData: "no" }),
        flow("f2", "app", "db", { carriesPersonalData: "no" }),
      ],
    );
    expect(run(m)).toEqual([]);
  });

  it("asks once per element while personal data is unknown", () => {
    const m = modelOf(
      [proc("client"), proc("app"), store("db")],
      [flow("call", "client", "app"), flow("save", "app", "db")],
    );
    const questions = run(m).filter((f) => f.kind === "question");
    expect(questions.map((f) => [f.id, f.questions.map((q) => q.text)])).toEqual([
      ["LINDDUN-PROC-LI-01@app", ["Does app process personal data?"]],
      ["LINDDUN-STORE-LI-01@db", ["Does db process personal data?"]],
      ["LINDDUN-FLOW-LI-01@call", ["Does the flow call carry personal data?"]],
      ["LINDDUN-FLOW-LI-01@save", ["Does the flow save carry personal data?"]],
    ]);
    expect(run(m).filter((f) => f.kind === "finding")).toEqual([]);
  });

  it("covers the chart for each element type that handles personal data", () => {
    const m = modelOf(
      [
        entity("person", { entityKind: "human" }),
        proc("app"),
        store("db", {
          containsPersonalData: "yes",
          storesLogs: "yes",
          encryptedAtRest: "no",
          retentionDays: 400,
        }),
        entity("partner", { entityKind: "system" }),
      ],
      [
        flow("signup", "person", "app", {
          carriesPersonalData: "yes",
          encryptedInTransit: "yes",
          authenticated: "yes",
        }),
        flow("save", "app", "db", { carriesPersonalData: "yes", encryptedInTransit: "no" }),
        flow("share", "app", "partner", { carriesPersonalData: "yes", encryptedInTransit: "yes" }),
      ],
    );
    expect(codesByTarget(run(m))).toEqual({
      // The person who sends personal data: unawareness, per interaction.
      person: ["U"],
      app: ["D", "DD", "I", "L", "Nc", "Nr"],
      db: ["D", "DD", "I", "L", "Nc", "Nr"],
      partner: ["I", "L"],
      signup: ["D", "DD", "I", "L", "Nc", "Nr"],
      save: ["D", "DD", "I", "L", "Nc"],
      share: ["D", "DD", "I", "L", "Nc"],
    });
  });

  it("words store findings by the store's protection and retention", () => {
    const m = modelOf([
      store("clear", { containsPersonalData: "yes", encryptedAtRest: "no", retentionDays: 30 }),
      store("sealed", { containsPersonalData: "yes", encryptedAtRest: "yes" }),
    ]);
    const findings = run(m);
    const byId = (id: string) => findings.find((f) => f.id === id);
    expect(byId("LINDDUN-STORE-DD-01@clear")).toMatchObject({ kind: "finding", severity: "high" });
    expect(byId("LINDDUN-STORE-NC-02@clear")).toMatchObject({ kind: "finding", severity: "low" });
    expect(byId("LINDDUN-STORE-DD-02@sealed")).toMatchObject({
      kind: "finding",
      severity: "medium",
    });
    expect(byId("LINDDUN-STORE-NC-01@sealed")?.questions.map((q) => q.text)).toEqual([
      "How long does sealed keep its records?",
    ]);
  });

  it("names the external party personal data goes to", () => {
    const m = modelOf(
      [
        entity("shopper", { entityKind: "human" }),
        proc("app", {}, { name: "Checkout" }),
        entity("psp", {}, { name: "Payment provider" }),
      ],
      [
        flow("order", "shopper", "app", { carriesPersonalData: "yes" }),
        flow("pay", "app", "psp", { carriesPersonalData: "yes" }),
      ],
    );
    const finding = run(m).find((f) => f.id === "LINDDUN-PROC-DD-01@app");
    expect(finding?.title).toBe(
      "Checkout passes personal data to Payment provider, outside the system",
    );
  });
});
