import { Dexie } from "dexie";
import { IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { createEmptyModel } from "../domain/document";
import { createDatabase } from "./db";
import { classifyError, PersistenceError, toPersistenceError } from "./errors";
import { ModelRepository } from "./modelRepository";
import { freshStorage } from "./testSupport";

/** What a browser without a working IndexedDB hands back from open(). */
const noRequest = () => null as unknown as IDBOpenDBRequest;

const quotaDom = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");

describe("classifyError", () => {
  it.each([
    ["a DOMException", quotaDom()],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError("full", quotaDom())],
    [
      "a transaction AbortError wrapping it",
      new Dexie.AbortError("Transaction aborted", quotaDom()),
    ],
    ["an Error whose cause is it", new Error("write failed", { cause: quotaDom() })],
    [
      "a BulkError with a quota failure",
      new Dexie.BulkError("1 of 2 failed", { 1: quotaDom() } as never),
    ],
    ["Firefox's legacy name", { name: "NS_ERROR_DOM_QUOTA_REACHED", message: "" }],
    ["the legacy code 22", { name: "Error", code: 22, message: "" }],
    ["a generic error that says so", new Dexie.UnknownError("Quota exceeded for origin")],
  ])("quota: %s", (_label, error) => {
    expect(classifyError(error)).toBe("quota");
  });

  it.each([
    ["MissingAPIError", new Dexie.MissingAPIError()],
    [
      "OpenFailedError",
      new Dexie.OpenFailedError("cannot open", new DOMException("x", "InvalidStateError")),
    ],
    ["DatabaseClosedError", new Dexie.DatabaseClosedError()],
    ["VersionError", new Dexie.VersionError("newer")],
  ])("unavailable: %s", (_label, error) => {
    expect(classifyError(error)).toBe("unavailable");
  });

  it("anything else is other (or the given fallback); PersistenceError keeps its kind", () => {
    expect(classifyError(new TypeError("x"))).toBe("other");
    expect(classifyError("a string")).toBe("other");
    expect(classifyError(null, "unavailable")).toBe("unavailable");
    expect(classifyError(new PersistenceError("quota", "m"))).toBe("quota");
  });

  it("survives cycles in the cause chain", () => {
    const a: Record<string, unknown> = { name: "A" };
    a.inner = { name: "B", cause: a };
    expect(classifyError(a)).toBe("other");
  });

  it("toPersistenceError writes a message for the user and keeps the cause", () => {
    const cause = quotaDom();
    const error = toPersistenceError(cause);
    expect(error).toBeInstanceOf(PersistenceError);
    expect(error.kind).toBe("quota");
    expect(error.message).toMatch(/full/);
    expect(error.cause).toBe(cause);
    expect(toPersistenceError(error)).toBe(error);
  });
});

describe("database unavailable", () => {
  it("an IndexedDB that refuses to open rejects every call with kind 'unavailable'", async () => {
    const db = createDatabase({
      name: "refused",
      indexedDB: {
        open: () => {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      },
    });
    const repo = new ModelRepository(db);
    await expect(repo.listModels()).rejects.toMatchObject({
      name: "PersistenceError",
      kind: "unavailable",
    });
    await expect(repo.saveModel(createEmptyModel(), null)).rejects.toMatchObject({
      kind: "unavailable",
    });
  });

  it("no IndexedDB at all is 'unavailable' too", async () => {
    // open() returning nothing is how Dexie detects a missing API.
    const db = createDatabase({ name: "missing", indexedDB: { open: () => noRequest() } });
    await expect(new ModelRepository(db).listModels()).rejects.toMatchObject({
      kind: "unavailable",
    });
  });

  it("opening is retried on the next call after a failure", async () => {
    const { factory, name } = freshStorage();
    let refuse = true;
    const flaky = {
      open: (dbName: string, version?: number) => {
        if (refuse) throw new DOMException("busy", "InvalidStateError");
        return factory.open(dbName, version);
      },
      deleteDatabase: (dbName: string) => factory.deleteDatabase(dbName),
      cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
      databases: () => factory.databases(),
    };
    const db = createDatabase({ name, indexedDB: flaky as IDBFactory, IDBKeyRange });
    const repo = new ModelRepository(db);
    await expect(repo.listModels()).rejects.toMatchObject({ kind: "unavailable" });
    refuse = false;
    expect(await repo.listModels()).toEqual([]);
    db.close();
  });

  it("creating the database touches no storage", () => {
    let opened = 0;
    createDatabase({ name: "lazy", indexedDB: { open: () => (opened++, noRequest()) } });
    expect(opened).toBe(0);
  });
});
