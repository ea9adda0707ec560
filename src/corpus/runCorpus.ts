import { readEngineResult, type EngineResultLike } from "./engineResult";
import { evaluateCase, modelIdsOf, type ModelReport } from "./evaluate";
import { loadGolden } from "./goldenFiles";
import { CORPUS, loadCorpusModel } from "./index";
import type { ThreatModel } from "../domain/schema";

/** Any engine: the real one in the script, a fake one in tests. */
export type Engine = (model: ThreatModel) => EngineResultLike;

/** Runs the engine on the corpus models (all, or the ids given) and scores every result. */
export async function evaluateCorpus(
  engine: Engine,
  ids: readonly string[] = CORPUS.map((entry) => entry.id),
): Promise<ModelReport[]> {
  const reports: ModelReport[] = [];
  for (const id of ids) {
    const entry = CORPUS.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(`"${id}" is not a corpus model (see src/corpus/index.ts)`);
    const [model, golden] = await Promise.all([loadCorpusModel(id), loadGolden(id)]);
    const reviewed = readEngineResult(engine(model), modelIdsOf(model));
    reports.push(
      evaluateCase(
        { id, title: entry.title, nonAi: entry.tags.includes("non-ai"), model, golden },
        reviewed,
      ),
    );
  }
  return reports;
}
