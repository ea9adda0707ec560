import { type RuleCases, type StoreProps } from "./builders";
import { buildModel, entity, flow, internetUser, proc, store } from "../test-utils";

/** Cases for the rules in `../rag.ts`. */
export const RAG_CASES: RuleCases = {
  "AI-RAG-01": {
    fires: () =>
      buildModel(
        [
          entity("staff", null, { audience: "employees" }),
          store("docs", "vector-store", { sourcesVetted: "no" }),
        ],
        [flow("staff", "docs")],
      ),
    silent: () =>
      buildModel(
        [
          entity("staff", null, { audience: "employees" }),
          store("docs", "vector-store", { sourcesVetted: "yes" }),
        ],
        [flow("staff", "docs")],
      ),
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
    fires: () =>
      buildModel([
        store("docs", "vector-store", { containsPersonalData: "yes", encryptedAtRest: "no" }),
      ]),
    silent: () =>
      buildModel([
        store("docs", "vector-store", { containsPersonalData: "yes", encryptedAtRest: "yes" }),
      ]),
  },
  "AI-RAG-04": {
    fires: () => sharedIndex({ multiTenant: "no", enforcesDocumentPermissions: "no" }),
    silent: () => sharedIndex({ multiTenant: "no", enforcesDocumentPermissions: "yes" }),
  },
  "AI-RAG-05": {
    // Inherent in retrieval until the sources are known to be vetted.
    fires: () => indexedForLlm({}),
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
