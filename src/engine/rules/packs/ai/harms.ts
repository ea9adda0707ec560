import type { RuleInput } from "../../schema";
import {
  all,
  any,
  GENERATIVE_KINDS,
  is,
  kindIn,
  known,
  none,
  not,
  otherIsReceivingParty,
  reachedByOutsiders,
  some,
} from "./conditions";

/**
 * What a model's decisions and words do to people and to the business: discriminatory outcomes,
 * confident errors acted on, harmful content, and decisions that pass unchecked when the model is
 * down. Harms neither STRIDE nor LINDDUN names carry an AI harm category of their own.
 */
export const HARM_RULES: RuleInput[] = [
  {
    id: "AI-FAIR-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.unfairDecisions",
    target: { types: ["process"], mlKinds: ["inference-endpoint", "llm", "agent"] },
    // Asked of predictive endpoints, where deciding about people is the common case; a generative
    // model that decides says so in the inspector.
    when: any(
      all(
        is("element", "mlKind", "inference-endpoint"),
        is("element", "decidesAboutPeople", "yes"),
      ),
      known("element", "decidesAboutPeople", "yes"),
    ),
    categories: { ai: ["fairness"], linddun: ["Nc"] },
    references: {
      atlas: ["AML.M0007"],
      maestro: ["L1", "L6"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Decisions of {element} can treat groups of people unfairly",
      description:
        "The outputs of {element} decide or rank things for individual people. A model learns the patterns of its training data, including historical bias and proxies for protected attributes (postcode for ethnicity, career gaps for gender), and can deny or price people unequally without anyone intending it. Anti-discrimination and AI regulation treat such systems as high-risk.",
      mitigations: [
        "Measure outcomes of {element} per relevant group (approval rates, error rates) before release and on live traffic, with thresholds that block a release.",
        "Remove protected attributes and their strongest proxies from the features where the law or the purpose requires it, and document why each remaining feature is justified.",
        "Give people affected by a decision of {element} an explanation, a human review and a way to contest it.",
      ],
    },
  },
  {
    id: "AI-FAILOPEN-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.failOpen",
    target: { types: ["process"], mlKinds: ["inference-endpoint"] },
    when: all(
      some({ from: "upstream", target: { types: ["process"] } }),
      is("element", "failsOpen", "yes"),
    ),
    categories: { stride: ["D", "T"] },
    references: {
      atlas: ["AML.T0029", "AML.T0034"],
      dasf: ["DASF-9.7@2.0"],
      cosai: ["cosai:riskDenialOfMLService"],
      aiExchange: ["owaspai:airesourceexhaustion"],
      nist: ["NISTAML.01"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 5,
    text: {
      title: "When {element} times out, requests pass as if it had approved them",
      description:
        "The callers of {element} go on when it is slow or fails, as if it had said yes. An attacker does not need to fool the model: making it slow (a burst of expensive requests, a degraded dependency) is enough for fraudulent or harmful requests to pass unchecked, exactly when nobody is looking.",
      mitigations: [
        "Fail closed or fall back to a conservative rule set when {element} does not answer in time, and queue the undecided cases for review.",
        "Alert on the share of requests decided without {element}, and cap how many may pass that way.",
        "Isolate {element} from load it does not need to carry (separate capacity for the decision path).",
      ],
    },
  },
  {
    id: "AI-OVERRELY-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.misinformation",
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: all(
      some({
        from: "downstream",
        hops: 3,
        target: { types: ["externalEntity"] },
        where: all(otherIsReceivingParty, is("other", "entityKind", "human")),
      }),
      // Said once, on the agent people talk to: not on the specialists or models it delegates to.
      none({ from: "upstream", of: "element", hops: 1, target: { mlKinds: ["agent"] } }),
    ),
    categories: { ai: ["misinformation"] },
    references: {
      atlas: ["AML.T0048"],
      owasp: ["LLM09:2025", "LLM07:2026"],
      dasf: ["DASF-9.8@2.0"],
      maestro: ["L1", "L7"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Answers from {element} can be confidently wrong, and {other} may act on them",
      description:
        "Generated text from {element} reaches {other}. Language models produce fluent answers that can be false (invented facts, citations, policies or code), and people tend to trust fluent answers, all the more when the interface presents them as the system's own.",
      mitigations: [
        "Ground answers of {element} in retrieved, cited sources and say so when it has none; decline questions outside its scope.",
        "Show {other} that the answer is generated and can be wrong, and keep consequential actions behind a human check.",
        "Evaluate {element} for factual accuracy on the questions users actually ask, and track reported errors.",
      ],
    },
  },
  {
    id: "AI-HARMFUL-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.harmfulContent",
    claims: ["outsiderAccess"],
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: all(reachedByOutsiders, is("element", "outputGuardrails", "no")),
    categories: { ai: ["harmfulContent"] },
    references: {
      atlas: ["AML.T0048", "AML.T0048.001", "AML.T0054"],
      owasp: ["LLM01:2025", "LLM01:2026"],
      dasf: ["DASF-9.12@2.0"],
      cosai: ["cosai:riskInsecureModelOutput"],
      aiExchange: ["owaspai:directpromptinjection"],
      nist: ["NISTAML.04", "NISTAML.027"],
      maestro: ["L1"],
    },
    likelihood: 4,
    impact: 3,
    text: {
      title: "Outsiders can get harmful or off-policy content from {element}",
      description:
        "{element} answers {exposure} and nothing screens what it produces. With a jailbreak, or by accident, it can return hateful, dangerous, defamatory or simply off-brand content under the organisation's name, and screenshots travel fast.",
      mitigations: [
        "Screen outputs of {element} with a moderation classifier before they are shown, and block or rewrite what it flags.",
        "Define what {element} must not produce, test it with jailbreak suites before each change, and log refusals and blocks.",
      ],
    },
  },
  {
    id: "AI-DOS-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    // One root cause with AI-DOS-01 (nothing bounds what outsiders make the model spend): the
    // cost form holds unless the request count is known to be unbounded too, where AI-DOS-01
    // speaks and this one is folded in.
    rootCause: "model.resourceExhaustion",
    claims: ["outsiderAccess"],
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: all(
      reachedByOutsiders,
      not(known("element", "publicUnlimitedReach", "yes")),
      is("element", "publicUncappedReach", "yes"),
      is("element", "costLimited", "no"),
    ),
    categories: { stride: ["D"] },
    references: {
      atlas: ["AML.T0034", "AML.T0034.001", "AML.T0034.002", "AML.T0029"],
      owasp: ["LLM10:2025", "LLM06:2026"],
      dasf: ["DASF-9.7@2.0", "DASF-9.9@2.0"],
      cosai: ["cosai:riskEconomicDenialOfWallet", "cosai:riskDenialOfMLService"],
      aiExchange: ["owaspai:airesourceexhaustion"],
      nist: ["NISTAML.01", "NISTAML.014"],
      maestro: ["L4"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Request limits do not cap what each request costs on {element}",
      description:
        "Outsiders reach {element}, and nothing caps the tokens, tool calls or compute a single request may use. Even behind a limit on the number of requests, a few maximal requests (the longest context, the longest answer, recursive tool loops) cost as much as thousands of ordinary ones: a denial of service, or of wallet, that request counting does not see.",
      mitigations: [
        "Cap input and output tokens per request on {element}, and steps and tool calls for agents.",
        "Meter tokens or compute per client and enforce a budget, with alerts on spend.",
      ],
    },
  },
  {
    id: "AI-EXFIL-01",
    revision: 2,
    pack: "ai",
    scope: "element",
    rootCause: "model.exfiltrationChannel",
    target: { types: ["process"], mlKinds: ["llm", "agent", "inference-endpoint"] },
    when: all(
      // The model it runs could be replaced without anyone noticing ({other} names its source)...
      some({
        from: "upstream",
        hops: 3,
        target: { mlKinds: ["model-artifact-store", "model-registry", "model-hub"] },
        where: any(is("other", "mlKind", "model-hub"), known("other", "integrityVerified", "no")),
      }),
      // ...its answers leave the system...
      any(
        reachedByOutsiders,
        some({ from: "downstream", hops: 2, target: { types: ["externalEntity"] } }),
      ),
      // ...and it sees data worth stealing: for a generative model, whatever its callers send
      // (its context spans their requests); for a classifier answering each caller about their
      // own input, only restricted records it reads.
      any(
        all(
          kindIn("element", GENERATIVE_KINDS),
          any(
            known("element", "multiTenant", "yes"),
            known("element", "handlesPersonalData", "yes"),
          ),
        ),
        some({
          from: "upstream",
          hops: 3,
          target: { types: ["dataStore"] },
          where: known("other", "classification", "restricted"),
        }),
      ),
    ),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0024", "AML.T0018"],
      owasp: ["LLM02:2025", "LLM02:2026"],
      dasf: ["DASF-10.6@2.0"],
      cosai: ["cosai:riskCovertChannelsInModelOutputs"],
      maestro: ["L1"],
    },
    likelihood: 2,
    impact: 5,
    text: {
      title: "A swapped model in {element} could leak what it sees through its own answers",
      description:
        "{element} sees data worth stealing (other tenants' or people's requests, restricted records), its answers leave the system, and the model it loads from {other} is not verified. A backdoored or replaced model can encode that data in ordinary-looking answers, so the leak passes every access control, which all see authorised reads.",
      mitigations: [
        "Give {element} only the data a request needs, fetched per request under the caller's permission rather than in bulk.",
        "Inspect outputs of {element} for restricted data and unusual encodings (long identifiers, base64, URLs) before they leave.",
        "Load only signed, evaluated model versions from {other} into {element}, so a swapped model cannot start leaking unnoticed.",
      ],
    },
  },
  {
    id: "AI-EXPLAIN-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "model.unexplainedDecisions",
    target: { types: ["process"], mlKinds: ["inference-endpoint", "llm", "agent"] },
    when: known("element", "decidesAboutPeople", "yes"),
    categories: { linddun: ["U", "Nc"] },
    chartException:
      "Unawareness is rated on the deciding component: the people it decides about are not told how, or that a model decided.",
    references: {
      maestro: ["L6"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title:
        "People affected by decisions of {element} need an explanation and a way to contest them",
      description:
        "{element} decides or ranks things for individual people. Those affected, and the staff who act on the output, need to know the main reasons behind a decision, and people must be able to contest an automated decision and obtain a human review: data protection and AI regulation require both for decisions with real effects.",
      mitigations: [
        "Show the main factors behind each output of {element} to the staff who act on it, and record them with the decision.",
        "Tell people when a decision about them involved {element}, explain it in plain words on request, and offer a human review.",
      ],
    },
  },
];
