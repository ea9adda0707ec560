import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../domain/schema";
import type { FactName } from "../../engine/rules/facts";
import { answerable, answerCommand, buildSubjectIndex } from "./answers";
import { sampleDoc } from "../findings/testing";

describe("answering questions in the panel", () => {
  const doc = sampleDoc();
  const subjects = buildSubjectIndex(doc);

  it("answers stored properties of elements and flows, with the control that fits the fact", () => {
    expect(answerable({ subjectId: "f1", fact: "authenticated" }, subjects)).toEqual({
      subjectId: "f1",
      fact: "authenticated",
      on: "flow",
      control: {
        kind: "choice",
        options: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
      },
    });
    expect(answerable({ subjectId: "store", fact: "integrityVerified" }, subjects)?.on).toBe(
      "element",
    );
    const classification = answerable({ subjectId: "store", fact: "classification" }, subjects);
    expect(classification?.control.kind).toBe("choice");
    const values =
      classification?.control.kind === "choice"
        ? classification.control.options.map((o) => o.value)
        : [];
    expect(values).toContain("confidential");
    expect(values).not.toContain("unknown");
    expect(answerable({ subjectId: "store", fact: "retentionDays" }, subjects)?.control).toEqual({
      kind: "number",
      min: 0,
      max: 36500,
      unit: "days",
    });
  });

  it("never offers to answer a derived fact, a property the item does not have, or nothing", () => {
    expect(answerable({ subjectId: "job", fact: "publicReach" }, subjects)).toBeNull();
    expect(answerable({ subjectId: "job", fact: "encryptedAtRest" }, subjects)).toBeNull();
    expect(answerable({ subjectId: "zone", fact: "authenticated" }, subjects)).toBeNull();
    expect(answerable({ subjectId: "nope", fact: "authenticated" }, subjects)).toBeNull();
  });

  it("records the answer as one property edit", () => {
    const run = (d: ThreatModel, subjectId: string, fact: FactName, value: "yes" | "no") => {
      const q = answerable({ subjectId, fact }, buildSubjectIndex(d))!;
      const command = answerCommand(q, value);
      expect(command.history).toBe("record");
      const outcome = command.perform(d);
      if (!outcome.ok) throw new Error(outcome.error);
      return outcome.doc;
    };
    const afterFlow = run(doc, "f1", "authenticated", "no");
    expect(afterFlow.flows.find((f) => f.id === "f1")?.props.authenticated).toBe("no");
    const afterElement = run(doc, "store", "integrityVerified", "yes");
    const store = afterElement.elements.find((e) => e.id === "store");
    expect(store?.type === "dataStore" && store.props.integrityVerified).toBe("yes");
  });
});
