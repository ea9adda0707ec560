import { describe, expect, it } from "vitest";
import { writeMetaRowsAtOnce } from "./immediateWrite";
import { ModelRepository } from "./modelRepository";
import { freshStorage, openTab } from "./testSupport";

describe("unload-draft rows written at once", () => {
  it("begins the transaction before returning, puts and deletes in it, and reads back", async () => {
    const db = openTab(freshStorage());
    await db.open();
    await db.meta.put({ key: "threatcanvas:draft:m:old", value: "old" });
    const written = writeMetaRowsAtOnce(
      db.backendDB(),
      new Map([
        ["threatcanvas:draft:m:t1", "{}"],
        ["threatcanvas:draft:m:old", null],
      ]),
    );
    expect(written).not.toBeNull();
    await written;
    expect(await db.meta.get("threatcanvas:draft:m:t1")).toEqual({
      key: "threatcanvas:draft:m:t1",
      value: "{}",
    });
    expect(await db.meta.get("threatcanvas:draft:m:old")).toBeUndefined();
  });

  it("gives way (null) when no transaction can begin, and the repository still writes", async () => {
    const storage = freshStorage();
    const db = openTab(storage);
    await db.open();
    const native = db.backendDB();
    db.close();
    expect(writeMetaRowsAtOnce(native, new Map([["k", "v"]]))).toBeNull();

    const repository = new ModelRepository(openTab(storage));
    await repository.writeDraftRows(new Map([["threatcanvas:draft:m:t2", "{}"]]));
    expect(await repository.readDraftRows(["threatcanvas:draft:m:"])).toEqual([
      ["threatcanvas:draft:m:t2", "{}"],
    ]);
  });

  it("a write refused at once (quota) rejects with that error, and nothing else is left unhandled", async () => {
    const db = openTab(freshStorage());
    await db.open();
    const native = db.backendDB();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const store = native.transaction("meta", "readonly").objectStore("meta");
    const proto = Object.getPrototypeOf(store) as { put: IDBObjectStore["put"] };
    const realPut = proto.put;
    proto.put = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    try {
      await expect(writeMetaRowsAtOnce(native, new Map([["k", "v"]]))).rejects.toThrow(
        "The quota has been exceeded.",
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      proto.put = realPut;
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
    expect(await db.meta.get("k")).toBeUndefined();
  });
});
