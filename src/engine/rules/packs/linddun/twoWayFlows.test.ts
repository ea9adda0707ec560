import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../../../domain/schema";
import { evaluate } from "../../../evaluate";
import { entity, flow, modelOf, proc, store } from "../../../testing/models";
import { RuleSchema } from "../../schema";
import { LINDDUN_RULES } from "./index";

/**
 * LINDDUN-INT-DD-03 and -04: the disclosures of INT-DD-01 and -02 drawn the other way, where the
 * outside party or the people open a two-way flow and personal data comes back on it.
 */

const RULES = LINDDUN_RULES.map((r) => RuleSchema.parse(r));

/** Findings and questions the rule contributes (its own finding, folded, or a question). */
function resultsOf(model: ThreatModel, ruleId: string) {
  const result = evaluate(model, { rules: RULES });
  return {
    findings: result.findings.filter(
      (f) => f.ruleId === ruleId || f.folded.some((x) => x.ruleId === ruleId),
    ),
    questions: result.questions.filter((q) => q.dependents.some((d) => d.ruleId === ruleId)),
  };
}

/** A caller that opens a two-way flow to our API and gets records back. */
function askingApi(caller: ReturnType<typeof entity>, carriesPersonalData = "yes") {
  return modelOf(
    [caller, proc("customer-api"), store("accounts", { containsPersonalData: "yes" })],
    [
      flow("lookup", caller.id, "customer-api", { carriesPersonalData }, { bidirectional: true }),
      flow("read", "accounts", "customer-api", { carriesPersonalData: "yes" }),
    ],
  );
}

/** People who query a store on a two-way flow (or, one-way, only write into it). */
function queriedStore(bidirectional: boolean) {
  return modelOf(
    [
      entity("analysts", { entityKind: "human", audience: "employees" }),
      store("warehouse", { containsPersonalData: "yes" }),
    ],
    [flow("query", "analysts", "warehouse", { carriesPersonalData: "yes" }, { bidirectional })],
  );
}

describe("LINDDUN-INT-DD-03: personal data answered to an outside party's two-way call", () => {
  it("fires when a partner's system looks customers up", () => {
    const { findings } = resultsOf(
      askingApi(entity("partner-crm", { entityKind: "system", audience: "partners" })),
      "LINDDUN-INT-DD-03",
    );
    expect(findings.map((f) => f.title)).toEqual([
      "Personal data leaves the system for partner-crm on lookup",
    ]);
    expect(findings[0]?.targetIds).toEqual(["partner-crm", "lookup", "customer-api"]);
  });

  it("stays silent, premise absent: customers' own app gets their own data back", () => {
    const results = resultsOf(
      askingApi(entity("mobile-app", { entityKind: "system", audience: "customers" })),
      "LINDDUN-INT-DD-03",
    );
    expect(results).toEqual({ findings: [], questions: [] });
  });

  it("stays silent, premise absent: the partner's calls carry no personal data", () => {
    const results = resultsOf(
      askingApi(entity("partner-crm", { entityKind: "system", audience: "partners" }), "no"),
      "LINDDUN-INT-DD-03",
    );
    expect(results).toEqual({ findings: [], questions: [] });
  });
});

describe("LINDDUN-INT-DD-04: people reading row-level records on a two-way flow into a store", () => {
  it("fires when employees query the store and records come back", () => {
    const { findings } = resultsOf(queriedStore(true), "LINDDUN-INT-DD-04");
    expect(findings.map((f) => f.title)).toEqual([
      "People at analysts read row-level personal records from warehouse directly",
    ]);
  });

  it("stays silent, premise absent: the people only write into the store", () => {
    const results = resultsOf(queriedStore(false), "LINDDUN-INT-DD-04");
    expect(results).toEqual({ findings: [], questions: [] });
  });
});
