import { known, some } from "../build";
import { base, type LinddunRule } from "./base";

/** LINDDUN for the system as a whole. */
export const MODEL: LinddunRule[] = [
  {
    ...base,
    id: "LINDDUN-MODEL-NC-01",
    scope: "model",
    rootCause: "model.noPurposeRecord",
    when: some({ from: "model", where: known("other", "handlesPersonalData", "yes") }),
    categories: { linddun: ["Nc"] },
    replaces: [{ rule: "LINDDUN-PROC-NC-01", on: "element" }],
    likelihood: 2,
    impact: 3,
    text: {
      title: "Record the purpose and legal basis of the personal data this system processes",
      description:
        "Personal data reaches {other} and other parts of this system. Data protection law expects each processing purpose, its legal basis, who receives the data and how long it is kept to be written down before the system goes live.",
      mitigations: [
        "Keep a record of processing for the system: purposes, legal basis, categories of data and people, recipients, retention.",
        "Run a data protection impact assessment where the processing is large-scale, automated or sensitive.",
      ],
    },
  },
];
