import { all, is, isIn } from "../build";
import { base, type LinddunRule } from "./base";

/** LINDDUN for external entities: the people who hand over their data (U, per interaction). */
export const EXTERNAL_ENTITY: LinddunRule[] = [
  {
    ...base,
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
    ),
    categories: { linddun: ["U"] },
    likelihood: 3,
    impact: 3,
    text: {
      title:
        "The people behind {source} may not know, or control, what happens to the data they send on {flow}",
      description:
        "People send personal data on {flow}. Without clear information and easy controls, they cannot tell how it is used, correct it, or have it deleted.",
      mitigations: [
        "Tell people, where the data is collected, what it is used for and for how long it is kept.",
        "Give people a way to see, correct, export and delete their data, and to object to uses they did not expect.",
      ],
    },
  },
];

export const RETIRED_EXTERNAL_ENTITY_IDS = ["LINDDUN-EE-LI-01"];
