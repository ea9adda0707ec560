import type { RuleInput } from "../../schema";
import {
  all,
  any,
  GENERATIVE_KINDS,
  is,
  kindIn,
  known,
  LEARNING_DATA_STORE_KINDS,
  none,
  not,
  otherHoldsSensitiveData,
  otherIsReceivingParty,
  otherIsWritableByOthers,
  reachedByOutsiders,
  some,
} from "./conditions";

/** Where model text goes on its way to a person: up to three flows, through processes. */
const outputReachesOutsideParty = some({
  from: "downstream",
  of: "element",
  hops: 3,
  target: { types: ["externalEntity"] },
  where: otherIsReceivingParty,
});

/** What a model reads that others wrote: tool results, MCP servers, outside data. */
const INJECTION_SOURCE_KINDS = ["agent-tool", "mcp-server", "data-provider"] as const;

/** LLM applications: prompt injection, system prompts, what the model says and where that goes. */
export const LLM_RULES: RuleInput[] = [
  {
    id: "AI-PROMPTINJ-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.directInjection",
    supersedes: ["process.unvalidatedInput"],
    claims: ["outsiderAccess"],
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: reachedByOutsiders,
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0051.000", "AML.T0054", "AML.M0020", "AML.M0022"],
      owasp: ["LLM01:2025", "LLM01:2026"],
      dasf: ["DASF-9.1@2.0", "DASF-9.12@2.0"],
      cosai: ["cosai:riskPromptInjection"],
      aiExchange: ["owaspai:directpromptinjection"],
      nist: ["NISTAML.018"],
      maestro: ["L1", "L3"],
    },
    likelihood: 5,
    impact: 4,
    text: {
      title: "Prompts sent to {element} can override its instructions",
      description:
        "Text from {exposure} reaches {element}, and the model cannot reliably tell the operator's instructions from instructions hidden in user input. A crafted prompt can make it ignore its rules, reveal what it was told to keep private, or misuse any data and tools it has access to.",
      mitigations: [
        "Treat everything {element} produces as untrusted: enforce permissions and business rules in code outside the model, never only in the prompt.",
        "Screen inputs and outputs of {element} with a guardrail classifier for injection and jailbreak patterns, and log what it blocks.",
        "Keep the data and tools reachable from {element} to what the current user may see and do, so a successful injection gains nothing extra.",
        "Red-team {element} with known injection and jailbreak suites before each model or prompt change.",
      ],
    },
  },
  {
    id: "AI-PROMPTINJ-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    rootCause: "llm.indirectInjection",
    // Through one component in between (a retriever, an orchestration layer); content another
    // agent fetched reaches it as that agent's result, which AI-CASCADE-01 speaks of.
    when: any(
      some({
        from: "upstream",
        of: "element",
        hops: 1,
        target: { mlKinds: [...INJECTION_SOURCE_KINDS] },
      }),
      all(
        none({ from: "upstream", of: "element", hops: 1, target: { mlKinds: ["agent"] } }),
        some({
          from: "upstream",
          of: "element",
          hops: 2,
          target: { mlKinds: [...INJECTION_SOURCE_KINDS] },
        }),
      ),
      some({
        from: "upstream",
        of: "element",
        hops: 2,
        target: { mlKinds: ["vector-store"] },
        where: otherIsWritableByOthers,
      }),
    ),
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0051.001", "AML.T0070", "AML.M0033", "AML.M0030", "AML.M0020"],
      owasp: ["LLM01:2025", "LLM01:2026"],
      dasf: ["DASF-9.1@2.0"],
      cosai: ["cosai:riskPromptInjection"],
      aiExchange: ["owaspai:indirectpromptinjection"],
      nist: ["NISTAML.015"],
      maestro: ["L1", "L3"],
    },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Content retrieved from {other} can carry instructions that {element} follows",
      description:
        "{element} puts content obtained from {other} into its context. Whoever can write into that content (a document, a web page, an email, a tool result) can plant instructions that the model executes on behalf of the person who asked, without that person seeing them.",
      mitigations: [
        "Mark content from {other} as data in the prompt (delimited, labelled as untrusted) and instruct {element} never to follow instructions found inside it.",
        "Do not let {element} call tools or send data out on the strength of retrieved content alone: require the user's request to justify the action, or a confirmation.",
        "Scan content from {other} for instruction-like text and hidden markup when it is ingested and again when it is retrieved.",
      ],
    },
  },
  {
    id: "AI-SYSPROMPT-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    rootCause: "llm.systemPromptLeak",
    claims: ["outsiderAccess"],
    when: all(
      reachedByOutsiders,
      some({
        from: "upstream",
        of: "element",
        hops: 2,
        target: { mlKinds: ["prompt-store"] },
      }),
    ),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0056", "AML.T0069.002", "AML.M0020", "AML.M0021"],
      owasp: ["LLM07:2025", "LLM08:2026"],
      dasf: ["DASF-10.6@2.0"],
      cosai: ["cosai:riskSensitiveDataDisclosure"],
      aiExchange: ["owaspai:disclosureinoutput"],
      nist: ["NISTAML.035"],
      maestro: ["L1"],
    },
    likelihood: 4,
    impact: 3,
    text: {
      title: "Outsiders can make {element} reveal the system prompt from {other}",
      description:
        "{element} answers {exposure} and runs with instructions from {other}. Users can coax the model into repeating or paraphrasing those instructions, exposing business rules, filter logic, internal names and anything else that was put in the prompt, which then helps them craft bypasses.",
      mitigations: [
        "Write prompts in {other} on the assumption that they will be read: no credentials, internal URLs or security logic that relies on secrecy.",
        "Enforce access rules and content filters in code around {element}, not in its system prompt.",
        "Check responses of {element} for long verbatim overlaps with the system prompt and block them.",
      ],
    },
  },
  {
    id: "AI-SYSPROMPT-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.secretsInContext",
    supersedes: ["store.holdsSecrets"],
    target: { types: ["dataStore"], mlKinds: ["prompt-store"] },
    when: known("element", "storesCredentials", "yes"),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0056", "AML.T0083", "AML.T0055"],
      owasp: ["LLM07:2025", "LLM08:2026"],
      dasf: ["DASF-9.10@2.0"],
      aiExchange: ["owaspai:augmentationdataleak", "owaspai:disclosureinoutput"],
      nist: ["NISTAML.035"],
      maestro: ["L2", "L3"],
    },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Secrets stored with the prompts in {element} end up in the model's context",
      description:
        "{element} keeps credentials next to, or inside, prompt templates. Anything placed in a model's context can be extracted by a user who asks the right way, and everyone who can read the templates can read the secrets.",
      mitigations: [
        "Remove credentials from {element}; let the application code that calls tools and APIs fetch them from a secrets manager at call time.",
        "Rotate every credential that has been stored in {element}.",
        "Scan prompt templates for secrets in review and in CI before they are saved to {element}.",
      ],
    },
  },
  {
    id: "AI-SYSPROMPT-03",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.promptTampering",
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"], mlKinds: ["prompt-store"] },
    when: all(
      is("element", "integrityVerified", "no"),
      some({
        from: "downstream",
        of: "element",
        hops: 2,
        target: { mlKinds: [...GENERATIVE_KINDS] },
      }),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0081", "AML.T0051"],
      owasp: ["LLM01:2025", "LLM01:2026"],
      dasf: ["DASF-9.1@2.0"],
      cosai: ["cosai:riskPromptInjection"],
      aiExchange: ["owaspai:augmentationdatamanipulation"],
      maestro: ["L2", "L3"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "A changed template in {element} silently rewrites how {other} behaves",
      description:
        "{other} takes its instructions from {element}, and nothing verifies that the templates are the reviewed versions. Whoever can edit them can plant a persistent injection (leak data to a URL, disable a refusal, favour a product) that applies to every conversation.",
      mitigations: [
        "Version prompt templates in {element} like code: changes by pull request with review, deployed from the repository, with a content hash checked by {other} at load.",
        "Restrict write access to {element} to the release pipeline and log every change with its author.",
      ],
    },
  },
  {
    id: "AI-LLMLEAK-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    rootCause: "llm.sensitiveDataLeak",
    claims: ["outsiderAccess"],
    when: all(
      reachedByOutsiders,
      some({
        from: "upstream",
        of: "element",
        hops: 3,
        target: { mlKinds: [...LEARNING_DATA_STORE_KINDS, "prompt-store"] },
        where: otherHoldsSensitiveData,
      }),
    ),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0057", "AML.M0020", "AML.M0008"],
      owasp: ["LLM02:2025", "LLM02:2026"],
      dasf: ["DASF-10.6@2.0"],
      cosai: ["cosai:riskSensitiveDataDisclosure"],
      aiExchange: ["owaspai:disclosureinoutput"],
      nist: ["NISTAML.037", "NISTAML.038"],
      maestro: ["L1", "L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Outsiders can get sensitive data from {other} out of {element}",
      description:
        "{element} answers {exposure} and draws on sensitive data from {other}, either memorised during training or placed in its context. A user can ask for it directly or obliquely and receive personal or confidential records that they are not entitled to see.",
      mitigations: [
        "Remove or mask personal and confidential fields in {other} that the use case does not need, before training or indexing.",
        "Filter responses of {element} for personal data and confidential markers before they leave the service.",
        "Evaluate {element} with extraction prompts (ask for records, complete known prefixes) before release and after each data refresh.",
      ],
    },
  },
  {
    id: "AI-OUTPUT-01",
    revision: 1,
    pack: "ai",
    scope: "interaction",
    rootCause: "llm.outputExecuted",
    supersedes: ["process.executesInput"],
    when: all(
      kindIn("source", GENERATIVE_KINDS),
      is("target", "type", "process"),
      is("target", "executesInputCode", "yes"),
    ),
    categories: { stride: ["T", "E"] },
    chartException:
      "Elevation is rated on the interaction because the flow delivers model text that the receiving process executes.",
    references: {
      atlas: ["AML.T0050", "AML.M0033"],
      owasp: ["LLM05:2025", "LLM10:2026"],
      cosai: ["cosai:riskInsecureModelOutput"],
      aiExchange: ["owaspai:outputcontainsconventionalinjection"],
      maestro: ["L3"],
    },
    likelihood: 4,
    impact: 5,
    text: {
      title: "What {source} generates is executed by {target}",
      description:
        "Output of {source} flows over {flow} into {target}, which runs code, queries or commands derived from it. Anyone who can influence the model's output (a prompt, a retrieved document) can therefore run their own commands in {target} with its permissions: SQL injection, shell commands, server-side requests.",
      mitigations: [
        "Have {source} produce structured output (a schema of allowed operations and parameters) and let {target} map it to fixed, parameterised actions instead of executing free text.",
        "Run whatever {target} executes in a sandbox without network or credentials beyond the task, with time and resource limits.",
        "Validate and encode model output in {target} exactly as you would user input for the interpreter it reaches.",
      ],
    },
  },
  {
    id: "AI-OUTPUT-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.outputRendered",
    supersedes: ["llm.outputUntrusted"],
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: all(outputReachesOutsideParty, is("element", "outputHandling", "rendered")),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0077", "AML.M0020"],
      owasp: ["LLM05:2025", "LLM10:2026"],
      cosai: ["cosai:riskInsecureModelOutput"],
      aiExchange: ["owaspai:outputcontainsconventionalinjection"],
      nist: ["NISTAML.036"],
      maestro: ["L3"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title:
        "Responses from {element} are rendered on their way to {other}, where they can run script or leak data",
      description:
        "Generated text from {element} reaches {other} (directly or through the components in between) and is rendered as Markdown or HTML. Injected content can then load an image whose URL carries conversation data to an attacker's server, or insert script and misleading links. Every component on the way must treat it as untrusted, not only the last one.",
      mitigations: [
        "Encode output of {element} for the context where it is shown, and render Markdown without raw HTML, in every client and intermediary that displays it.",
        "Block or proxy images and links in responses from {element} to domains on an allow-list, so URLs cannot carry data out.",
        "Apply a strict Content Security Policy in any web client that displays responses from {element}.",
        "Set the output handling of {element} in the diagram to plain text once every consumer treats it as such.",
      ],
    },
  },
  {
    id: "AI-OUTPUT-03",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.outputExecuted",
    supersedes: ["llm.outputUntrusted"],
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: all(
      { subject: "element", fact: "outDegree", gte: 1 },
      is("element", "outputHandling", "executed"),
      none({
        from: "downstream",
        of: "element",
        hops: 1,
        target: { types: ["process"] },
        where: known("other", "executesInputCode", "yes"),
      }),
    ),
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0050", "AML.M0033"],
      owasp: ["LLM05:2025", "LLM10:2026"],
      cosai: ["cosai:riskInsecureModelOutput"],
      aiExchange: ["owaspai:outputcontainsconventionalinjection"],
      maestro: ["L3"],
    },
    likelihood: 4,
    impact: 5,
    text: {
      title: "Output of {element} is executed as code, queries or commands downstream",
      description:
        "What {element} generates is run by something downstream (code, SQL, shell commands, API calls). Anyone who can influence the model's output, through a prompt or a retrieved document, chooses what runs, with the permissions of whatever executes it.",
      mitigations: [
        "Have {element} produce structured output (allowed operations and parameters) mapped to fixed, parameterised actions instead of executing free text.",
        "Run what is executed in a sandbox without network or credentials beyond the task, with time and resource limits.",
        "Draw the component that executes the output and mark it as executing its input, so its own risks are assessed.",
      ],
    },
  },
  {
    // Inherent in generated text until the diagram says its consumers take it as plain text;
    // where it is known to be rendered or executed, AI-OUTPUT-02 / -03 say how.
    id: "AI-OUTPUT-05",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.outputUntrusted",
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: all(
      not(known("element", "outputHandling", "plainText")),
      // Its consumers: not the model provider it sends prompts to.
      some({
        from: "downstream",
        of: "element",
        hops: 1,
        where: { subject: "other", fact: "mlKind", notIn: ["third-party-ai-api", "llm"] },
      }),
    ),
    categories: { stride: ["T", "I"] },
    references: {
      atlas: ["AML.T0077", "AML.T0050"],
      owasp: ["LLM05:2025", "LLM10:2026"],
      cosai: ["cosai:riskInsecureModelOutput"],
      aiExchange: ["owaspai:outputcontainsconventionalinjection"],
      maestro: ["L3"],
    },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Text generated by {element} is untrusted input to {other}",
      description:
        "Prompts and retrieved content can steer what {element} writes, so its output must be handled like user input by {other} and everything after it. A consumer that renders it can run script or leak data through image links; one that builds queries, commands or API calls from it can be injected.",
      mitigations: [
        "Encode output of {element} for where it is shown, and render Markdown without raw HTML; block images and links to domains not on an allow-list.",
        "Never build queries, commands or code from output of {element} by string concatenation: map structured output to parameterised actions.",
        "Set the output handling of {element} in the diagram (plain text, rendered, executed) so the specific risks are assessed.",
      ],
    },
  },
  {
    id: "AI-SYSPROMPT-04",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.secretsInContext",
    claims: ["outsiderAccess"],
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: all(reachedByOutsiders, is("element", "secretsInPrompt", "yes")),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0056", "AML.T0055"],
      owasp: ["LLM07:2025", "LLM08:2026"],
      dasf: ["DASF-9.10@2.0", "DASF-10.6@2.0"],
      aiExchange: ["owaspai:disclosureinoutput"],
      nist: ["NISTAML.035"],
      maestro: ["L1", "L3"],
    },
    likelihood: 4,
    impact: 4,
    text: {
      title: "Secrets in the context of {element} can be coaxed out by outsiders",
      description:
        "The system prompt or context of {element} holds secrets (keys, credentials, internal URLs), and {exposure} can talk to it. Whatever is in a model's context can be extracted by asking the right way; a refusal instruction is not access control.",
      mitigations: [
        "Remove secrets from the prompt and context of {element}; let application code that calls tools fetch credentials from a secrets manager at call time.",
        "Rotate every credential that has been placed in the context of {element}.",
      ],
    },
  },
  {
    id: "AI-LLMLEAK-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "llm.sensitiveDataLeak",
    claims: ["outsiderAccess"],
    target: { types: ["process"], mlKinds: ["llm", "embedding-model"] },
    when: all(
      reachedByOutsiders,
      // Most served LLMs are vendors' foundation models: only an explicit answer says otherwise.
      known("element", "trainedOnPrivateData", "yes"),
      none({
        from: "upstream",
        of: "element",
        hops: 3,
        target: { mlKinds: [...LEARNING_DATA_STORE_KINDS] },
        where: otherHoldsSensitiveData,
      }),
    ),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0057", "AML.T0024.000"],
      owasp: ["LLM02:2025", "LLM02:2026"],
      dasf: ["DASF-10.6@2.0"],
      cosai: ["cosai:riskSensitiveDataDisclosure"],
      aiExchange: ["owaspai:disclosureinoutput"],
      nist: ["NISTAML.037"],
      maestro: ["L1"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Outsiders can make {element} reproduce its non-public training data",
      description:
        "The model behind {element} was trained or fine-tuned on non-public data, even though no training data store is drawn here, and {exposure} can prompt it. Models memorise rare and repeated records; prefix completion and divergence attacks recover them verbatim (names, emails, code, contract text).",
      mitigations: [
        "De-duplicate and scrub personal and secret data from the fine-tuning set of {element}; train with differential privacy where records are sensitive.",
        "Test {element} for memorisation with extraction prompts before release, and filter outputs for personal data.",
        "Draw the training data and its store, so the threats to it are assessed too.",
      ],
    },
  },
];
