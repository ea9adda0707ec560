import { all, any, known, some } from "../build";
import { base, type LinddunRule } from "./base";

/** LINDDUN for the system as a whole. */
export const MODEL: LinddunRule[] = [
  {
    ...base,
    revision: 2,
    id: "LINDDUN-MODEL-NC-01",
    scope: "model",
    rootCause: "model.noPurposeRecord",
    // What data protection law treats as high risk (a DPIA is due): automated decisions about
    // people, or personal data classified as restricted (health, finance and the like). Any
    // personal data at all is not enough: saying so on every system would be boilerplate.
    // Deciders first, so that {other} names the process that decides where there is one.
    when: any(
      some({
        from: "model",
        where: all(
          known("other", "decidesAboutPeople", "yes"),
          known("other", "handlesPersonalData", "yes"),
        ),
      }),
      some({
        from: "model",
        where: all(
          known("other", "containsPersonalData", "yes"),
          known("other", "classification", "restricted"),
        ),
      }),
    ),
    categories: { linddun: ["Nc"] },
    replaces: [{ rule: "LINDDUN-PROC-NC-01", on: "element" }],
    likelihood: 2,
    impact: 4,
    text: {
      title: "Assess the high-risk processing of personal data in this system before it goes live",
      description:
        "This system decides about individual people, or keeps personal data classified as restricted (health, financial or similar records): {other} is where it does. Data protection law treats such processing as high risk: before go-live, a data protection impact assessment has to weigh whether it is necessary, what it risks for the people concerned and which safeguards reduce that, and the record of processing has to state each purpose, its legal basis, the recipients and how long the data is kept.",
      mitigations: [
        "Run a data protection impact assessment for the system, covering {other} and every flow of its personal data, with the data protection officer, before go-live and after significant changes.",
        "Keep a record of processing for the system: purposes, legal basis, categories of data and people, recipients, retention.",
      ],
    },
  },
];
