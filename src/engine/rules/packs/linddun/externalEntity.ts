import type { Condition } from "../../schema";
import { all, any, is, isIn, some } from "../build";
import { base, type LinddunRule } from "./base";

/** Stores whose records end up inside a model or its context (training, features, retrieval, memory). */
const learningStore = {
  types: ["dataStore" as const],
  mlKinds: ["training-data-store" as const, "feature-store" as const, "vector-store" as const],
};

/**
 * The data is passed on from the flow's target to a learning store through processes and stores
 * within three flows, not through a person (a reply that reaches the sender, who sends more).
 */
const isLearningStore = all(
  is("other", "type", "dataStore"),
  isIn("other", "mlKind", learningStore.mlKinds),
);
const onward = (where: Condition): Condition =>
  some({ from: "downstream", of: "other", hops: 1, where });
const passesOn = isIn("other", "type", ["process", "dataStore"]);
const passedOnToLearningStore: Condition = some({
  from: "downstream",
  of: "target",
  hops: 1,
  where: any(
    isLearningStore,
    all(passesOn, onward(any(isLearningStore, all(passesOn, onward(isLearningStore))))),
  ),
});

/** LINDDUN for external entities: the people who hand over their data (U, per interaction). */
export const EXTERNAL_ENTITY: LinddunRule[] = [
  {
    ...base,
    revision: 2,
    id: "LINDDUN-INT-U-01",
    scope: "interaction",
    rootCause: "personalData.unaware",
    target: { types: ["externalEntity"] },
    when: all(
      is("source", "type", "externalEntity"),
      is("source", "entityKind", "human"),
      // People sending their own data: the public, not staff recording decisions at work.
      isIn("source", "audience", ["anonymous", "customers"]),
      is("flow", "carriesPersonalData", "yes"),
      // What people cannot foresee: their data goes on to train, tune or personalise a model
      // ({other}). Serving them with it is what they asked for.
      some({ from: "downstream", of: "target", hops: 3, target: learningStore }),
      passedOnToLearningStore,
    ),
    categories: { linddun: ["U"] },
    likelihood: 3,
    impact: 3,
    text: {
      title:
        "The people behind {source} may not know that what they send on {flow} ends up in {other}",
      description:
        "People send personal data on {flow}, and it travels on into {other}, where it trains, tunes or personalises a model. People rarely expect that from what they typed or did, and without clear information and easy controls they cannot tell how it is used, object to it, or have it removed.",
      mitigations: [
        "Tell people, where the data is collected, that it goes into {other}, what the model is for, and how long the data is kept.",
        "Give people a way to see, correct, export and delete their data, and to object to its use for models; keep the objection with the records in {other}.",
      ],
    },
  },
];

export const RETIRED_EXTERNAL_ENTITY_IDS = ["LINDDUN-EE-LI-01"];
