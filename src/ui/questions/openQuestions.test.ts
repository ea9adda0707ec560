import { describe, expect, it } from "vitest";
import type { EvaluationResult, Finding } from "../../engine/types";
import { finding } from "../findings/testing";
import { openQuestions } from "./openQuestions";

const question = (ruleId: string, severity: Finding["severity"], facts: Array<[string, string]>) =>
  finding({
    ruleId,
    kind: "question",
    severity,
    title: `${ruleId} title`,
    questions: facts.map(([subjectId, fact]) => ({
      subjectId,
      fact: fact as Finding["questions"][number]["fact"],
      text: `Does ${subjectId} ${fact}?`,
    })),
  });

const result = (findings: Finding[]): EvaluationResult => ({ findings, byTarget: new Map() });

describe("openQuestions", () => {
  it("asks each element-and-fact once, listing every threat that hinges on it", () => {
    const list = openQuestions(
      result([
        question("A", "medium", [["gw", "authenticatesCallers"]]),
        question("B", "critical", [
          ["gw", "authenticatesCallers"],
          ["f1", "encryptedInTransit"],
        ]),
        finding({ ruleId: "C", severity: "high" }),
      ]),
    );
    expect(list.map((q) => q.key)).toEqual(["gw:authenticatesCallers", "f1:encryptedInTransit"]);
    const gw = list[0]!;
    expect(gw.highest).toBe("critical");
    expect(gw.dependents.map((d) => d.title)).toEqual(["B title", "A title"]);
    expect(gw.text).toBe("Does gw authenticatesCallers?");
  });

  it("puts the questions whose answer matters most first and leaves findings out", () => {
    const list = openQuestions(
      result([
        question("low", "low", [["a", "validatesInput"]]),
        question("high", "high", [["b", "validatesInput"]]),
        finding({ ruleId: "plain", severity: "critical" }),
      ]),
    );
    expect(list.map((q) => q.subjectId)).toEqual(["b", "a"]);
    expect(openQuestions(result([finding()]))).toEqual([]);
  });
});
