import { type RuleCases, type StoreProps } from "./builders";
import { buildModel, entity, flow, internetUser, proc, store } from "../test-utils";

/** Cases for the rules in `../rag.ts`. */
export const RAG_CASES: RuleCases = {
  "AI-RAG-01": {
    // Every employee can add pages to the wiki the assistant retrieves from.
    fires: () => staffWiki({ sourcesVetted: "no" }),
    silentBecause: "protection present: what staff add to the index is vetted",
    silent: () => staffWiki({ sourcesVetted: "yes" }),
  },
  "AI-RAG-02": {
    fires: () =>
      buildModel(
        [
          internetUser(),
          store("docs", "vector-store", {
            containsPersonalData: "yes",
            enforcesDocumentPermissions: "no",
          }),
          proc("llm", "llm"),
        ],
        [flow("user", "llm"), flow("docs", "llm")],
      ),
    silentBecause: "protection present: the index enforces document permissions",
    silent: () =>
      buildModel(
        [
          internetUser(),
          store("docs", "vector-store", {
            containsPersonalData: "yes",
            enforcesDocumentPermissions: "yes",
          }),
          proc("llm", "llm"),
        ],
        [flow("user", "llm"), flow("docs", "llm")],
      ),
  },
  "AI-RAG-03": {
    fires: () => indexedForLlm({ containsPersonalData: "yes", encryptedAtRest: "no" }),
    silentBecause: "protection present: the index is encrypted at rest",
    silent: () => indexedForLlm({ containsPersonalData: "yes", encryptedAtRest: "yes" }),
  },
  "AI-RAG-04": {
    fires: () => sharedIndex({ multiTenant: "no", enforcesDocumentPermissions: "no" }),
    silentBecause: "protection present: the shared index enforces document permissions",
    silent: () => sharedIndex({ multiTenant: "no", enforcesDocumentPermissions: "yes" }),
  },
  "AI-RAG-05": {
    // Inherent in retrieval until the sources are known to be vetted.
    fires: () => indexedForLlm({}),
    silentBecause: "protection present: the indexed sources are vetted",
    silent: () => indexedForLlm({ sourcesVetted: "yes" }),
  },
};

/** An internal pipeline indexing documents into a vector store that an LLM retrieves from. */
function indexedForLlm(docs: StoreProps) {
  return buildModel(
    [
      proc("pipeline", "data-pipeline", { internetExposed: "no" }),
      store("docs", "vector-store", docs),
      proc("llm", "llm"),
    ],
    [flow("pipeline", "docs"), flow("docs", "llm")],
  );
}

/** One vector store two LLM applications retrieve from. */
function sharedIndex(docs: StoreProps) {
  return buildModel(
    [store("docs", "vector-store", docs), proc("app-a", "llm"), proc("app-b", "llm")],
    [flow("docs", "app-a"), flow("docs", "app-b")],
  );
}

/** Employees write pages into an index an internal assistant retrieves from. */
function staffWiki(docs: StoreProps) {
  return buildModel(
    [
      entity("staff", null, { entityKind: "human", audience: "employees" }),
      store("docs", "vector-store", docs),
      proc("assistant", "llm", { internetExposed: "no" }),
    ],
    [flow("staff", "docs"), flow("docs", "assistant")],
  );
}
