import { describe, expect, it } from "vitest";
import type { Finding } from "../../engine/types";
import {
  elementOptions,
  filterFindings,
  inFocus,
  isFiltering,
  NO_FILTER,
  searchTerms,
  searchText,
  withFramework,
  type FindingsFilter,
} from "./filters";
import { buildTargetIndex } from "./targets";
import { finding, sampleDoc, installCatalogsForTests } from "./testing";

installCatalogsForTests();

const index = buildTargetIndex(sampleDoc());
const poison = finding({
  ruleId: "AI-POISON-01",
  targetIds: ["provider", "f1", "store"],
  title: "Anyone posing as Data vendor can poison the training data",
  severity: "high",
  categories: { stride: ["S", "T"], linddun: [], ai: [] },
  references: { atlas: ["AML.T0020"], owasp: ["ML02:2023"] },
});
const privacy = finding({
  ruleId: "LINDDUN-STORE-LI-01",
  targetIds: ["store"],
  title: "Records can be joined to identify people",
  severity: "medium",
  categories: { stride: [], linddun: ["L", "I"], ai: [] },
});
const trust = finding({
  ruleId: "STRIDE-PROC-T-01",
  targetIds: ["job"],
  title: "The job trusts its input",
  description: "Nothing checks what the job reads.",
  severity: "high",
  folded: [
    { ruleId: "AI-INPUT-02", findingId: "AI-INPUT-02@job", title: "Unvalidated training input" },
  ],
});
const model = finding({ ruleId: "AI-MONITOR-01", targetIds: ["model"], severity: "low" });
const all = [poison, privacy, trust, model];

const text = (f: Finding) => searchText(f, index);
const run = (filter: Partial<FindingsFilter>) =>
  filterFindings(all, { ...NO_FILTER, ...filter }, text).map((f) => f.ruleId);

describe("filters", () => {
  it("shows everything without filters", () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(run({})).toHaveLength(4);
    expect(isFiltering({ ...NO_FILTER, search: "   " })).toBe(false);
  });

  it("filters by framework, category and severity", () => {
    expect(run({ framework: "linddun" })).toEqual(["LINDDUN-STORE-LI-01"]);
    expect(run({ framework: "stride" })).toEqual([
      "AI-POISON-01",
      "STRIDE-PROC-T-01",
      "AI-MONITOR-01",
    ]);
    expect(run({ category: "stride:S" })).toEqual(["AI-POISON-01"]);
    expect(run({ category: "linddun:I" })).toEqual(["LINDDUN-STORE-LI-01"]);
    expect(run({ severity: "high" })).toEqual(["AI-POISON-01", "STRIDE-PROC-T-01"]);
    expect(run({ severity: "high", category: "stride:S" })).toEqual(["AI-POISON-01"]);
  });

  it("filters by element, including interactions it is an end of", () => {
    expect(run({ element: "store" })).toEqual(["AI-POISON-01", "LINDDUN-STORE-LI-01"]);
    expect(run({ element: "f1" })).toEqual(["AI-POISON-01"]);
    expect(run({ element: "job" })).toEqual(["STRIDE-PROC-T-01"]);
  });

  it("searches title, description, element names, rule ids, references and what was folded in, all words", () => {
    expect(run({ search: "poison" })).toEqual(["AI-POISON-01"]);
    expect(run({ search: "daily batch" })).toEqual(["AI-POISON-01"]);
    expect(run({ search: "aml.t0020" })).toEqual(["AI-POISON-01"]);
    expect(run({ search: "Data Poisoning Attack" })).toEqual(["AI-POISON-01"]);
    expect(run({ search: "linddun-store" })).toEqual(["LINDDUN-STORE-LI-01"]);
    expect(run({ search: "checks what" })).toEqual(["STRIDE-PROC-T-01"]);
    expect(run({ search: "ai-input-02" })).toEqual(["STRIDE-PROC-T-01"]);
    expect(run({ search: "unvalidated training" })).toEqual(["STRIDE-PROC-T-01"]);
    expect(run({ search: "Training data" })).toEqual(["AI-POISON-01", "LINDDUN-STORE-LI-01"]);
    expect(run({ search: "vendor identify" })).toEqual([]);
    expect(searchTerms("  Two   words ")).toEqual(["two", "words"]);
  });

  it("drops a category of the other framework when the framework changes", () => {
    const f = { ...NO_FILTER, category: "stride:T" };
    expect(withFramework(f, "stride").category).toBe("stride:T");
    expect(withFramework(f, "linddun").category).toBe("");
    expect(withFramework(f, "all").category).toBe("stride:T");
  });

  it("focuses on one element or flow", () => {
    expect(inFocus(all, null)).toBe(all);
    expect(inFocus(all, "provider").map((f) => f.ruleId)).toEqual(["AI-POISON-01"]);
    expect(inFocus(all, "f2")).toEqual([]);
  });

  it("offers every element or flow with findings, by name, with counts", () => {
    expect(elementOptions(all, index)).toEqual([
      { id: "provider", label: "Data vendor", count: 1 },
      { id: "f1", label: "Flow: Data vendor → Daily batch → Training data", count: 1 },
      { id: "store", label: "Training data", count: 2 },
      { id: "job", label: "Unnamed process", count: 1 },
    ]);
  });

  it("does not mutate the input", () => {
    const copy = [...all];
    filterFindings(all, { ...NO_FILTER, severity: "high" }, text);
    expect(all).toEqual(copy);
  });
});
