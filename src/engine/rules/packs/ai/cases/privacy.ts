import { type RuleCases, trainedFrom } from "./builders";
import { buildModel, entity, flow, internetUser, proc, store } from "../test-utils";

/** Cases for the rules in `../privacy.ts`. */
export const PRIVACY_CASES: RuleCases = {
  "AI-CLASSIFY-01": {
    fires: () => labelledNoPersonalData("yes"),
    silentBecause: "premise absent: what flows into the store carries no personal data",
    silent: () => labelledNoPersonalData("no"),
  },
  "AI-PRIV-01": {
    fires: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("logs", null, { storesLogs: "yes", containsPersonalData: "yes" }),
        ],
        [flow("llm", "logs")],
      ),
    silentBecause: "premise absent: the logs hold no personal data",
    silent: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("logs", null, { storesLogs: "yes", containsPersonalData: "no" }),
        ],
        [flow("llm", "logs")],
      ),
  },
  "AI-PRIV-02": {
    fires: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("logs", null, {
            storesLogs: "yes",
            containsPersonalData: "yes",
            retentionDays: 90,
          }),
        ],
        [flow("llm", "logs")],
      ),
    silentBecause: "protection present: the logs are kept 7 days",
    silent: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("logs", null, { storesLogs: "yes", containsPersonalData: "yes", retentionDays: 7 }),
        ],
        [flow("llm", "logs")],
      ),
  },
  "AI-PRIV-10": {
    fires: () =>
      buildModel(
        [
          store("train", "training-data-store", { containsPersonalData: "yes" }),
          proc("job", "training-job"),
        ],
        [flow("train", "job")],
      ),
    silentBecause: "premise absent: the training data holds no personal data",
    silent: () =>
      buildModel(
        [
          store("train", "training-data-store", { containsPersonalData: "no" }),
          proc("job", "training-job"),
        ],
        [flow("train", "job")],
      ),
  },
  "AI-PRIV-04": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          proc("etl", "data-pipeline"),
          store("train", "training-data-store", { containsPersonalData: "yes" }),
        ],
        [flow("user", "etl"), flow("etl", "train")],
      ),
    silentBecause: "premise absent: the training data holds no personal data",
    silent: () =>
      buildModel(
        [
          internetUser(),
          proc("etl", "data-pipeline"),
          store("train", "training-data-store", { containsPersonalData: "no" }),
        ],
        [flow("user", "etl"), flow("etl", "train")],
      ),
  },
  "AI-PRIV-06": {
    fires: () =>
      buildModel(
        [
          proc("llm", "llm"),
          store("train", "training-data-store", { containsPersonalData: "yes" }),
        ],
        [flow("llm", "train")],
      ),
    silentBecause: "premise absent: the recorded answers hold no personal data",
    silent: () =>
      buildModel(
        [proc("llm", "llm"), store("train", "training-data-store", { containsPersonalData: "no" })],
        [flow("llm", "train")],
      ),
  },
  "AI-PRIV-07": {
    fires: () =>
      buildModel(
        [proc("app", null), entity("provider", "third-party-ai-api")],
        [flow("app", "provider", { carriesPersonalData: "yes" })],
      ),
    silentBecause: "premise absent: no personal data is sent to the provider",
    silent: () =>
      buildModel(
        [proc("app", null), entity("provider", "third-party-ai-api")],
        [flow("app", "provider", { carriesPersonalData: "no" })],
      ),
  },
  "AI-PRIV-09": {
    fires: () =>
      buildModel(
        [proc("queue", null), entity("raters", "human-reviewer")],
        [flow("queue", "raters", { carriesPersonalData: "yes" })],
      ),
    silentBecause: "premise absent: the raters see no personal data",
    silent: () =>
      buildModel(
        [proc("queue", null), entity("raters", "human-reviewer")],
        [flow("queue", "raters", { carriesPersonalData: "no" })],
      ),
  },
  "AI-PRIV-11": {
    fires: () =>
      trainedFrom(store("train", "training-data-store", { containsPersonalData: "yes" })),
    silentBecause: "premise absent: the training data holds no personal data",
    silent: () =>
      trainedFrom(store("train", "training-data-store", { containsPersonalData: "no" })),
  },
  "AI-PRIV-12": {
    fires: () =>
      buildModel(
        [
          store("features", "feature-store", { containsPersonalData: "yes" }),
          proc("endpoint", "inference-endpoint"),
        ],
        [flow("features", "endpoint")],
      ),
    silentBecause: "premise absent: the features hold no personal data",
    silent: () =>
      buildModel(
        [
          store("features", "feature-store", { containsPersonalData: "no" }),
          proc("endpoint", "inference-endpoint"),
        ],
        [flow("features", "endpoint")],
      ),
  },
};

/** A training store recorded as holding no personal data, fed by a provider. */
function labelledNoPersonalData(carriesPersonalData: "yes" | "no") {
  return buildModel(
    [
      entity("provider", "data-provider"),
      store("train", "training-data-store", { containsPersonalData: "no" }),
    ],
    [flow("provider", "train", { carriesPersonalData })],
  );
}
