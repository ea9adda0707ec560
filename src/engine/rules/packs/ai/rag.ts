import type { RuleInput } from "../../schema";
import { all, any, GENERATIVE_KINDS, is, isIn, none, some } from "./conditions";

/** Retrieval-augmented generation: what gets into the vector store and who gets it back out. */
export const RAG_RULES: RuleInput[] = [
  {
    id: "AI-RAG-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: all(
      some({
        from: "upstream",
        of: "element",
        hops: 3,
        target: { types: ["externalEntity"] },
      }),
      none({
        from: "upstream",
        of: "element",
        hops: 3,
        target: { types: ["process"] },
        where: is("other", "validatesInput", "yes"),
      }),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0070", "AML.T0071", "AML.T0066"],
      owasp: ["LLM08:2025", "LLM04:2025"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Content from {other} is indexed into {element} without screening",
      description:
        "Documents that originate with {other}, outside the system, are embedded into {element} and no step on the way validates them. A planted document crafted to match common queries will be retrieved and trusted by the model: false answers, injected instructions, or links the attacker controls.",
      mitigations: [
        "Add an ingestion step before {element} that checks source, format and size, strips hidden text and markup, and flags instruction-like content.",
        "Store the origin and author of every chunk in {element} and let retrieval prefer, or require, trusted sources.",
        "Monitor {element} for new chunks that are retrieved unusually often across unrelated queries.",
      ],
    },
  },
  {
    id: "AI-RAG-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: all(
      any(
        is("element", "containsPersonalData", "yes"),
        isIn("element", "classification", ["confidential", "restricted"]),
      ),
      some({
        from: "downstream",
        of: "element",
        hops: 2,
        target: { mlKinds: [...GENERATIVE_KINDS] },
        where: is("other", "reachableFromInternet", "yes"),
      }),
    ),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0085.000", "AML.T0057", "AML.M0027"],
      owasp: ["LLM08:2025", "LLM02:2025"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Internet users of {other} can retrieve sensitive chunks from {element}",
      description:
        "{element} holds personal or confidential content and feeds {other}, which answers internet users. Unless retrieval filters by who is asking, any user can phrase a question that pulls other people's documents into the answer.",
      mitigations: [
        "Store access-control metadata with each chunk in {element} and filter retrieval by the requesting user's permissions before anything reaches {other}.",
        "Partition {element} per tenant (separate indexes or namespaces) rather than relying on the prompt to keep tenants apart.",
        "Leave out of the index what the assistant does not need, and mask personal identifiers in what remains.",
      ],
    },
  },
  {
    id: "AI-RAG-03",
    revision: 1,
    pack: "ai",
    scope: "element",
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: all(is("element", "containsPersonalData", "yes"), is("element", "encryptedAtRest", "no")),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: { atlas: ["AML.T0036", "AML.M0012"], owasp: ["LLM08:2025"] },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Embeddings of personal data in {element} are stored unencrypted",
      description:
        "{element} stores vectors derived from personal data without encryption at rest. Embeddings are not anonymous: text can be approximately reconstructed from them, so a copied disk, snapshot or backup discloses the underlying personal data.",
      mitigations: [
        "Encrypt {element}, its snapshots and backups at rest with keys you control.",
        "Treat embeddings in {element} as personal data in access reviews and deletion requests.",
      ],
    },
  },
];
