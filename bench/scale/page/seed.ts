import "../../../src/domain/zodConfig";
import type { ThreatModel } from "../../../src/domain/schema";
import { ModelRepository, getDefaultDatabase } from "../../../src/persistence";

/**
 * Stores a model in the app's IndexedDB (same origin) as an earlier visit would have, and makes
 * it the last opened one, so the next visit of the app opens it from storage.
 */
declare global {
  interface Window {
    __seed?: (model: ThreatModel) => Promise<string>;
  }
}

window.__seed = async (model) => {
  const repository = new ModelRepository(getDefaultDatabase());
  // Marks the browser as visited (and stores the sample, as a first visit does).
  await repository.ensureSampleOnFirstVisit();
  const created = await repository.createModel(model);
  await repository.setLastOpenedModelId(created.model.id);
  return created.model.id;
};
