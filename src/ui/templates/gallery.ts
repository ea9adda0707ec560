import { CORPUS, type CorpusEntry, type CorpusTag } from "../../corpus";
import type { UserTemplate } from "../../persistence/userTemplates";

/** The gallery's entries matching every word of `query` (title, summary, tags) and `tag`. */
export function galleryEntries(query: string, tag: CorpusTag | null): CorpusEntry[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return CORPUS.filter((entry) => {
    if (tag !== null && !entry.tags.includes(tag)) return false;
    const text = `${entry.title}\n${entry.summary}\n${entry.tags.join(" ")}`.toLowerCase();
    return terms.every((t) => text.includes(t));
  });
}

/** The user's own templates matching every word of `query` (name and description). */
export function ownTemplatesMatching(
  templates: readonly UserTemplate[],
  query: string,
): UserTemplate[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return templates.filter((t) => {
    const text = `${t.model.name}\n${t.model.description}`.toLowerCase();
    return terms.every((term) => text.includes(term));
  });
}

/** Words for the corpus tags (stable codes in data, words at the edge). */
export const TAG_LABELS: Record<CorpusTag, string> = {
  llm: "LLM",
  rag: "RAG",
  agents: "Agents",
  mcp: "MCP",
  serving: "Serving",
  training: "Training",
  "supply-chain": "Supply chain",
  federated: "Federated",
  privacy: "Privacy",
  fraud: "Fraud",
  recommender: "Recommender",
  vision: "Vision",
  "multi-tenant": "Multi-tenant",
  healthcare: "Healthcare",
  reference: "Reference architecture",
  "non-ai": "No AI",
  web: "Web",
  iot: "IoT",
};
