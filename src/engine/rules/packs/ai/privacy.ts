import type { RuleInput } from "../../schema";
import {
  all,
  any,
  greaterThan,
  is,
  known,
  LEARNING_DATA_STORE_KINDS,
  MODEL_ANSWERING_KINDS,
  some,
} from "./conditions";

/** Model-serving components whose requests and responses end up in a log, two flows away at most. */
const fedByModelAnswers = some({
  from: "upstream",
  of: "element",
  hops: 2,
  target: { mlKinds: [...MODEL_ANSWERING_KINDS] },
});

const logsWithPersonalData = all(
  is("element", "storesLogs", "yes"),
  is("element", "containsPersonalData", "yes"),
  fedByModelAnswers,
);

/**
 * Privacy (LINDDUN) threats particular to ML systems: prompts in logs, training on people's data.
 * Retired ids (never reuse): AI-PRIV-03 (training data kept over a year; the LINDDUN pack's
 * retention rule already reports it), AI-PRIV-08 (clear-text prompts across a boundary; the
 * STRIDE pack's unencrypted-sensitive-flow rule already reports it).
 */
export const PRIVACY_RULES: RuleInput[] = [
  {
    id: "AI-PRIV-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "privacy.loggedModelTraffic",
    supersedes: ["store.personalLogs"],
    target: { types: ["dataStore"] },
    when: logsWithPersonalData,
    categories: { stride: ["I"], linddun: ["DD", "I", "Nc"] },
    references: {
      atlas: ["AML.T0036"],
      owasp: ["LLM02:2025", "LLM02:2026"],
      cosai: ["cosai:riskExcessiveDataHandlingDuringInference"],
      aiExchange: ["owaspai:inputdataleak"],
      maestro: ["L5", "L6"],
    },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Requests to {other} and its answers are logged in {element}, personal data included",
      description:
        "{element} logs the traffic of {other}, and those logs contain personal data: what people sent, what the model answered, who they are. Logs are widely readable (support, debugging, analytics), are copied to other systems and outlive the request, so they become a second, poorly governed store of everything people told the model.",
      mitigations: [
        "Log metadata (time, caller, token counts, latency, policy decisions) by default and store full prompts and responses only for sampled, opted-in or flagged requests.",
        "Redact personal data (names, contact details, identifiers) from prompts and responses before they are written to {element}.",
        "Restrict read access to {element} to named roles, and log who reads it.",
        "State in the privacy notice that conversations are logged, for what purpose and for how long.",
      ],
    },
  },
  {
    id: "AI-PRIV-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "privacy.logRetention",
    supersedes: ["store.overRetention"],
    target: { types: ["dataStore"] },
    when: all(logsWithPersonalData, greaterThan("element", "retentionDays", 30)),
    categories: { linddun: ["Nc"] },
    references: {
      owasp: ["LLM02:2025", "LLM02:2026"],
      cosai: ["cosai:riskExcessiveDataHandlingDuringInference"],
      maestro: ["L5", "L6"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Logged requests to {other} are kept in {element} for longer than a month",
      description:
        "{element} holds requests to {other} and its answers, with personal data in them, and keeps them for more than 30 days. Raw request logs are rarely needed that long; keeping them makes every later breach, subpoena or misuse bigger and is hard to justify under data-minimisation and storage-limitation rules.",
      mitigations: [
        "Set a short retention for raw conversation logs in {element} (days, not months) and delete automatically.",
        "Keep longer-lived aggregates or redacted samples for evaluation instead of the raw logs.",
        "Document the retention of {element} in the record of processing and honour deletion requests in it.",
      ],
    },
  },
  {
    id: "AI-PRIV-10",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "privacy.erasureInModels",
    target: { types: ["dataStore"], mlKinds: ["training-data-store"] },
    when: all(
      is("element", "containsPersonalData", "yes"),
      some({
        from: "downstream",
        of: "element",
        hops: 2,
        target: { mlKinds: ["training-job"] },
      }),
    ),
    categories: { linddun: ["Nc"] },
    references: {
      atlas: ["AML.T0024.000"],
      owasp: ["ML04:2023"],
      dasf: ["DASF-1.8@2.0"],
      cosai: ["cosai:riskExcessiveDataHandling"],
      maestro: ["L2", "L6"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Deleting a person from {element} does not remove them from models trained by {other}",
      description:
        "{other} trains on personal data from {element}. When someone asks for erasure or their retention period ends, the record leaves {element} but stays encoded in every model already trained on it, where membership tests and extraction can still surface it; erasure and storage-limitation duties are then only half met.",
      mitigations: [
        "Record which dataset snapshot each model version trained on, so you can tell which models contain a deleted person.",
        "Retrain (or apply a tested unlearning method) on a fixed schedule after deletions from {element}, and retire model versions trained on erased data.",
        "Train with differential privacy where the task allows, which bounds what any single record leaves in the model.",
      ],
    },
  },
  {
    id: "AI-PRIV-04",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "privacy.unawareTraining",
    target: { types: ["externalEntity"], mlKinds: ["end-user", "data-provider"] },
    when: some({
      from: "downstream",
      of: "element",
      hops: 3,
      target: { mlKinds: ["training-data-store", "feature-store"] },
      where: is("other", "containsPersonalData", "yes"),
    }),
    categories: { linddun: ["U"] },
    references: {
      owasp: ["LLM02:2025", "LLM02:2026"],
      maestro: ["L6"],
    },
    likelihood: 4,
    impact: 3,
    text: {
      title: "People behind {element} may not know their data trains models in {other}",
      description:
        "Personal data from {element} ends up in {other}, which is used for training. The people concerned may believe their data is used only to serve them; they cannot object, opt out or ask for removal from a model they do not know about.",
      mitigations: [
        "Tell people at collection time, in plain words, that their data from {element} is used to train models, and for what.",
        "Offer an opt-out from training use, and keep the opt-out flag with the records in {other} so training jobs filter on it.",
        "For data from third-party providers, obtain evidence that the original data subjects were informed of training use.",
      ],
    },
  },
  {
    id: "AI-PRIV-06",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "privacy.purposeCreep",
    target: { types: ["dataStore"], mlKinds: ["training-data-store"] },
    when: all(
      is("element", "containsPersonalData", "yes"),
      some({
        from: "upstream",
        of: "element",
        hops: 3,
        target: { mlKinds: [...MODEL_ANSWERING_KINDS] },
      }),
    ),
    categories: { linddun: ["Nc"] },
    references: {
      owasp: ["LLM02:2025", "LLM02:2026"],
      dasf: ["DASF-1.8@2.0"],
      cosai: ["cosai:riskExcessiveDataHandling", "cosai:riskUnauthorizedTrainingData"],
      maestro: ["L2", "L6"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Production requests to {other} are reused as training data in {element}",
      description:
        "Personal data submitted to {other} to get an answer is collected into {element} for training. That is a new purpose: it needs its own legal basis (often consent), must be compatible with what users were told, and has to respect opt-outs and deletion requests.",
      mitigations: [
        "Establish and record a legal basis for training on production data from {other}, and collect consent where that is the basis.",
        "Filter out requests from users who opted out, and minors, before records enter {element}.",
        "Run a data-protection impact assessment for reusing production traffic for training.",
      ],
    },
  },
  {
    id: "AI-PRIV-07",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "personalData.toAiProvider",
    supersedes: ["personalData.leavesSystem"],
    when: all(
      is("target", "mlKind", "third-party-ai-api"),
      is("flow", "carriesPersonalData", "yes"),
    ),
    categories: { stride: ["I"], linddun: ["DD", "Nc"] },
    references: {
      owasp: ["LLM02:2025", "LLM02:2026"],
      cosai: ["cosai:riskExcessiveDataHandlingDuringInference"],
      aiExchange: ["owaspai:inputdataleak"],
      maestro: ["L6"],
    },
    likelihood: 4,
    impact: 3,
    text: {
      title: "Personal data is sent to {target}, an external AI provider",
      description:
        "{flow} passes personal data from {source} to {target}. The provider may log it, keep it, use it to improve its models or process it in another jurisdiction, and those who supplied the data have no relationship with the provider.",
      mitigations: [
        "Sign a data-processing agreement with {target} that excludes training on your data and fixes retention and location.",
        "Redact or pseudonymise personal data in {source} before calling {target}, when the task allows.",
        "List {target} as a processor in the privacy notice and the record of processing.",
      ],
    },
  },
  {
    id: "AI-PRIV-09",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "personalData.toReviewers",
    when: all(is("target", "mlKind", "human-reviewer"), is("flow", "carriesPersonalData", "yes")),
    categories: { linddun: ["DD", "Nc"] },
    references: {
      owasp: ["LLM02:2025", "LLM02:2026"],
      cosai: ["cosai:riskExcessiveDataHandlingDuringInference"],
      maestro: ["L6"],
    },
    likelihood: 4,
    impact: 3,
    text: {
      title: "Reviewers at {target} read personal data that {source} sends for review",
      description:
        "{flow} shows {target} (annotators, raters, moderators, often a contractor) model inputs or outputs that contain personal data. Users rarely expect a person to read their conversations or records, and every reviewer is another party who can copy them.",
      mitigations: [
        "Mask names, contact details and identifiers in what {source} sends to {target}, and show only the part of the record the review needs.",
        "Bind reviewers at {target} by confidentiality terms, give them named accounts, and log which records each one opened.",
        "Tell users that samples may be reviewed by people, and exclude records from users who opted out.",
      ],
    },
  },
  {
    id: "AI-PRIV-11",
    revision: 2,
    pack: "ai",
    scope: "element",
    rootCause: "privacy.trainingPurpose",
    target: { types: ["dataStore"], mlKinds: ["training-data-store", "feature-store"] },
    // Models learn from it or are evaluated on it: a training data store, or a feature store a
    // training job reads (one that only serving reads, written by training, holds the model's
    // output about people, not its training data).
    when: all(
      is("element", "handlesPersonalData", "yes"),
      any(
        is("element", "mlKind", "training-data-store"),
        some({ from: "downstream", of: "element", hops: 2, target: { mlKinds: ["training-job"] } }),
      ),
    ),
    categories: { linddun: ["Nc", "U"] },
    chartException:
      "Unawareness is rated on the training store: the people whose records it holds are rarely told they train a model.",
    references: {
      owasp: ["LLM02:2025", "LLM02:2026"],
      dasf: ["DASF-1.8@2.0"],
      cosai: ["cosai:riskUnauthorizedTrainingData", "cosai:riskExcessiveDataHandling"],
      maestro: ["L2", "L6"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title:
        "Personal data in {element} builds models: purpose, legal basis and minimisation must be recorded",
      description:
        "{element} holds personal data that models are trained, tuned or evaluated on. Training is a purpose of its own: it needs a legal basis that covers it, a record of why each field is needed, and minimisation (drop or generalise what the model does not need), especially for data first collected for another purpose.",
      mitigations: [
        "Record the training purpose and its legal basis for {element}, and check it is compatible with why the data was collected.",
        "Drop, pseudonymise or generalise the fields the model does not need before they reach {element}; pseudonymised data is still personal data.",
      ],
    },
  },
  {
    id: "AI-PRIV-12",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "privacy.behaviouralProfiles",
    target: { types: ["dataStore"], mlKinds: ["feature-store", "vector-store"] },
    when: all(
      is("element", "handlesPersonalData", "yes"),
      some({
        from: "downstream",
        of: "element",
        hops: 2,
        target: {
          mlKinds: ["inference-endpoint", "llm", "embedding-model", "agent", "training-job"],
        },
      }),
    ),
    categories: { linddun: ["L", "I", "D"] },
    references: {
      cosai: ["cosai:riskInferredSensitiveData"],
      maestro: ["L2", "L6"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Features and embeddings in {element} build a behavioural profile of each person",
      description:
        "{element} keeps per-person features or embeddings (activity, devices, places, interests) that {other} uses. Together they profile each person's behaviour, link their visits and devices, and let sensitive traits be inferred (health, finances, beliefs) beyond what the model needs.",
      mitigations: [
        "Keep only the features {other} needs, aggregated or coarsened, and drop raw identifiers (IP addresses, device ids) from {element}.",
        "Set a short retention for per-person features in {element} and tell people what is profiled and why.",
      ],
    },
  },
  {
    // Both facts known: a store recorded as holding no personal data that personal data flows into.
    id: "AI-CLASSIFY-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "privacy.misclassifiedLearningData",
    target: { types: ["dataStore"], mlKinds: [...LEARNING_DATA_STORE_KINDS] },
    when: all(
      known("element", "containsPersonalData", "no"),
      known("element", "handlesPersonalData", "yes"),
    ),
    categories: { stride: ["I"], linddun: ["DD", "U"] },
    chartException:
      "Unawareness applies: people whose data is recorded as absent are left out of notices, access requests and erasure.",
    references: {
      atlas: ["AML.T0057", "AML.M0025"],
      owasp: ["LLM02:2025", "LLM02:2026"],
      dasf: ["DASF-1.2@2.0"],
      cosai: ["cosai:riskExcessiveDataHandling"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Personal data flows into {element}, which is recorded as holding none",
      description:
        "A flow carrying personal data ends at {element}, yet {element} is marked as containing no personal data. Whatever is decided from that label goes wrong for the records that do arrive: no encryption or access limits for their class, no retention or erasure, and models trained or answers retrieved from data nobody treats as personal.",
      mitigations: [
        "Classify {element} by what actually reaches it, and correct the label in the diagram.",
        "If {element} must not hold personal data, remove or pseudonymise it on the way in and check deliveries for it.",
      ],
    },
  },
];
