import type { FactTest, QuantifierBody } from "../rules/schema";
import type { ModelFactName } from "../rules/facts";
import { NEVER_UNKNOWN } from "../facts/read";
import type { ElementType } from "../../domain/schema";
import type { MlAssetKind } from "../../domain/mlKinds";
import { kindMaskOf, typeMaskOf } from "../facts/kinds";
import { ELEMENT, IS } from "./interpret";

const ALL_BITS = -1;

/**
 * The compiled form of a condition: a tree of nodes of one shape, built by `compile.ts` and run
 * by `interpret.ts`.
 */

export type Scalar = string | number | boolean | null;

/** Every node has every field, so all nodes share one hidden class (a monomorphic hot path). */
export interface Node {
  kind: number;
  // TEST
  /** Shared by identical tests of all rules; -1 for tests on `other` (never memoised). */
  testId: number;
  subject: number;
  fact: number;
  factName: FactTest["fact"];
  op: number;
  operand: Scalar;
  operands: readonly Scalar[];
  marker: string | null | typeof NEVER_UNKNOWN;
  literal: boolean;
  // ALL / ANY / NOT (one part)
  parts: readonly Node[];
  // SOME
  body: QuantifierBody | null;
  where: Node | null;
  types: readonly (ElementType | "flow")[] | null;
  kinds: readonly MlAssetKind[] | null;
  /**
   * `types` and `kinds` as masks over `ElementInfo.typeBit` / `kindBit` (see facts/kinds.ts);
   * all ones where the list is absent.
   */
  typeMask: number;
  kindMask: number;
  memo: object | null;
  // MODEL_FACT
  modelFact: ModelFactName | null;
  gte: number | null;
  lte: number | null;
  equals: number | null;
}

export function node(fields: Partial<Node> & { kind: number }): Node {
  return {
    kind: fields.kind,
    testId: fields.testId ?? -1,
    subject: fields.subject ?? ELEMENT,
    fact: fields.fact ?? 0,
    factName: fields.factName ?? "type",
    op: fields.op ?? IS,
    operand: fields.operand ?? null,
    operands: fields.operands ?? [],
    marker: "marker" in fields ? (fields.marker as Node["marker"]) : NEVER_UNKNOWN,
    literal: fields.literal ?? false,
    parts: fields.parts ?? [],
    body: fields.body ?? null,
    where: fields.where ?? null,
    types: fields.types ?? null,
    kinds: fields.kinds ?? null,
    typeMask: fields.types ? typeMaskOf(fields.types) : ALL_BITS,
    kindMask: fields.kinds ? kindMaskOf(fields.kinds) : ALL_BITS,
    memo: fields.memo ?? null,
    modelFact: fields.modelFact ?? null,
    gte: fields.gte ?? null,
    lte: fields.lte ?? null,
    equals: fields.equals ?? null,
  };
}
