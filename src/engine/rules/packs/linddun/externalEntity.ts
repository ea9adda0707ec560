import { all, is } from "../build";
import { base, handles, type LinddunRule } from "./base";

/** LINDDUN for external entities (chart: L, I, U), U per interaction. */
export const EXTERNAL_ENTITY: LinddunRule[] = [
  {
    ...base,
    id: "LINDDUN-EE-LI-01",
    scope: "element",
    target: { types: ["externalEntity"] },
    when: handles,
    categories: { linddun: ["L", "I"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "{element} receives personal data it can link and use to identify people",
      description:
        "Personal data reaches this party, outside the system. It can combine what it receives with its own data to link records and identify people, beyond the purpose it was shared for.",
      mitigations: [
        "Send pseudonymised or aggregated data wherever the recipient does not need identities.",
        "Bind the recipient by agreement not to re-identify people or combine the data.",
      ],
    },
  },
  {
    ...base,
    id: "LINDDUN-INT-U-01",
    scope: "interaction",
    target: { types: ["externalEntity"] },
    when: all(
      is("source", "type", "externalEntity"),
      is("source", "entityKind", "human"),
      is("flow", "carriesPersonalData", "yes"),
    ),
    categories: { linddun: ["U"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "{source} may not know, or control, what happens to the data sent on {flow}",
      description:
        "A person sends personal data on this flow. Without clear information and easy controls, they cannot tell how it is used, correct it, or have it deleted.",
      mitigations: [
        "Tell people, where the data is collected, what it is used for and for how long it is kept.",
        "Give people a way to see, correct, export and delete their data, and to object to uses they did not expect.",
      ],
    },
  },
];
