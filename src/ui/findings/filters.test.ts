import { describe, expect, it } from "vitest";
import type { Finding, Question } from "../../engine/types";
import {
  elementOptions,
  filterFindings,
  activeFilterCount,
  inScope,
  isFiltering,
  NO_FILTER,
  questionsInScope,
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

  it("lists the whole model, or what concerns any selected element or flow", () => {
    expect(inScope(all, null)).toBe(all);
    expect(inScope(all, ["provider"]).map((f) => f.ruleId)).toEqual(["AI-POISON-01"]);
    expect(inScope(all, ["f2"])).toEqual([]);
    expect(inScope(all, [])).toEqual([]);
    const both = inScope(all, ["provider", "store"]).map((f) => f.targetIds);
    // The poisoning finding concerns both: it is listed once.
    expect(both.length).toBe(2);
    expect(both.every((ids) => ids.includes("provider") || ids.includes("store"))).toBe(true);
  });

  it("lists the questions about the selection, or whose findings would concern it", () => {
    const question = (subjectId: string, dependentTargets: string[]): Question => ({
      id: `encrypted@${subjectId}`,
      subjectId,
      subjectKind: "flow",
      fact: "encryptedInTransit",
      text: "Is it encrypted?",
      dependents: [
        {
          ruleId: "R",
          findingId: `R@${dependentTargets.join(">")}`,
          rootCause: "r",
          title: "T",
          severity: "high",
          targetIds: dependentTargets,
          categories: { stride: ["I"], linddun: [], ai: [] },
          references: { atlas: [], owasp: [] },
        },
      ],
    });
    const aboutFlow = question("f1", ["provider", "f1", "store"]);
    const aboutStore = question("store", ["store"]);
    const questions = [aboutFlow, aboutStore];
    expect(questionsInScope(questions, null)).toBe(questions);
    expect(questionsInScope(questions, [])).toEqual([]);
    expect(questionsInScope(questions, ["f1"])).toEqual([aboutFlow]);
    // The flow's question decides a finding that names the vendor too.
    expect(questionsInScope(questions, ["provider"])).toEqual([aboutFlow]);
    expect(questionsInScope(questions, ["store"])).toEqual(questions);
    expect(questionsInScope(questions, ["job"])).toEqual([]);
  });

  it("counts the filters that narrow the list (search aside)", () => {
    expect(activeFilterCount(NO_FILTER)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTER, search: "x" })).toBe(0);
    expect(activeFilterCount({ ...NO_FILTER, severity: "high", framework: "stride" })).toBe(2);
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
