import type { RuleInput } from "../../schema";
import {
  all,
  any,
  is,
  kindIn,
  known,
  MODEL_SERVING_KINDS,
  MODEL_STORE_KINDS,
  not,
  registryBesideArtifactStore,
  some,
} from "./conditions";

/** Where a trained model is kept, shipped and loaded; and what comes from public hubs and providers. */
export const MODEL_SUPPLY_CHAIN_RULES: RuleInput[] = [
  {
    id: "AI-TAMPER-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.tampering",
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"], mlKinds: [...MODEL_STORE_KINDS] },
    when: is("element", "integrityVerified", "no"),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0018", "AML.T0018.000", "AML.M0013", "AML.M0014", "AML.M0005"],
      owasp: ["ML10:2023"],
      dasf: ["DASF-7.1@2.0"],
      cosai: ["cosai:riskModelSourceTampering", "cosai:riskModelDeploymentTampering"],
      aiExchange: ["owaspai:devmodelpoison"],
      nist: ["NISTAML.026"],
      maestro: ["L1", "L4"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Model weights in {element} can be swapped or altered without anyone noticing",
      description:
        "Nothing checks that the model files or version records in {element} are the ones the training pipeline produced. Anyone with write access to the storage (a leaked key, an over-broad role, a compromised CI job) can replace the weights with a backdoored copy or point a version at different files, and serving will load them as genuine.",
      mitigations: [
        "Sign every model file when training produces it and record the signature next to the version in {element}; refuse to load or promote a version whose signature does not verify.",
        "Make stored versions immutable (object lock or write-once buckets) and restrict write access to {element} to the training pipeline's identity.",
        "Alert on any write to {element} that does not come from the pipeline, and review access grants regularly.",
      ],
    },
  },
  {
    // The same root cause while integrity is not known to be checked: the threat is inherent in
    // a store that serving trusts; answering "integrity verified: yes" closes it.
    id: "AI-TAMPER-05",
    revision: 2,
    pack: "ai",
    scope: "element",
    rootCause: "model.tampering",
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"], mlKinds: [...MODEL_STORE_KINDS] },
    // Where a registry sits beside the artifact store, the weights' integrity is said there
    // (and AI-TAMPER-04 says what the registry's versions resolve to).
    when: all(not(known("element", "integrityVerified", "yes")), not(registryBesideArtifactStore)),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0018", "AML.T0018.000", "AML.M0013", "AML.M0014"],
      owasp: ["ML10:2023"],
      dasf: ["DASF-7.1@2.0"],
      cosai: [
        "cosai:riskModelDeploymentTampering",
        "cosai:riskModelSourceTampering",
        "cosai:riskAdapterPEFTInjection",
      ],
      aiExchange: ["owaspai:devmodelpoison"],
      nist: ["NISTAML.026"],
      maestro: ["L1", "L4"],
    },
    likelihood: 2,
    impact: 5,
    text: {
      title:
        "Serving trusts whatever model files {element} holds: a swapped model would pass as genuine",
      description:
        "Promotion and serving take the model files and version records in {element} to be the ones training produced. Unless each file is signed when it is produced and checked before it is loaded, anyone with write access (a leaked key, an over-broad role, a compromised CI job) can replace the model with a backdoored copy (or add files that serving loads on top of it), and it will be served as genuine.",
      mitigations: [
        "Sign every model file (and every file loaded on top of it) when training produces it, keep the signature with the version in {element}, and refuse to load or promote a version whose signature does not verify.",
        "Make stored versions immutable (object lock or write-once buckets) and let only the training pipeline's identity write to {element}.",
        "Once this is in place, mark {element} as integrity-verified in the diagram.",
      ],
    },
  },
  {
    id: "AI-TAMPER-02",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "model.tamperingInTransit",
    supersedes: ["flow.clearText"],
    when: all(
      kindIn("source", [...MODEL_STORE_KINDS, "deployment-pipeline"]),
      kindIn("target", ["deployment-pipeline", ...MODEL_SERVING_KINDS]),
      is("flow", "integrityVerified", "no"),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0018", "AML.T0018.000", "AML.M0013", "AML.M0014"],
      owasp: ["ML10:2023"],
      cosai: ["cosai:riskModelDeploymentTampering"],
      aiExchange: ["owaspai:devmodelpoison", "owaspai:runtimemodelpoison"],
      nist: ["NISTAML.026"],
      maestro: ["L1", "L4"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "The model handed from {source} to {target} can be replaced on the way to serving",
      description:
        "{flow} carries model files or the reference to the version to deploy from {source} to {target}, and {target} does not verify what it receives. Whoever can tamper with the transfer, or with the object it points to, decides which weights go into production.",
      mitigations: [
        "Verify the signature or pinned digest of every model file in {target} before it is loaded or rolled out; fail the rollout on mismatch.",
        "Reference model versions by content digest rather than by mutable name or tag in what travels over {flow}.",
        "Have {target} check that the version arriving over {flow} is one approved for release, and record the digest it actually deployed.",
      ],
    },
  },
  {
    id: "AI-TAMPER-03",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "model.unauthenticatedPublish",
    supersedes: ["crossing.unauthenticated"],
    when: all(kindIn("target", MODEL_STORE_KINDS), is("flow", "authenticated", "no")),
    categories: { stride: ["S", "T"] },
    chartException:
      "Spoofing is rated on the flow because an unauthenticated writer can publish a model under another identity.",
    references: {
      atlas: ["AML.T0018", "AML.T0018.000", "AML.M0005"],
      owasp: ["ML10:2023"],
      cosai: ["cosai:riskModelSourceTampering", "cosai:riskModelDeploymentTampering"],
      aiExchange: ["owaspai:devmodelpoison"],
      nist: ["NISTAML.026"],
      maestro: ["L1", "L4"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Unauthenticated writes over {flow} can replace models in {target}",
      description:
        "{target} accepts new model files or version changes over {flow} without authenticating {source}. An attacker who reaches that path can upload a backdoored model or promote an old, vulnerable version, and the deployment path will treat it as legitimate.",
      mitigations: [
        "Require an authenticated identity for every write over {flow} and limit publishing to named pipeline and release identities.",
        "Require a second approver for promoting a version to production in {target}.",
        "Keep an audit trail of uploads and stage changes in {target} with the identity that made them.",
      ],
    },
  },
  {
    id: "AI-TAMPER-04",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.unverifiedRegistry",
    target: { types: ["dataStore"], mlKinds: ["model-registry"] },
    when: some({
      from: "model",
      target: { mlKinds: ["model-artifact-store"] },
      where: is("other", "integrityVerified", "no"),
    }),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0018", "AML.T0018.000", "AML.M0013", "AML.M0014"],
      owasp: ["ML10:2023"],
      dasf: ["DASF-4.1@2.0"],
      cosai: ["cosai:riskModelSourceTampering", "cosai:riskModelDeploymentTampering"],
      aiExchange: ["owaspai:devmodelpoison"],
      nist: ["NISTAML.026"],
      maestro: ["L1", "L4"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Versions registered in {element} resolve to weights in {other} that nobody verifies",
      description:
        "{element} records which model version is in which stage, but the weights behind each version live in {other}, where nothing checks them. Replacing a file there silently changes what an approved, production-stage version means in {element}, and every later deployment of it ships the replacement.",
      mitigations: [
        "Record the digest (or signature) of every file of a version in {element} when it is registered, and have deployment compare the files fetched from {other} with it.",
        "Make the objects of registered versions in {other} immutable, so a registered version can never point at changed bytes.",
      ],
    },
  },
  {
    id: "AI-DESER-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.unsafeDeserialization",
    target: {
      types: ["process"],
      mlKinds: [...MODEL_SERVING_KINDS, "training-job"],
    },
    when: some({
      from: "upstream",
      of: "element",
      hops: 2,
      where: any(
        is("other", "mlKind", "model-hub"),
        all(kindIn("other", MODEL_STORE_KINDS), is("other", "modelFormat", "pickle")),
      ),
    }),
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0011.000", "AML.T0018.002", "AML.M0011", "AML.M0016", "AML.M0014"],
      owasp: ["ML06:2023"],
      dasf: ["DASF-7.3@2.0"],
      cosai: ["cosai:riskMaliciousLoaderDeserialization"],
      aiExchange: ["owaspai:supplymodelpoison", "owaspai:devmodelpoison"],
      nist: ["NISTAML.05"],
      maestro: ["L1", "L4"],
    },
    likelihood: 4,
    impact: 5,
    text: {
      title: "{element} loads model files from {other} that could run code when deserialized",
      description:
        "{element} loads model files that come from {other}, whose content is not verified. Common model formats (pickle-based checkpoints, some framework archives) execute code while loading, so a crafted file gives an attacker code execution inside {element} with all of its credentials and network access.",
      mitigations: [
        "Load only formats that cannot carry code (for example safetensors or ONNX) in {element}, and disable pickle-based loaders.",
        "Scan model files from {other} for embedded code before they are accepted, and verify their signature or digest before loading.",
        "Run model loading in {element} with minimal privileges and no outbound network, so a malicious file cannot reach much.",
      ],
    },
  },
  {
    id: "AI-SUPPLY-01",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "supply.unpinnedModel",
    when: all(is("source", "mlKind", "model-hub"), is("flow", "integrityVerified", "no")),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0010.003", "AML.T0115.001", "AML.M0014", "AML.M0023"],
      owasp: ["ML06:2023", "LLM03:2025", "LLM04:2026"],
      cosai: ["cosai:riskModelSourceTampering"],
      aiExchange: ["owaspai:supplymodelpoison"],
      nist: ["NISTAML.051"],
      maestro: ["L1"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{target} pulls public models from {source} without pinning or verifying them",
      description:
        "{target} downloads models over {flow} from {source}, a public hub, and nothing checks that the files are the ones that were reviewed. A hijacked or typo-squatted repository, or a silently updated revision, delivers a poisoned model straight into {target}.",
      mitigations: [
        "Pin each public model by immutable revision and file digest, and verify the digest in {target} on every download.",
        "Mirror approved models from {source} into an internal registry after review and let {target} pull only from the mirror.",
        "List every external model with its origin and digest in an AI bill of materials.",
      ],
    },
  },
  {
    id: "AI-SUPPLY-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "supply.backdooredBaseModel",
    target: { types: ["process"], mlKinds: ["training-job"] },
    when: some({
      from: "upstream",
      of: "element",
      hops: 2,
      target: { mlKinds: ["model-hub"] },
    }),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0115.001", "AML.T0010.003", "AML.M0008", "AML.M0023"],
      owasp: ["ML07:2023"],
      dasf: ["DASF-7.1@2.0", "DASF-7.3@2.0"],
      cosai: ["cosai:riskModelSourceTampering"],
      aiExchange: ["owaspai:supplymodelpoison"],
      nist: ["NISTAML.051"],
      maestro: ["L1"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "{element} fine-tunes a public base model from {other} that may carry a backdoor",
      description:
        "{element} starts from pre-trained weights published on {other}. Backdoors planted in a base model can survive fine-tuning, so the production model may react to an attacker's trigger even though your own data is clean.",
      mitigations: [
        "Take base models only from publishers you have vetted, pinned by revision and digest, and record them in the AI bill of materials.",
        "Evaluate the fine-tuned model from {element} on trigger-style and out-of-distribution tests, not only on the task test set, before promotion.",
        "Where the task allows, fine-tune more layers or re-initialise the head so that behaviour inherited from the base model is reduced.",
      ],
    },
  },
  {
    id: "AI-SUPPLY-03",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "supply.unvettedThirdPartyData",
    supersedes: ["process.unvalidatedInput"],
    target: { types: ["process"], mlKinds: ["training-job"] },
    when: all(
      some({
        from: "upstream",
        of: "element",
        hops: 3,
        target: { mlKinds: ["data-provider"] },
      }),
      is("element", "validatesInput", "no"),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0010.002", "AML.T0115.000", "AML.M0025", "AML.M0014"],
      owasp: ["ML06:2023"],
      dasf: ["DASF-7.3@2.0"],
      cosai: ["cosai:riskDataPoisoning"],
      aiExchange: ["owaspai:datapoison"],
      nist: ["NISTAML.013", "NISTAML.05"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} trains on third-party data from {other} without vetting its content",
      description:
        "Data supplied by {other} reaches {element}, which does not validate it. Even over an authenticated channel, the provider's own dataset may already be poisoned (a compromised supplier, a scraped source an attacker seeded), and nothing between {other} and training would notice.",
      mitigations: [
        "Agree a datasheet with {other} (origin, collection method, licence, known issues) and keep it with each dataset version.",
        "Add a validation stage before {element}: schema and range checks, deduplication, label-distribution comparison with earlier deliveries, and outlier screening.",
        "Train a canary model on each new delivery and compare it with the previous one on a trusted evaluation set before the data is used for production training.",
      ],
    },
  },
  {
    id: "AI-SUPPLY-04",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "supply.codeInArtifacts",
    target: {
      types: ["process"],
      mlKinds: [...MODEL_SERVING_KINDS, "training-job", "data-pipeline", "agent"],
    },
    when: all(
      some({
        from: "upstream",
        of: "element",
        hops: 2,
        target: { mlKinds: ["model-hub"] },
      }),
      is("element", "executesInputCode", "yes"),
    ),
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0011.001", "AML.T0010.001", "AML.M0011", "AML.M0016", "AML.M0023"],
      owasp: ["ML06:2023", "LLM03:2025", "LLM04:2026"],
      dasf: ["DASF-5.4@2.0", "DASF-7.3@2.0", "DASF-2.1@2.0"],
      cosai: ["cosai:riskMaliciousLoaderDeserialization"],
      aiExchange: ["owaspai:supplymodelpoison"],
      nist: ["NISTAML.05"],
      maestro: ["L1", "L4"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "{element} runs code shipped with artifacts from {other}",
      description:
        "{element} executes code that arrives with what it pulls from {other} (custom model classes, tokenizer or preprocessing scripts, packages named by the model card). Whoever controls that repository, or a package name it refers to, runs code inside {element}.",
      mitigations: [
        "Turn off remote-code loading in {element} and vendor any required model code into your own reviewed repository.",
        "Install ML packages only from a lockfile with pinned hashes through an internal mirror, and scan them before they are mirrored.",
        "Run {element} in a sandbox without credentials to production systems and with outbound network limited to what it needs.",
      ],
    },
  },
  {
    id: "AI-SUPPLY-05",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "supply.unpinnedPackages",
    when: all(
      is("source", "mlKind", "package-index"),
      is("target", "type", "process"),
      not(known("flow", "integrityVerified", "yes")),
    ),
    categories: { stride: ["T", "E"] },
    chartException:
      "Elevation applies to the interaction: a package or image pulled into the pipeline runs with the pipeline's own rights.",
    references: {
      atlas: ["AML.T0010.001", "AML.T0011.001", "AML.M0016", "AML.M0023"],
      owasp: ["ML06:2023", "LLM03:2025", "LLM04:2026"],
      cosai: ["cosai:riskModelSourceTampering"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Packages or images that {target} pulls from {source} are not pinned or verified",
      description:
        "{target} installs code or base images from {source}, a public index, and nothing checks that what arrives is the reviewed version. A typosquatted package, a hijacked maintainer account or a compromised ML framework release runs inside {target} with its credentials, and every model built there afterwards is suspect.",
      mitigations: [
        "Pin dependencies of {target} by version and hash (lock files, image digests) and install only from a vetted internal mirror of {source}.",
        "Keep a software bill of materials for {target}, scan it for known vulnerabilities and malicious packages, and rebuild from a clean state when one is found.",
        "Record which package versions built each model, so models trained with a compromised dependency can be found and retrained.",
      ],
    },
  },
  {
    id: "AI-SUPPLY-06",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "supply.swappableImages",
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"], mlKinds: ["container-registry"] },
    when: all(
      is("element", "integrityVerified", "no"),
      some({
        from: "downstream",
        of: "element",
        hops: 2,
        target: { types: ["process"] },
      }),
    ),
    categories: { stride: ["T", "E"] },
    chartException:
      "Elevation applies to the store because an image swapped in it runs with the privileges of everything deployed from it.",
    references: {
      atlas: ["AML.T0010.001", "AML.T0010.004", "AML.M0013"],
      owasp: ["ML06:2023", "LLM03:2025", "LLM04:2026"],
      dasf: ["DASF-7.3@2.0"],
      cosai: ["cosai:riskModelDeploymentTampering"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "Images in {element} can be replaced, and {other} runs whatever it finds there",
      description:
        "{other} runs images from {element}, and nothing verifies that they are the ones that were built and reviewed. Whoever can push to the registry (a leaked CI token, an over-broad role) controls what runs in training and serving.",
      mitigations: [
        "Sign images at build time and verify signatures before {other} runs them (admission control); deploy by digest, never by mutable tag.",
        "Restrict push rights on {element} to the build pipeline and alert on pushes from anywhere else.",
      ],
    },
  },
  {
    id: "AI-SUPPLY-07",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "supply.publicHubModel",
    target: { types: ["dataStore"], mlKinds: [...MODEL_STORE_KINDS] },
    when: is("element", "provenance", "publicHub"),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0010.003", "AML.T0018", "AML.M0013", "AML.M0014"],
      owasp: ["ML06:2023", "LLM03:2025", "LLM04:2026"],
      dasf: ["DASF-7.3@2.0", "DASF-7.1@2.0", "DASF-8.1@2.0"],
      cosai: ["cosai:riskModelSourceTampering"],
      aiExchange: ["owaspai:supplymodelpoison"],
      nist: ["NISTAML.051"],
      maestro: ["L1"],
    },
    likelihood: 2,
    impact: 5,
    text: {
      title: "Models in {element} come from a public hub, with whatever a publisher put in them",
      description:
        "{element} holds models downloaded from a public hub. A tampered, look-alike or later-updated repository can deliver a model with a backdoor or a loader that runs code, and checking a hash only proves the file is the one the hub served.",
      mitigations: [
        "Pin each model in {element} to a reviewed commit and verify its hash on download; prefer publishers that sign their releases.",
        "Scan model files before they reach {element} (format, embedded code) and evaluate each model on trigger probes before use.",
        "Mirror vetted models into an internal registry and let nothing load models straight from the hub.",
      ],
    },
  },
  {
    id: "AI-SBOM-01",
    revision: 1,
    pack: "ai",
    scope: "model",
    rootCause: "supply.noBillOfMaterials",
    when: some({
      from: "model",
      target: { mlKinds: ["package-index", "model-hub", "container-registry"] },
    }),
    categories: { stride: ["T", "R"] },
    chartException:
      "Repudiation applies to the system: without a record of what went into each model, nobody can show which models a compromised dependency touched.",
    references: {
      atlas: ["AML.T0010", "AML.M0023"],
      owasp: ["LLM03:2025", "LLM04:2026", "ML06:2023"],
      maestro: ["L4", "L6"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Keep a bill of materials of what went into each model",
      description:
        "Code, images or models come into this system from {other} and similar sources. Unless each model records which packages, base images, base models and datasets (with versions and hashes) built it, a compromised dependency cannot be traced to the models it affected, nor those models retired.",
      mitigations: [
        "Generate a software and AI bill of materials (SBOM / AI-BOM) for every image and trained model, and store it with the model version.",
        "Scan the bills of materials against vulnerability and malicious-package feeds, and list the models to rebuild when one matches.",
      ],
    },
  },
];
