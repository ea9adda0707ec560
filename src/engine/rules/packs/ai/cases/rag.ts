import { type RuleCases } from "./builders";
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
    fires: () =>
      buildModel(
        [
          store("docs", "vector-store", { multiTenant: "yes" }),
          proc("app-a", "llm"),
          proc("app-b", "llm"),
        ],
        [flow("docs", "app-a"), flow("docs", "app-b")],
      ),
    silent: () =>
      buildModel(
        [
          store("docs", "vector-store", { multiTenant: "no", enforcesDocumentPermissions: "yes" }),
          proc("app-a", "llm"),
          proc("app-b", "llm"),
        ],
        [flow("docs", "app-a"), flow("docs", "app-b")],
      ),
  },
};
