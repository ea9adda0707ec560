import { all, any, is, isIn, known, not, some } from "../build";
import { base, type StrideRule } from "./base";

/**
 * STRIDE for external entities (chart: S, R). Spoofing of what an entity sends is judged where
 * it arrives (the process that does not authenticate it, the crossing it enters by), so that the
 * same missing check is reported once; here: people whose actions cannot be tied to them.
 */
export const EXTERNAL_ENTITY: StrideRule[] = [
  {
    ...base,
    revision: 2,
    id: "STRIDE-EE-R-01",
    scope: "element",
    rootCause: "entity.unattributable",
    target: { types: ["externalEntity"] },
    // People who act through a process (a store written straight from an entity records data
    // about them, drawn without the staff who enter it), and not anonymous by design.
    when: all(
      is("element", "entityKind", "human"),
      is("element", "authenticated", "no"),
      not(known("element", "audience", "anonymous")),
      some({ from: "downstream", hops: 1, target: { types: ["process"] } }),
    ),
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

EXTERNAL_ENTITY.push({
  ...base,
  revision: 2,
  id: "STRIDE-EE-S-03",
  scope: "element",
  rootCause: "entity.accountTakeover",
  target: { types: ["externalEntity"] },
  // Whether they have accounts is not read from "authenticated" answers: a protection answered
  // "yes" must never add a finding. The text names where they sign in when that is known (the
  // storefront behind a CDN), else the first process they reach.
  when: all(
    is("element", "entityKind", "human"),
    isIn("element", "audience", ["anonymous", "customers"]),
    any(
      some({
        from: "downstream",
        hops: 2,
        target: { types: ["process"] },
        where: known("other", "authenticatesCallers", "yes"),
      }),
      some({ from: "downstream", hops: 1, target: { types: ["process"] } }),
    ),
    // What decides: the naming above must not widen where it fires.
    some({ from: "downstream", hops: 1, target: { types: ["process"] } }),
  ),
  categories: { stride: ["S"] },
  likelihood: 4,
  impact: 3,
  text: {
    title:
      "Accounts of the people behind {element} can be taken over with passwords leaked elsewhere",
    description:
      "The people behind {element} sign in to {other} from the internet. Passwords reused from breached sites, phishing and guessing (credential stuffing, password spraying) let an attacker take over accounts without breaking anything.",
    mitigations: [
      "Offer and encourage multi-factor authentication (passkeys where possible) for the accounts used at {other}.",
      "Rate-limit and monitor sign-in attempts per account and per source, and check new passwords against breached-password lists.",
      "Notify people of new sign-ins and make recovering an account hard to abuse.",
    ],
  },
});

export const RETIRED_EXTERNAL_ENTITY_IDS = ["STRIDE-EE-S-01", "STRIDE-EE-S-02", "STRIDE-EE-R-02"];
