import { all, is } from "../build";
import { base, type StrideRule } from "./base";

/**
 * STRIDE for external entities (chart: S, R). Spoofing of what an entity sends is judged where
 * it arrives (the process that does not authenticate it, the crossing it enters by), so that the
 * same missing check is reported once; here: people whose actions cannot be tied to them.
 */
export const EXTERNAL_ENTITY: StrideRule[] = [
  {
    ...base,
    id: "STRIDE-EE-R-01",
    scope: "element",
    rootCause: "entity.unattributable",
    target: { types: ["externalEntity"] },
    when: all(is("element", "entityKind", "human"), is("element", "authenticated", "no"), {
      subject: "element",
      fact: "outDegree",
      gte: 1,
    }),
    categories: { stride: ["R"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Actions taken by {element} cannot be tied to a person",
      description:
        "The people behind {element} act on the system without being authenticated. When something goes wrong, nobody can show which person did what, and anyone can deny having done it.",
      mitigations: [
        "Give each person an individual account and authenticate it (with a second factor for privileged actions).",
        "Record who did what, and when, in a log the people concerned cannot edit.",
      ],
    },
  },
];

export const RETIRED_EXTERNAL_ENTITY_IDS = ["STRIDE-EE-S-01", "STRIDE-EE-S-02", "STRIDE-EE-R-02"];
