import type { DataFlow, DfdElement, ThreatModel } from "../../domain/schema";
import { FACTS } from "../../engine/rules/facts";
import type { Command } from "../../store/command";
import { commands } from "../../store/commands";

export type Answer = "yes" | "no";

/** A question the panel can answer in place: a yes/no property of an element or a flow. */
export interface AnswerableQuestion {
  subjectId: string;
  fact: string;
  on: "element" | "flow";
}

/** Elements and flows by id, built once per document version. */
export interface SubjectIndex {
  elements: ReadonlyMap<string, DfdElement>;
  flows: ReadonlyMap<string, DataFlow>;
}

export function buildSubjectIndex(doc: Pick<ThreatModel, "elements" | "flows">): SubjectIndex {
  return {
    elements: new Map(doc.elements.map((e) => [e.id, e])),
    flows: new Map(doc.flows.map((f) => [f.id, f])),
  };
}

function hasProp(props: unknown, fact: string): boolean {
  return (
    typeof props === "object" && props !== null && Object.prototype.hasOwnProperty.call(props, fact)
  );
}

/**
 * Whether a question can be answered with Yes / No right in the panel: only tri-state facts
 * that are stored properties of the element or flow they are asked about (derived facts such
 * as "reachable from the internet" are answered by editing the diagram instead).
 */
export function answerable(
  question: { subjectId: string; fact: string },
  subjects: SubjectIndex,
): AnswerableQuestion | null {
  const spec = (FACTS as Record<string, { kind: string } | undefined>)[question.fact];
  if (!spec || spec.kind !== "tri") return null;
  const element = subjects.elements.get(question.subjectId);
  if (element) {
    if (element.type === "trustBoundary" || !hasProp(element.props, question.fact)) return null;
    return { subjectId: element.id, fact: question.fact, on: "element" };
  }
  const flow = subjects.flows.get(question.subjectId);
  if (flow && hasProp(flow.props, question.fact)) {
    return { subjectId: flow.id, fact: question.fact, on: "flow" };
  }
  return null;
}

/** The command that records an answer: one undoable property edit. */
export function answerCommand(question: AnswerableQuestion, answer: Answer): Command {
  const props = { [question.fact]: answer };
  return question.on === "element"
    ? commands.updateElement(question.subjectId, { props }, "Answer question")
    : commands.updateFlow(question.subjectId, { props }, "Answer question");
}
