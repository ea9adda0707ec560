import {
  AudienceSchema,
  DataClassificationSchema,
  ModelFormatSchema,
  OutputHandlingSchema,
  ProvenanceKindSchema,
  WriteAccessSchema,
  type ThreatModel,
} from "../../domain/schema";
import { FACTS, propertyTypesOf, type FactName } from "../../engine/rules/facts";
import type { Question } from "../../engine/types";
import type { Command } from "../../store/command";
import type { SubjectIndex } from "./subjects";
import { commands } from "../../store/commands";
import { CHOICE_LABELS, CLASSIFICATION_LABELS, TRI_STATE_LABELS } from "../labels";

export { buildSubjectIndex, type SubjectIndex } from "./subjects";

export interface AnswerOption {
  value: string;
  label: string;
}

/** How a question is answered where it is shown. */
export type AnswerControl =
  | { kind: "choice"; options: readonly AnswerOption[] }
  | { kind: "number"; min: number; max: number; unit: string };

/** A question the panel can answer in place: a stored property of an element or a flow. */
export interface AnswerableQuestion {
  subjectId: string;
  fact: FactName;
  on: "element" | "flow";
  control: AnswerControl;
}

const TRI_OPTIONS: readonly AnswerOption[] = (["yes", "no"] as const).map((value) => ({
  value,
  label: TRI_STATE_LABELS[value],
}));

/** Every enum a question can ask about, with its options (unknown left out: it is the default). */
const ENUM_OPTIONS: Partial<Record<FactName, readonly string[]>> = {
  classification: DataClassificationSchema.options,
  entityKind: ["human", "system"],
  audience: AudienceSchema.options,
  modelFormat: ModelFormatSchema.options,
  provenance: ProvenanceKindSchema.options,
  writeAccess: WriteAccessSchema.options,
  outputHandling: OutputHandlingSchema.options,
};

const ENTITY_KIND_LABELS: Readonly<Record<string, string>> = {
  human: "A person",
  system: "A system",
};

function optionLabel(fact: FactName, value: string): string {
  if (fact === "classification")
    return CLASSIFICATION_LABELS[value as keyof typeof CLASSIFICATION_LABELS];
  if (fact === "entityKind") return ENTITY_KIND_LABELS[value] ?? value;
  return CHOICE_LABELS[fact]?.[value] ?? value;
}

function controlFor(fact: FactName): AnswerControl | null {
  const spec = FACTS[fact];
  if (spec.kind === "tri") return { kind: "choice", options: TRI_OPTIONS };
  if (spec.kind === "enum") {
    const values = ENUM_OPTIONS[fact];
    if (!values) return null;
    return {
      kind: "choice",
      options: values
        .filter((v) => v !== "unknown")
        .map((value) => ({ value, label: optionLabel(fact, value) })),
    };
  }
  if (fact === "retentionDays") return { kind: "number", min: 0, max: 36500, unit: "days" };
  return null;
}

/**
 * Whether a question can be answered right where it is shown: a fact that is a stored property
 * of the element or flow it asks about (derived facts are never asked: the engine asks what they
 * hinge on instead).
 */
export function answerable(
  question: Pick<Question, "subjectId" | "fact">,
  subjects: SubjectIndex,
): AnswerableQuestion | null {
  const control = controlFor(question.fact);
  const carriers = propertyTypesOf(question.fact);
  if (!control || !carriers) return null;
  const element = subjects.elements.get(question.subjectId);
  if (element) {
    if (!carriers.includes(element.type)) return null;
    return { subjectId: element.id, fact: question.fact, on: "element", control };
  }
  const flow = subjects.flows.get(question.subjectId);
  if (flow && carriers.includes("flow")) {
    return { subjectId: flow.id, fact: question.fact, on: "flow", control };
  }
  return null;
}

/** The command that records an answer: one undoable property edit. */
export function answerCommand(question: AnswerableQuestion, answer: string | number): Command {
  const props = { [question.fact]: answer };
  return question.on === "element"
    ? commands.updateElement(question.subjectId, { props }, "Answer question")
    : commands.updateFlow(question.subjectId, { props }, "Answer question");
}

/** The document with an answer applied, for previews (never stored). */
export function withAnswer(
  doc: ThreatModel,
  question: AnswerableQuestion,
  answer: string | number,
): ThreatModel | null {
  const outcome = answerCommand(question, answer).perform(doc);
  return outcome.ok ? outcome.doc : null;
}
