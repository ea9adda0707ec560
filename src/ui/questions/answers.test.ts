import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../domain/schema";
import { answerable, answerCommand, buildSubjectIndex } from "./answers";
import { sampleDoc } from "./testing";

describe("answering questions in the panel", () => {
  const doc = sampleDoc();
  const subjects = buildSubjectIndex(doc);

  it("answers tri-state properties of elements and flows only", () => {
    expect(answerable({ subjectId: "f1", fact: "authenticated" }, subjects)).toEqual({
      subjectId: "f1",
      fact: "authenticated",
      on: "flow",
    });
    expect(answerable({ subjectId: "store", fact: "integrityVerified" }, subjects)?.on).toBe(
      "element",
    );
    // derived fact, enum, number, wrong element type, boundary, unknown subject
    expect(answerable({ subjectId: "job", fact: "reachableFromInternet" }, subjects)).toBeNull();
    expect(answerable({ subjectId: "store", fact: "classification" }, subjects)).toBeNull();
    expect(answerable({ subjectId: "store", fact: "retentionDays" }, subjects)).toBeNull();
    expect(answerable({ subjectId: "job", fact: "encryptedAtRest" }, subjects)).toBeNull();
    expect(answerable({ subjectId: "zone", fact: "authenticated" }, subjects)).toBeNull();
    expect(answerable({ subjectId: "nope", fact: "authenticated" }, subjects)).toBeNull();
  });

  it("records the answer as one property edit", () => {
    const run = (d: ThreatModel, subjectId: string, fact: string, value: "yes" | "no") => {
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
