import type { Topic } from "./topic";
import { LLM01, DISCLOSURE_BROAD } from "./shared";

/** Generative AI and retrieval. */
export const GENERATIVE_TOPICS = {
  "prompt-injection": {
    refs: [
      "AML.T0051",
      "AML.T0054",
      "owaspai:directpromptinjection",
      "NISTAML.018",
      "DASF-9.12@2.0",
    ],
    refsWithKeywords: LLM01,
    categories: ["STRIDE:T", "STRIDE:E"],
    keywords: [
      "prompt.?injection",
      "jailbreak",
      "(override|overrid|ignore|subvert)\\w*[^.]{0,40}instruction",
    ],
  },
  "indirect-prompt-injection": {
    refs: [
      "AML.T0051.001",
      "owaspai:indirectpromptinjection",
      "NISTAML.015",
      "AML.T0070",
      "AML.T0099",
    ],
    refsWithKeywords: [...LLM01, "AML.T0051"],
    categories: ["STRIDE:T", "STRIDE:E"],
    keywords: [
      "indirect",
      "retrieved",
      "document",
      "page",
      "tool (output|result)",
      "content (it|the agent|the model) (reads|retriev)",
      "e-?mail",
      "memor",
      "issue",
    ],
  },
  "system-prompt-leakage": {
    refs: ["LLM07:2025", "LLM08:2026", "AML.T0056", "NISTAML.035", "AML.T0069.002"],
    keywords: ["system prompt", "hidden (context|instruction)"],
  },
  "improper-output-handling": {
    refs: [
      "LLM05:2025",
      "LLM10:2026",
      "cosai:riskInsecureModelOutput",
      "AML.T0077",
      "owaspai:outputcontainsconventionalinjection",
    ],
    categories: ["STRIDE:T", "STRIDE:E"],
    keywords: ["render", "markdown", "html", "script", "xss", "output handling", "sanitiz"],
  },
  misinformation: {
    refs: ["LLM09:2025", "LLM07:2026", "DASF-9.8@2.0", "AGT-T5@1.1", "ASI08:2026"],
    keywords: [
      "hallucinat",
      "misinformation",
      "over-?reliance",
      "fabricat",
      "wrong answer",
      "inaccurate",
    ],
  },
  "training-data-extraction": {
    refs: ["AML.T0057", "NISTAML.037", "NISTAML.038"],
    refsWithKeywords: DISCLOSURE_BROAD,
    keywords: ["training data", "memori[sz]", "regurgitat", "fine-?tun"],
  },
  "context-isolation": {
    refs: ["cosai:riskPromptResponseCachePoisoning"],
    refsWithKeywords: [...DISCLOSURE_BROAD, "LLM08:2025", "LLM09:2026"],
    categories: ["STRIDE:I", "LINDDUN:DD"],
    keywords: [
      "isolat",
      "tenant",
      "another (customer|user|visitor|session|app)",
      "other (customers|users|visitors|sessions|apps|people)",
      "cross-",
      "mix",
      "not entitled to",
      "someone else",
    ],
  },
  "cost-dos": {
    refs: [
      "cosai:riskEconomicDenialOfWallet",
      "AML.T0034",
      "AGT-T4@1.1",
      "cosai:riskRunawayAgentToolLoops",
    ],
    refsWithKeywords: ["LLM10:2025", "LLM06:2026", "DASF-9.7@2.0"],
    categories: ["STRIDE:D"],
    keywords: ["cost", "token", "compute", "wallet", "spend", "bill", "consumption", "loop"],
  },
  "vector-store-poisoning": {
    refs: [
      "cosai:riskRetrievalVectorStorePoisoning",
      "AML.T0070",
      "AML.T0071",
      "AML.T0066",
      "owaspai:augmentationdatamanipulation",
    ],
    refsWithKeywords: ["LLM08:2025", "LLM09:2026", "LLM04:2025", "LLM05:2026"],
    categories: ["STRIDE:T"],
    keywords: ["poison", "plant", "inject", "manipulat", "edit"],
  },
  "permission-aware-retrieval": {
    refs: ["DASF-9.10@2.0", "owaspai:augmentationdataleak"],
    refsWithKeywords: [...DISCLOSURE_BROAD, "LLM08:2025", "LLM09:2026", "AML.T0085.000"],
    categories: ["STRIDE:I", "STRIDE:E", "LINDDUN:DD"],
    keywords: [
      "permission",
      "access control",
      "authori[sz]",
      "entitle",
      "not (allowed|entitled|permitted) to",
      "acl",
      "restricted (page|document|space)",
    ],
  },
} satisfies Record<string, Topic>;
