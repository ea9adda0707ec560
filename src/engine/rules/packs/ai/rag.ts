import type { RuleInput } from "../../schema";
import { all, any, GENERATIVE_KINDS, is, isIn, known, none, not, some } from "./conditions";

/** The bound element (a model that retrieves) answers people: outsiders or insiders. */
const reachedByOutsidersOther = any(
  is("other", "publicReach", "yes"),
  is("other", "insiderReach", "yes"),
);

/** Retrieval-augmented generation: what gets into the vector store and who gets it back out. */
export const RAG_RULES: RuleInput[] = [
  {
    id: "AI-RAG-01",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "rag.poisonedIndex",
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: all(
      any(
        is("element", "publicInfluence", "yes"),
        is("element", "insiderInfluence", "yes"),
        known("element", "writeAccess", "broad"),
      ),
      is("element", "sourcesVetted", "no"),
      // An agent's own memory (written and read back by it) is memory poisoning, said on the agent.
      none({ from: "roundTrip", of: "element", target: { mlKinds: ["agent"] } }),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0070", "AML.T0071", "AML.T0066"],
      owasp: ["LLM08:2025", "LLM09:2026", "LLM04:2025", "LLM05:2026"],
      dasf: ["DASF-3.1@2.0", "DASF-1.7@2.0"],
      cosai: ["cosai:riskRetrievalVectorStorePoisoning"],
      aiExchange: ["owaspai:augmentationdatamanipulation"],
      nist: ["NISTAML.015"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Content that others can write is indexed into {element} without vetting",
      description:
        "Documents reach {element} from sources that outsiders, or many people inside the organisation, can edit (a wiki, a ticket system, uploads, web pages), and nothing vets them before they are embedded. A planted document crafted to match common queries will be retrieved and trusted by the model: false answers, injected instructions, or links the attacker controls.",
      mitigations: [
        "Add an ingestion step before {element} that checks source, format and size, strips hidden text and markup, and flags instruction-like content.",
        "Store the origin and author of every chunk in {element} and let retrieval prefer, or require, trusted sources.",
        "Monitor {element} for new chunks that are retrieved unusually often across unrelated queries.",
      ],
    },
  },
  {
    // Inherent in retrieval: whoever can edit the sources can steer answers. Closed by
    // "sources vetted: yes"; where others are known to write the sources, AI-RAG-01 says more.
    id: "AI-RAG-05",
    revision: 2,
    pack: "ai",
    scope: "element",
    rootCause: "rag.poisonedIndex",
    supersedes: ["store.tampering"],
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: all(
      not(known("element", "sourcesVetted", "yes")),
      none({ from: "roundTrip", of: "element", target: { mlKinds: ["agent"] } }),
      // What it returns reaches a generative model's context; an index that feeds a ranker
      // gives it candidates, not instructions.
      some({
        from: "downstream",
        of: "element",
        hops: 3,
        target: { mlKinds: [...GENERATIVE_KINDS] },
      }),
    ),
    categories: { stride: ["T"] },
    references: {
      atlas: ["AML.T0070", "AML.T0071", "AML.T0066"],
      owasp: ["LLM08:2025", "LLM09:2026", "LLM04:2025", "LLM05:2026"],
      dasf: ["DASF-3.1@2.0"],
      cosai: ["cosai:riskRetrievalVectorStorePoisoning"],
      aiExchange: ["owaspai:augmentationdatamanipulation"],
      nist: ["NISTAML.015"],
      maestro: ["L2"],
    },
    likelihood: 2,
    impact: 4,
    text: {
      title: "Content planted in the sources of {element} would be retrieved and trusted",
      description:
        "What {element} returns goes into the model's context as trusted material. Unless what is indexed is vetted, anyone who can add or edit a document in its sources can plant text crafted to match common queries: false answers, hidden instructions, or links they control.",
      mitigations: [
        "Index into {element} only from sources you have listed, through an ingestion step that checks origin and format, strips hidden text and flags instruction-like content.",
        "Store the origin and author of every chunk in {element} and let retrieval prefer, or require, trusted sources.",
        "Once ingestion is vetted, mark the sources of {element} as vetted in the diagram.",
      ],
    },
  },
  {
    id: "AI-RAG-02",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "rag.overbroadRetrieval",
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: all(
      any(
        is("element", "containsPersonalData", "yes"),
        isIn("element", "classification", ["confidential", "restricted"]),
      ),
      is("element", "enforcesDocumentPermissions", "no"),
      some({
        from: "downstream",
        of: "element",
        hops: 2,
        target: { mlKinds: [...GENERATIVE_KINDS] },
        where: reachedByOutsidersOther,
      }),
    ),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0085.000", "AML.T0057", "AML.M0027"],
      owasp: ["LLM08:2025", "LLM09:2026", "LLM02:2025", "LLM02:2026"],
      dasf: ["DASF-9.10@2.0", "DASF-1.1@2.0"],
      cosai: ["cosai:riskSensitiveDataDisclosure"],
      aiExchange: ["owaspai:disclosureinoutput"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title:
        "Users of {other} can retrieve sensitive chunks from {element} they are not entitled to see",
      description:
        "{element} holds personal or confidential content, feeds {other}, which answers people, and does not enforce per-document permissions. Unless retrieval filters by who is asking, any user can phrase a question that pulls documents they are not entitled to see into the answer.",
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
    rootCause: "store.unencrypted",
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: all(is("element", "containsPersonalData", "yes"), is("element", "encryptedAtRest", "no")),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0036", "AML.M0012"],
      owasp: ["LLM08:2025", "LLM09:2026"],
      dasf: ["DASF-1.4@2.0", "DASF-3.2@2.0"],
      aiExchange: ["owaspai:augmentationdataleak"],
      maestro: ["L2"],
    },
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
  {
    id: "AI-RAG-04",
    revision: 1,
    pack: "ai",
    scope: "element",
    rootCause: "rag.crossAppLeak",
    target: { types: ["dataStore"], mlKinds: ["vector-store"] },
    when: all(
      { subject: "element", fact: "outDegree", gte: 2 },
      any(is("element", "multiTenant", "yes"), is("element", "enforcesDocumentPermissions", "no")),
      some({
        from: "downstream",
        of: "element",
        hops: 1,
        target: { types: ["process"] },
      }),
    ),
    categories: { stride: ["I"], linddun: ["DD"] },
    references: {
      atlas: ["AML.T0085.000", "AML.M0027"],
      owasp: ["LLM08:2025", "LLM09:2026"],
      dasf: ["DASF-1.1@2.0", "DASF-9.10@2.0"],
      cosai: ["cosai:riskSensitiveDataDisclosure"],
      aiExchange: ["owaspai:disclosureinoutput"],
      maestro: ["L2"],
    },
    likelihood: 3,
    impact: 4,
    text: {
      title: "Applications sharing {element} can retrieve each other's documents",
      description:
        "Several components read from {element}, and it either mixes tenants' data or does not enforce per-document permissions. A query from one application, or one tenant, can surface another's chunks in its context, and from there in an answer.",
      mitigations: [
        "Partition {element} per application or tenant (separate indexes or namespaces), or filter every query by the caller's tenant and permissions on the server side.",
        "Test isolation: seed a marker document for one tenant and check that no other tenant can retrieve it.",
      ],
    },
  },
];
