import type { Condition, RuleInput } from "../../schema";
import {
  all,
  any,
  is,
  isIn,
  kindIn,
  known,
  MODEL_ANSWERING_KINDS,
  none,
  not,
  MODEL_SERVING_KINDS,
  some,
  sourceIsUntrusted,
} from "./conditions";

/** Models and packages come from hubs and indexes: that is a supply chain, not training data. */
const notAnArtifactSource: Condition = {
  subject: "source",
  fact: "mlKind",
  notIn: ["model-hub", "package-index"],
};

/** Stores whose records a model learns from. */
const TRAINING_STORE_KINDS = ["training-data-store", "feature-store"] as const;

/** Stores a training job reads that hold artifacts or records about runs, not training data. */
const NOT_TRAINING_DATA = [
  "model-artifact-store",
  "model-registry",
  "container-registry",
  "model-hub",
  "package-index",
  "experiment-tracker",
] as const;

/** Many hands can put records into the store: outsiders, many insiders, or broad write access. */
const writableByOthers = any(
  is("element", "publicInfluence", "yes"),
  is("element", "insiderInfluence", "yes"),
  known("element", "writeAccess", "broad"),
);

/**
 * Records from an element matching `origin` are written into the store: directly, or through at
 * most two stores or processes in between that do not themselves call a model. A process that
 * calls the model on a two-way flow (a platform API that also stores uploads) is upstream of the
 * store only through the model's replies; that does not make what it stores the model's feedback.
 */
function writtenFrom(origin: Condition): Condition {
  const writer = (where: Condition): Condition =>
    some({ from: "upstream", of: "other", hops: 1, where });
  const passesRecordsOn = all(
    isIn("other", "type", ["process", "dataStore"]),
    none({
      from: "downstream",
      of: "other",
      hops: 1,
      target: { mlKinds: [...MODEL_ANSWERING_KINDS] },
    }),
  );
  return some({
    from: "upstream",
    of: "element",
    hops: 1,
    where: any(
      origin,
      all(passesRecordsOn, writer(any(origin, all(passesRecordsOn, writer(origin))))),
    ),
  });
}

/** What a model answers, or what its users send it, is written into the store. */
const recordsModelTraffic = writtenFrom(kindIn("other", MODEL_ANSWERING_KINDS));

/** Where training data enters the system: a store, a job, or a pipeline that feeds either. */
const feedsTraining = any(
  kindIn("target", ["training-data-store", "training-job"]),
  all(
    is("target", "mlKind", "data-pipeline"),
    some({
      from: "downstream",
      of: "target",
      hops: 2,
      target: { mlKinds: ["training-data-store", "training-job"] },
    }),
  ),
);

/** Training data: poisoning at ingestion, label tampering, feature manipulation, feedback loops. */
export const DATA_RULES: RuleInput[] = [
  {
    id: "AI-POISON-01",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "data.unauthenticatedIngestion",
    supersedes: ["crossing.unauthenticated"],
    when: all(
      feedsTraining,
      sourceIsUntrusted,
      notAnArtifactSource,
      is("flow", "authenticated", "no"),
    ),
    categories: { stride: ["S", "T"] },
    chartException:
      "Spoofing is rated on the flow because the poisoned batch arrives under the name of an unauthenticated sender.",
    references: {
      atlas: ["AML.T0020", "AML.M0007", "AML.M0025"],
      owasp: ["ML02:2023"],
      cosai: ["cosai:riskDataPoisoning"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.013", "NISTAML.023"],
      maestro: ["L2"],
    },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Anyone posing as {source} can poison the training data entering {target}",
      description:
        "{source} is outside the trust of the training pipeline and {flow} does not authenticate it. Whoever can reach the ingestion path can submit crafted or mislabeled records as if they came from {source}; every model trained from {target} afterwards learns that behaviour, possibly a backdoor that only shows on a trigger input.",
      mitigations: [
        "Authenticate {source} on {flow} with its own credential (mutual TLS, signed upload URLs or a per-provider key) and reject anonymous deliveries.",
        "Land deliveries from {source} in a quarantine area and screen them (schema, label distribution, duplicates, outliers against the last accepted snapshot) before they reach {target}.",
        "Record provider, time and content hash of every accepted batch so a poisoned batch can be traced, removed and the affected models retrained.",
      ],
    },
  },
  {
    id: "AI-POISON-02",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "data.alteredInTransit",
    supersedes: ["flow.clearText"],
    when: all(
      feedsTraining,
      sourceIsUntrusted,
      notAnArtifactSource,
      is("flow", "integrityVerified", "no"),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0020", "AML.M0007", "AML.M0025"],
      owasp: ["ML02:2023"],
      cosai: ["cosai:riskDataPoisoning"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.023", "NISTAML.024"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Training data from {source} can be altered on its way into {target}",
      description:
        "Batches travel from {source}, outside the pipeline's trust, over {flow} without any integrity check. Records changed in transit or on an intermediate bucket are indistinguishable from genuine ones once they are in {target}, so a small targeted edit can steer or backdoor the next model.",
      mitigations: [
        "Have {source} publish a signed manifest (per-file SHA-256) for each delivery and verify it before accepting the batch into {target}.",
        "Refuse partially verified deliveries on {flow}; keep the rejected batch for investigation rather than retrying silently.",
        "Compare each new batch with the previous accepted snapshot (row counts, label shares, feature ranges) and hold it for review when it moves beyond agreed bounds.",
      ],
    },
  },
  {
    id: "AI-LABEL-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "data.labelTampering",
    supersedes: ["process.unauthenticatedCallers"],
    target: { types: ["process"], mlKinds: ["labeling-tool"] },
    when: all(
      is("element", "authenticatesCallers", "no"),
      any(is("element", "publicReach", "yes"), { subject: "element", fact: "inDegree", gte: 1 }),
    ),
    categories: { stride: ["S", "T"] },
    references: {
      atlas: ["AML.T0020", "AML.M0007"],
      owasp: ["ML02:2023"],
      dasf: ["DASF-3.3@2.0", "DASF-3.1@2.0"],
      cosai: ["cosai:riskDataPoisoning"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.013", "NISTAML.024"],
      maestro: ["L2"],
    },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Anyone who reaches {element} can rewrite training labels",
      description:
        "{element} does not authenticate the people or systems that submit labels. An attacker can flip or bias labels for chosen examples; the ground truth the next model learns from is then theirs, and nobody can tell which annotator made which change.",
      mitigations: [
        "Put {element} behind single sign-on and give every annotator a personal account; disable shared and anonymous logins.",
        "Record who set or changed each label, and when, so a suspicious batch of labels can be traced and reverted.",
      ],
    },
  },
  {
    id: "AI-LABEL-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "data.unvettedLabels",
    supersedes: ["process.unvalidatedInput"],
    target: { types: ["process"], mlKinds: ["labeling-tool"] },
    when: all(
      some({ from: "upstream", of: "element", hops: 1, target: { types: ["externalEntity"] } }),
      is("element", "validatesInput", "no"),
    ),
    categories: { stride: ["T", "R"] },
    references: {
      atlas: ["AML.T0020", "AML.T0059", "AML.M0007"],
      owasp: ["ML02:2023"],
      dasf: ["DASF-3.3@2.0", "DASF-3.1@2.0"],
      cosai: ["cosai:riskDataPoisoning"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.013", "NISTAML.024"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Labels from {other} enter {element} without quality cross-checks",
      description:
        "{element} accepts labels from {other}, who is outside the system, and does not check them. A single careless or malicious annotator can mislabel a class or a targeted subset, and the error flows straight into training data.",
      mitigations: [
        "Have each item labeled by at least two annotators and send disagreements to an adjudicator before the label is accepted in {element}.",
        "Mix items with known answers into every annotation batch and suspend annotators whose accuracy on them drops.",
        "Track per-annotator label statistics and review annotators whose distribution departs from their peers.",
      ],
    },
  },
  {
    id: "AI-FEATURE-01",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "data.featureTampering",
    supersedes: ["crossing.unauthenticated"],
    when: all(
      is("target", "mlKind", "feature-store"),
      is("flow", "authenticated", "no"),
      some({
        from: "downstream",
        of: "target",
        hops: 2,
        target: { mlKinds: [...MODEL_SERVING_KINDS] },
      }),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0015", "AML.M0005"],
      owasp: ["ML01:2023"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Unauthenticated writes to {target} can steer live predictions of {other}",
      description:
        "{flow} writes feature values into {target} without authenticating {source}, and {other} reads those features at inference time. Whoever can reach the write path can set the features of a chosen entity (an account, a transaction) and get the decision they want without touching the model.",
      mitigations: [
        "Authenticate {source} on {flow} and allow each writer to update only the feature groups it owns.",
        "Check served feature values against expected ranges and freshness in {other}, and fall back to a safe default when they are out of bounds.",
        "Keep an append-only history of feature writes so a manipulated value can be found and linked to its writer.",
      ],
    },
  },
  {
    id: "AI-SKEW-01",
    revision: 2,
    pack: "ai",
    scope: "element",
    rootCause: "data.feedbackSkew",
    target: { types: ["dataStore"], mlKinds: ["training-data-store"] },
    when: all(
      // Names the model or its users in the text ({other} is the first element bound).
      some({
        from: "upstream",
        of: "element",
        hops: 3,
        target: { mlKinds: [...MODEL_ANSWERING_KINDS, "end-user"] },
      }),
      any(recordsModelTraffic, writtenFrom(kindIn("other", ["end-user"]))),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0020", "AML.T0059", "AML.M0007", "AML.M0025"],
      owasp: ["ML08:2023"],
      dasf: ["DASF-1.3@2.0", "DASF-3.1@2.0"],
      cosai: ["cosai:riskDataPoisoning"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.013"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Feedback from {other} loops back into {element} and can skew the next model",
      description:
        "Data produced by or around {other} (user interactions, model decisions, feedback) flows back into {element}. Users or fake accounts can feed the loop on purpose to shift what the model learns, and the model's own outputs can reinforce themselves until predictions drift away from reality.",
      mitigations: [
        "Cap how much any single account or client can contribute to {element} per training cycle, and drop traffic from accounts younger than an agreed age.",
        "Keep a held-out evaluation set that never comes from the feedback loop and block promotion when the retrained model regresses on it.",
        "Label a random sample of feedback records by hand each cycle and compare their distribution with the automated labels.",
      ],
    },
  },
  {
    id: "AI-POISON-03",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "data.unvettedTrainingData",
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"], mlKinds: [...TRAINING_STORE_KINDS] },
    when: any(
      all(writableByOthers, is("element", "sourcesVetted", "no")),
      // Broad write access is enough: the question left is only whether writes are reviewed.
      all(known("element", "writeAccess", "broad"), not(known("element", "sourcesVetted", "yes"))),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0020", "AML.M0007", "AML.M0025"],
      owasp: ["ML02:2023"],
      dasf: [
        "DASF-3.1@2.0",
        "DASF-1.7@2.0",
        "DASF-1.3@2.0",
        "DASF-2.3@2.0",
        "DASF-1.5@2.0",
        "DASF-1.6@2.0",
        "DASF-1.10@2.0",
      ],
      cosai: ["cosai:riskDataPoisoning"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.013", "NISTAML.023"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Records others can write reach {element} unvetted and train the next model",
      description:
        "Data in {element} comes, directly or through other stores and pipelines, from parties the ML team does not control (outsiders, or many people inside the organisation), and nothing vets it before training. A few hundred crafted records are enough to plant a backdoor or bias a model that then decides with full confidence.",
      mitigations: [
        "Vet what enters {element}: provenance per record, schema and range checks, outlier and duplicate detection against the last accepted snapshot.",
        "Version {element} and train only from reviewed snapshots, so a poisoned batch can be found, removed and the model retrained.",
        "Evaluate each trained model on a trusted, held-out set and on trigger-pattern probes before promotion.",
        "Log every write to {element} with who or what made it, so a poisoned batch can be traced to its source and everything it touched.",
      ],
    },
  },
  {
    id: "AI-SYBIL-01",
    revision: 2,
    pack: "ai",
    scope: "element",
    rootCause: "data.sybilFeedback",
    supersedes: ["data.feedbackSkew"],
    target: { types: ["dataStore"], mlKinds: [...TRAINING_STORE_KINDS] },
    when: all(
      is("element", "publicInfluence", "yes"),
      // Names the model in the text ({other} is the first element bound).
      some({
        from: "upstream",
        of: "element",
        hops: 3,
        target: { mlKinds: [...MODEL_ANSWERING_KINDS] },
      }),
      recordsModelTraffic,
    ),
    categories: { stride: ["S", "T"] },
    chartException:
      "Spoofing applies to the store because the poisoned feedback arrives under fake identities (Sybil accounts) that the store accepts as real users.",
    references: {
      atlas: ["AML.T0020", "AML.T0059", "AML.T0021", "AML.M0007"],
      owasp: ["ML02:2023", "ML08:2023"],
      dasf: ["DASF-3.1@2.0", "DASF-1.7@2.0"],
      cosai: ["cosai:riskDataPoisoning"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.024"],
      maestro: ["L2"],
    },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Fake accounts can steer what {element} learns from its own users",
      description:
        "Interactions of outside users with {other} flow back into {element} and train the next model. Accounts are cheap: an attacker who registers many of them (Sybils) can click, rate, buy or report in patterns that push items up, hide competitors or teach the model that fraud is normal, and the feedback loop amplifies it at every retraining.",
      mitigations: [
        "Weight feedback in {element} by account age, reputation and verification, and cap the influence of any one account or cluster of accounts.",
        "Detect coordinated behaviour (bursts of new accounts, identical patterns) and exclude it from training.",
        "Compare each retrained model's behaviour on a fixed evaluation set with the previous one before promotion.",
      ],
    },
  },
  {
    id: "AI-FEATURE-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "data.featureTampering",
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"], mlKinds: ["feature-store"] },
    when: all(
      some({
        from: "downstream",
        of: "element",
        hops: 2,
        target: { mlKinds: [...MODEL_SERVING_KINDS] },
      }),
      is("element", "writeAccess", "broad"),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0015", "AML.T0043"],
      owasp: ["ML01:2023"],
      dasf: ["DASF-2.2@2.0", "DASF-1.1@2.0"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Many hands can change the live features that {other} decides on",
      description:
        "{element} feeds {other} at prediction time, and people or systems beyond the drawn pipeline can write to it. Changing a feature (a velocity count, a risk flag) changes the decision directly, with no retraining and no trace in the model.",
      mitigations: [
        "Restrict writes to {element} to the feature pipeline, each writer with its own identity, and log every write.",
        "Validate features at serving time against expected ranges and alert on sudden shifts for one entity.",
      ],
    },
  },
  {
    id: "AI-POISON-04",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "data.outsiderShapedTraining",
    target: { types: ["process"], mlKinds: ["training-job"] },
    // Where a training store is the way in, its own finding (AI-POISON-03) names it: this one is
    // for outsiders' data arriving from elsewhere (a catalogue, an operational database, a queue).
    when: some({
      from: "upstream",
      of: "element",
      hops: 1,
      where: all(
        is("other", "publicInfluence", "yes"),
        // Where data comes from: a store, a pipeline, a provider or a labelling step; not the
        // registries, schedulers and evaluators that also talk to a training job.
        any(
          all(is("other", "type", "dataStore"), {
            subject: "other",
            fact: "mlKind",
            notIn: [...TRAINING_STORE_KINDS, ...NOT_TRAINING_DATA],
          }),
          {
            subject: "other",
            fact: "mlKind",
            in: ["data-pipeline", "data-provider", "labeling-tool"],
          },
        ),
      ),
    }),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0020"],
      dasf: ["DASF-6.1@2.0"],
      owasp: ["ML02:2023"],
      cosai: ["cosai:riskDataPoisoning"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.013", "NISTAML.023"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Outsiders can shape what {element} learns from {other}",
      description:
        "Data that outsiders write (listings, reviews, uploads, messages) reaches {element} through {other}. Crafted content can bias or backdoor the next model: game a ranking, hide a category, teach a trigger. Where the evaluation set is drawn from the same data, the poisoned model also passes its tests.",
      mitigations: [
        "Vet and rate-limit what outsiders contribute before it reaches training; weight it by the contributor's reputation.",
        "Compare each retrained model with the previous one on a fixed evaluation set that outsiders' data never reaches, before promotion, and look for sudden shifts.",
      ],
    },
  },
  {
    id: "AI-POISON-05",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "data.thirdPartySources",
    target: { types: ["dataStore"], mlKinds: [...TRAINING_STORE_KINDS] },
    // Inherent in outside data until each delivery is vetted; an authenticated channel only
    // proves who sent it.
    when: all(
      not(known("element", "sourcesVetted", "yes")),
      some({
        from: "upstream",
        of: "element",
        hops: 3,
        target: { mlKinds: ["data-provider"] },
      }),
    ),
    categories: { stride: ["T"], linddun: ["Nc"] },
    references: {
      atlas: ["AML.T0020", "AML.T0010.002"],
      owasp: ["ML02:2023", "LLM04:2025", "LLM05:2026"],
      dasf: [
        "DASF-1.7@2.0",
        "DASF-1.8@2.0",
        "DASF-1.11@2.0",
        "DASF-3.1@2.0",
        "DASF-1.5@2.0",
        "DASF-1.6@2.0",
      ],
      cosai: ["cosai:riskDataPoisoning", "cosai:riskUnauthorizedTrainingData"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.013", "NISTAML.05"],
      maestro: ["L2", "L6"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title:
        "{element} learns from data that {other} supplies: poisoned or unlicensed records become the model",
      description:
        "Records from {other}, a source outside the organisation, reach {element} through the pipeline. Whatever the provider (or whoever compromised it) put in them is learned: planted patterns, skewed labels, a trigger. Data that the provider had no right to share, or people did not consent to, makes the model itself non-compliant.",
      mitigations: [
        "Agree provenance, licensing and consent for data from {other} in writing, and record them per dataset.",
        "Screen each delivery from {other} before it is used (schema, label distribution, duplicates, outliers against the last accepted snapshot), and keep versions so a bad delivery can be removed and the model retrained.",
      ],
    },
  },
  {
    id: "AI-EVAL-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "data.evaluationManipulation",
    target: { types: ["process"] },
    // An evaluation step: it takes a model's outputs and feeds results back into training.
    when: all(
      some({ from: "downstream", of: "element", hops: 1, target: { mlKinds: ["training-job"] } }),
      some({
        from: "upstream",
        of: "element",
        hops: 1,
        target: { mlKinds: ["inference-endpoint", "llm", "embedding-model", "agent"] },
      }),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0031"],
      owasp: ["ML10:2023"],
      cosai: ["cosai:riskEvaluationBenchmarkManipulation"],
      maestro: ["L5"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Results {element} feeds into training can be manipulated to hide regressions",
      description:
        "{element} evaluates what the model produces and its results steer training or promotion. Whoever can change the evaluation data, the benchmark or the results can make a worse or backdoored model look better, and it will be trained toward, or promoted.",
      mitigations: [
        "Keep evaluation and benchmark data versioned and write-protected, separate from training data.",
        "Recompute the scores that decide a promotion in a separate, controlled job, and review large jumps.",
      ],
    },
  },
];
