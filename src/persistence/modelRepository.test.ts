import { afterEach, describe, expect, it } from "vitest";
import { createEmptyModel } from "../domain/document";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import type { ThreatCanvasDb } from "./db";
import { ModelRepository, type ModelChange } from "./modelRepository";
import { freshStorage, openTab } from "./testSupport";

const opened: ThreatCanvasDb[] = [];

function setup() {
  const storage = freshStorage();
  const db = openTab(storage);
  opened.push(db);
  const changes: ModelChange[] = [];
  const repo = new ModelRepository(db, { onChange: (c) => changes.push(c) });
  return { storage, db, repo, changes };
}

function secondTab(storage: ReturnType<typeof freshStorage>) {
  const db = openTab(storage);
  opened.push(db);
  return new ModelRepository(db);
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A model exercising everything a round trip must keep, including keys we do not know. */
function richModel(): ThreatModel {
  const sample = createLlmInferencePipelineSample("model-rich");
  const [first, ...rest] = sample.elements;
  return {
    ...sample,
    viewport: { x: -120.5, y: 33.25, zoom: 0.75 },
    futureTopLevel: { nested: [1, "two", null] },
    elements: [{ ...first!, size: { width: 333, height: 222 }, xVendor: "kept" }, ...rest],
    flows: sample.flows.map((f, i) => (i === 0 ? { ...f, customFlowKey: true } : f)),
  } as ThreatModel;
}

describe("ModelRepository", () => {
  it("round-trips a model exactly, including unknown keys, positions, sizes, parents, viewport", async () => {
    const { repo } = setup();
    const model = richModel();
    const created = await repo.createModel(model);
    expect(created.model.id).toBe("model-rich");
    expect(created.revision).toBe(1);

    const loaded = await repo.loadModel("model-rich");
    expect(loaded.status).toBe("loaded");
    if (loaded.status !== "loaded") return;
    expect(loaded.model).toEqual(model);
    expect(loaded.revision).toBe(1);
    const child = loaded.model.elements.find((e) => e.parentId !== null);
    expect(child?.parentId).toBe(model.elements.find((e) => e.id === child?.id)?.parentId);
  });

  it("lists summaries newest first without reading documents", async () => {
    const { repo, db } = setup();
    const a = (await repo.createModel(createEmptyModel({ name: "A", owner: "ann" }))).model;
    await new Promise((r) => setTimeout(r, 5));
    const b = (await repo.createModel(createLlmInferencePipelineSample())).model;
    await new Promise((r) => setTimeout(r, 5));
    await repo.saveModel({ ...a, description: "edited" }, 1);

    const list = await repo.listModels();
    expect(list.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(list[0]).toMatchObject({ name: "A", owner: "ann", revision: 2, description: "edited" });
    expect(list[1]).toMatchObject({ elementCount: b.elements.length, flowCount: b.flows.length });

    // Listing must not depend on the documents store at all.
    await db.documents.clear();
    expect((await repo.listModels()).length).toBe(2);
  });

  it("renames and updates metadata, bumping the revision", async () => {
    const { repo, changes } = setup();
    const { model } = await repo.createModel(createEmptyModel({ name: "Old" }));
    const renamed = await repo.renameModel(model.id, "New name");
    expect(renamed).toMatchObject({ status: "saved", revision: 2 });

    const updated = await repo.updateModelMetadata(model.id, {
      owner: "sec-team",
      description: "d",
    });
    expect(updated).toMatchObject({ status: "saved", revision: 3 });

    const loaded = await repo.loadModel(model.id);
    expect(loaded.status === "loaded" && loaded.model).toMatchObject({
      name: "New name",
      owner: "sec-team",
      description: "d",
    });
    expect((await repo.listModels())[0]).toMatchObject({ name: "New name", owner: "sec-team" });
    expect(changes.map((c) => c.type === "saved" && c.revision)).toEqual([1, 2, 3]);
  });

  it("refuses invalid metadata and stale renames, and reports unknown ids", async () => {
    const { repo } = setup();
    const { model } = await repo.createModel(createEmptyModel());
    expect(await repo.renameModel(model.id, "x".repeat(201))).toEqual({
      status: "invalid",
      errors: ["name: is longer than 200 characters"],
    });
    expect(await repo.renameModel(model.id, "n", { baseRevision: 7 })).toEqual({
      status: "conflict",
      storedRevision: 1,
    });
    expect(await repo.renameModel("nope", "n")).toEqual({ status: "not-found", id: "nope" });
  });

  it("duplicates with a new id, 'Copy of' name and fresh timestamps", async () => {
    const { repo } = setup();
    const original = {
      ...richModel(),
      createdAt: "2020-01-01T00:00:00.000Z",
      updatedAt: "2020-01-02T00:00:00.000Z",
    };
    await repo.createModel(original);
    const copy = await repo.duplicateModel(original.id);
    expect(copy.status).toBe("created");
    if (copy.status !== "created") return;
    expect(copy.model.id).not.toBe(original.id);
    expect(copy.model.name).toBe(`Copy of ${original.name}`);
    expect(copy.model.createdAt).not.toBe(original.createdAt);
    expect(copy.model.updatedAt).toBe(copy.model.createdAt);
    const { id: _id, name: _n, createdAt: _c, updatedAt: _u, ...rest } = copy.model;
    const { id: _id2, name: _n2, createdAt: _c2, updatedAt: _u2, ...originalRest } = original;
    expect(rest).toEqual(originalRest);
    expect((await repo.listModels()).length).toBe(2);
    expect(await repo.duplicateModel("nope")).toEqual({ status: "not-found", id: "nope" });
  });

  it("gives a created model a fresh id instead of replacing one with the same id", async () => {
    const { repo } = setup();
    const first = await repo.createModel(createEmptyModel({ id: "same", name: "first" }));
    const second = await repo.createModel(createEmptyModel({ id: "same", name: "second" }));
    expect(first.model.id).toBe("same");
    expect(second.model.id).not.toBe("same");
    const kept = await repo.loadModel("same");
    expect(kept.status === "loaded" && kept.model.name).toBe("first");
  });

  it("deletes a model and forgets it as the last opened one", async () => {
    const { repo, changes } = setup();
    const { model } = await repo.createModel(createEmptyModel());
    const other = (await repo.createModel(createEmptyModel())).model;
    await repo.setLastOpenedModelId(model.id);
    expect(await repo.getLastOpenedModelId()).toBe(model.id);

    expect(await repo.deleteModel(model.id)).toBe(true);
    expect(await repo.deleteModel(model.id)).toBe(false);
    expect(await repo.loadModel(model.id)).toEqual({ status: "not-found", id: model.id });
    expect((await repo.listModels()).map((s) => s.id)).toEqual([other.id]);
    expect(await repo.getLastOpenedModelId()).toBeNull();
    expect(changes.at(-1)).toEqual({ type: "deleted", modelId: model.id });
  });

  it("remembers the last opened model id and ignores one that no longer exists", async () => {
    const { repo, db } = setup();
    expect(await repo.getLastOpenedModelId()).toBeNull();
    const { model } = await repo.createModel(createEmptyModel());
    await repo.setLastOpenedModelId(model.id);
    expect(await repo.getLastOpenedModelId()).toBe(model.id);
    await db.models.delete(model.id);
    expect(await repo.getLastOpenedModelId()).toBeNull();
    await repo.setLastOpenedModelId(null);
    expect(await db.meta.get("lastOpenedModelId")).toBeUndefined();
  });

  it("creates the sample on the first visit only, and not again after everything is deleted", async () => {
    const { storage, repo } = setup();
    const sampleId = await repo.ensureSampleOnFirstVisit();
    expect(sampleId).not.toBeNull();
    const loaded = await repo.loadModel(sampleId!);
    expect(loaded.status === "loaded" && loaded.model.elements.length).toBeGreaterThan(5);

    expect(await repo.ensureSampleOnFirstVisit()).toBeNull();
    await repo.deleteModel(sampleId!);
    // A reload: new connection, same database.
    const reloaded = secondTab(storage);
    expect(await reloaded.ensureSampleOnFirstVisit()).toBeNull();
    expect(await reloaded.listModels()).toEqual([]);
  });

  it("creates one sample when two tabs start on the first visit at the same time", async () => {
    const { storage, repo } = setup();
    const other = secondTab(storage);
    const ids = await Promise.all([
      repo.ensureSampleOnFirstVisit(),
      other.ensureSampleOnFirstVisit(),
    ]);
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    expect(await repo.listModels()).toHaveLength(1);
  });

  it("does not add the sample to a database that already has models", async () => {
    const { repo } = setup();
    await repo.createModel(createEmptyModel());
    expect(await repo.ensureSampleOnFirstVisit()).toBeNull();
    expect(await repo.listModels()).toHaveLength(1);
  });

  describe("optimistic concurrency", () => {
    it("saves when the base revision matches and increments it", async () => {
      const { repo } = setup();
      const { model } = await repo.createModel(createEmptyModel());
      const saved = await repo.saveModel({ ...model, name: "v2" }, 1);
      expect(saved).toMatchObject({ status: "saved", revision: 2 });
      const again = await repo.saveModel({ ...model, name: "v3" }, 2);
      expect(again).toMatchObject({ status: "saved", revision: 3 });
    });

    it("never lets a second tab overwrite a newer save", async () => {
      const { storage, repo: tabA } = setup();
      const tabB = secondTab(storage);
      const { model } = await tabA.createModel(createEmptyModel({ name: "base" }));

      // Both tabs opened revision 1.
      expect(await tabA.saveModel({ ...model, name: "from A" }, 1)).toMatchObject({
        status: "saved",
        revision: 2,
      });
      expect(await tabB.saveModel({ ...model, name: "from B" }, 1)).toEqual({
        status: "conflict",
        storedRevision: 2,
      });
      const stored = await tabB.loadModel(model.id);
      expect(stored.status === "loaded" && stored.model.name).toBe("from A");

      // B chose "keep mine": it saves against the revision it was told about.
      expect(await tabB.saveModel({ ...model, name: "from B" }, 2)).toMatchObject({
        status: "saved",
        revision: 3,
      });
    });

    it("reports a conflict with null when the model was deleted elsewhere", async () => {
      const { repo } = setup();
      const { model } = await repo.createModel(createEmptyModel());
      await repo.deleteModel(model.id);
      expect(await repo.saveModel(model, 1)).toEqual({ status: "conflict", storedRevision: null });
      expect(await repo.saveModel(model, null)).toMatchObject({ status: "saved", revision: 1 });
    });

    it("lets exactly one of two concurrent saves from the same base win", async () => {
      const { storage, repo: tabA } = setup();
      const tabB = secondTab(storage);
      const { model } = await tabA.createModel(createEmptyModel());
      const results = await Promise.all([
        tabA.saveModel({ ...model, name: "A" }, 1),
        tabB.saveModel({ ...model, name: "B" }, 1),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
    });
  });

  describe("a stored ML kind that does not fit its element type", () => {
    /** A model as an older version stored it: a data store marked as an LLM. */
    async function storedWithMisfit() {
      const env = setup();
      const model = createLlmInferencePipelineSample("misfit");
      const store = model.elements.find((e) => e.type === "dataStore")!;
      const doc = {
        ...model,
        elements: model.elements.map((e) => (e === store ? { ...e, mlKind: "llm" } : e)),
      };
      await env.repo.createModel(doc as ThreatModel);
      return { ...env, doc, store };
    }

    it("opens, fitted to the nearest kind, with the change listed", async () => {
      const { repo, store } = await storedWithMisfit();
      const loaded = await repo.loadModel("misfit");
      if (loaded.status !== "loaded") throw new Error(loaded.status);
      expect(loaded.model.elements.find((e) => e.id === store.id)).toMatchObject({
        mlKind: "model-artifact-store",
      });
      expect(loaded.kindChanges).toEqual([
        {
          elementId: store.id,
          elementName: store.name,
          elementType: "dataStore",
          from: "llm",
          to: "model-artifact-store",
        },
      ]);
    });

    it("stays as stored when the model is renamed or duplicated from the list", async () => {
      const { repo, db, doc } = await storedWithMisfit();
      expect(await repo.renameModel("misfit", "Renamed")).toMatchObject({ status: "saved" });
      const row = (await db.documents.get("misfit"))!.doc as ThreatModel;
      expect(row.elements).toEqual(doc.elements);
      expect(row.name).toBe("Renamed");
      const copy = await repo.duplicateModel("misfit");
      if (copy.status !== "created") throw new Error(copy.status);
      const copied = await repo.loadModel(copy.model.id);
      expect(copied.status === "loaded" && copied.kindChanges).toHaveLength(1);
    });

    it("is not reported for models whose kinds fit", async () => {
      const { repo } = setup();
      await repo.createModel(createLlmInferencePipelineSample("fine"));
      expect(await repo.loadModel("fine")).toMatchObject({ status: "loaded", kindChanges: [] });
    });
  });

  describe("damaged rows", () => {
    it("a corrupt document gives a clear error while other models still list and load", async () => {
      const { repo, db } = setup();
      const good = (await repo.createModel(createEmptyModel({ name: "good" }))).model;
      const bad = (await repo.createModel(createEmptyModel({ name: "bad" }))).model;
      await db.documents.put({
        id: bad.id,
        doc: { ...bad, flows: [{ id: "f", source: "ghost", target: "x" }] },
      });

      const list = await repo.listModels();
      expect(list.map((s) => s.name).sort()).toEqual(["bad", "good"]);

      const loaded = await repo.loadModel(bad.id);
      expect(loaded.status).toBe("corrupt");
      if (loaded.status !== "corrupt") return;
      expect(loaded.errors.join("\n")).toMatch(/flows\[0\]\.source: refers to "ghost"/);
      expect(loaded.message).toContain(bad.id);

      expect((await repo.loadModel(good.id)).status).toBe("loaded");
      expect(await repo.renameModel(bad.id, "x")).toMatchObject({ status: "corrupt" });
    });

    it("non-object documents, missing documents and damaged summaries are reported, not thrown", async () => {
      const { repo, db } = setup();
      const good = (await repo.createModel(createEmptyModel({ name: "good" }))).model;
      await db.documents.put({ id: "junk", doc: "not a model" });
      await db.models.put({ id: "junk" } as never); // a summary row missing every field
      await db.models.put({ id: "orphan", name: "orphan" } as never);
      await db.models.put({ name: "no id at all" } as never).catch(() => undefined);

      const list = await repo.listModels();
      expect(list.map((s) => s.id).sort()).toEqual([good.id, "junk", "orphan"].sort());
      expect(list.find((s) => s.id === "junk")).toMatchObject({
        name: "Untitled model",
        revision: 0,
      });

      expect(await repo.loadModel("junk")).toMatchObject({
        status: "corrupt",
        errors: ["a threat model must be a JSON object"],
      });
      expect(await repo.loadModel("orphan")).toMatchObject({ status: "corrupt" });
    });

    it("a document stored under the wrong id is corrupt", async () => {
      const { repo, db } = setup();
      const model = (await repo.createModel(createEmptyModel())).model;
      await db.documents.put({ id: model.id, doc: { ...model, id: "other" } });
      expect(await repo.loadModel(model.id)).toMatchObject({ status: "corrupt" });
    });
  });

  describe("never storing what will not open, and repairing what does not (issue 11, item 1)", () => {
    it("refuses to create a model the loader would reject", async () => {
      const { repo } = setup();
      const broken = {
        ...createEmptyModel({ name: "x" }),
        flows: [{ id: "f", source: "a", target: "b" }],
      } as unknown as ThreatModel;
      await expect(repo.createModel(broken)).rejects.toThrow(
        /Not stored: the model would not open again \(flows\[0\]/,
      );
      expect(await repo.listModels()).toEqual([]);
    });

    it("records the writing tab, and gives the raw document of a damaged row", async () => {
      const { repo, db } = setup();
      const { model } = await repo.createModel(createEmptyModel({ name: "m" }));
      await repo.saveModel({ ...model, name: "m2" }, 1, { savedBy: "tab-9" });
      expect(await repo.loadModel(model.id)).toMatchObject({ revision: 2, savedBy: "tab-9" });
      const raw = {
        ...model,
        elements: [{ id: "e", type: "process", position: { x: 0, y: 0 }, parentId: "f" }],
      };
      await db.documents.put({ id: model.id, doc: raw });
      expect(await repo.loadModel(model.id)).toMatchObject({
        status: "corrupt",
        raw,
        revision: 2,
        name: "m2",
      });
    });

    it("repairs a damaged model and keeps what was set aside with it, in one go", async () => {
      const { repo, db, changes } = setup();
      const { model } = await repo.createModel(createEmptyModel({ name: "m" }));
      const item = {
        kind: "parentLink" as const,
        path: "elements[0].parentId",
        id: "e",
        label: "e",
        reason: 'elements[0].parentId: refers to "f"',
        value: "f",
      };
      // The row changed since it was read: nothing is written.
      expect(await repo.repairModel(model, 7, [item])).toEqual({
        status: "conflict",
        storedRevision: 1,
      });
      expect(await repo.getSetAside(model.id)).toBeNull();
      const repaired = await repo.repairModel({ ...model, name: "repaired" }, 1, [item], {
        savedBy: "t",
      });
      expect(repaired).toMatchObject({ status: "saved", revision: 2 });
      expect(changes.at(-1)).toEqual({ type: "saved", modelId: model.id, revision: 2 });
      expect(await repo.getSetAside(model.id)).toMatchObject({
        modelId: model.id,
        modelName: "repaired",
        items: [item],
      });
      await repo.discardSetAside(model.id);
      expect(await repo.getSetAside(model.id)).toBeNull();
      await repo.repairModel(model, 2, [item]);
      await repo.deleteModel(model.id);
      expect(await db.meta.get(`setAside:${model.id}`)).toBeUndefined();
    });

    it("gives up opening a database that never answers, as unavailable", async () => {
      const { db } = setup();
      db.open = (() => new Promise(() => undefined)) as unknown as typeof db.open;
      const repo = new ModelRepository(db, { openTimeoutMs: 30 });
      await expect(repo.listModels()).rejects.toMatchObject({ kind: "unavailable" });
    });
  });
});
