import type { RuleInput } from "../../schema";
import {
  all,
  GENERATIVE_KINDS,
  is,
  kindIn,
  LEARNING_DATA_STORE_KINDS,
  otherHoldsSensitiveData,
  some,
} from "./conditions";

const reachableFromInternet = is("element", "reachableFromInternet", "yes");

/** LLM applications: prompt injection, system prompts, what the model says and where that goes. */
export const LLM_RULES: RuleInput[] = [
  {
    id: "AI-PROMPTINJ-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: reachableFromInternet,
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0051.000", "AML.T0054", "AML.M0020", "AML.M0022"],
      owasp: ["LLM01:2025"],
    },
    likelihood: 5,
    impact: 4,
    text: {
      title: "Prompts sent to {element} can override its instructions",
      description:
        "Text typed by internet users reaches {element}, and the model cannot reliably tell the operator's instructions from instructions hidden in user input. A crafted prompt can make it ignore its rules, reveal what it was told to keep private, or misuse any data and tools it has access to.",
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
    when: some({
      from: "upstream",
      of: "element",
      hops: 2,
      target: { mlKinds: ["vector-store", "agent-tool", "data-provider", "third-party-ai-api"] },
    }),
    categories: { stride: ["T", "E"] },
    references: {
      atlas: ["AML.T0051.001", "AML.T0070", "AML.M0033", "AML.M0030", "AML.M0020"],
      owasp: ["LLM01:2025"],
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
    when: all(
      reachableFromInternet,
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
      owasp: ["LLM07:2025"],
    },
    likelihood: 4,
    impact: 3,
    text: {
      title: "Internet users can make {element} reveal the system prompt from {other}",
      description:
        "{element} is reachable from the internet and runs with instructions from {other}. Users can coax the model into repeating or paraphrasing those instructions, exposing business rules, filter logic, internal names and anything else that was put in the prompt, which then helps them craft bypasses.",
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
    target: { types: ["dataStore"], mlKinds: ["prompt-store"] },
    when: is("element", "storesCredentials", "yes"),
    categories: { stride: ["I"] },
    references: {
      atlas: ["AML.T0056", "AML.T0083", "AML.T0055"],
      owasp: ["LLM07:2025"],
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
    references: { atlas: ["AML.T0081", "AML.T0051"], owasp: ["LLM01:2025"] },
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
    when: all(
      reachableFromInternet,
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
      owasp: ["LLM02:2025"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "{element} can repeat sensitive data from {other} to internet users",
      description:
        "{element} answers internet users and draws on sensitive data from {other}, either memorised during training or placed in its context. A user can ask for it directly or obliquely and receive personal or confidential records that they are not entitled to see.",
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
    when: all(
      kindIn("source", GENERATIVE_KINDS),
      is("target", "type", "process"),
      is("target", "executesInputCode", "yes"),
    ),
    categories: { stride: ["T", "E"] },
    chartException:
      "Elevation is rated on the interaction because the flow delivers model text that the receiving process executes.",
    references: { atlas: ["AML.T0050", "AML.M0033"], owasp: ["LLM05:2025"] },
    likelihood: 4,
    impact: 5,
    text: {
      title: "{target} executes what {source} generates",
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
    target: { types: ["process"], mlKinds: [...GENERATIVE_KINDS] },
    when: some({
      from: "downstream",
      of: "element",
      hops: 1,
      target: { types: ["externalEntity"] },
    }),
    categories: { stride: ["I"] },
    references: { atlas: ["AML.T0077", "AML.M0020"], owasp: ["LLM05:2025"] },
    likelihood: 3,
    impact: 3,
    text: {
      title: "Responses from {element} rendered by {other} can run script or leak data",
      description:
        "{element} sends generated text directly to {other}. If the client renders it as Markdown or HTML, injected content can load an image whose URL carries conversation data to an attacker's server, or insert script and misleading links.",
      mitigations: [
        "Encode output of {element} for the context where {other} shows it, and render Markdown without raw HTML.",
        "Block or proxy images and links in responses from {element} to domains on an allow-list, so URLs cannot carry data out.",
        "Apply a strict Content Security Policy in any web client that displays responses from {element}.",
      ],
    },
  },
];
