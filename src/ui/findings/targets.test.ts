import { describe, expect, it } from "vitest";
import {
  buildTargetIndex,
  concerns,
  MODEL_LABEL,
  primaryTargetId,
  revealNodeIds,
  selectionFor,
  targetLabel,
} from "./targets";
import { finding, sampleDoc } from "./testing";

describe("targets", () => {
  const index = buildTargetIndex(sampleDoc());

  it("names elements, unnamed ones by type, and flows by label or ends", () => {
    expect(index.get("provider")?.name).toBe("Data vendor");
    expect(index.get("job")?.name).toBe("Unnamed process");
    expect(index.get("f1")?.name).toBe("Daily batch");
    expect(index.get("f2")?.name).toBe("Training data → Unnamed process");
  });

  it("keeps document order, elements before flows", () => {
    const order = [...index.values()].sort((a, b) => a.order - b.order).map((t) => t.id);
    expect(order).toEqual(["zone", "provider", "store", "job", "f1", "f2"]);
  });

  it("labels an element, a flow, an interaction and the whole model", () => {
    expect(targetLabel(["store"], index)).toBe("Training data");
    expect(targetLabel(["f1"], index)).toBe("Data vendor → Daily batch → Training data");
    expect(targetLabel(["provider", "f1", "store"], index)).toBe(
      "Data vendor → Daily batch → Training data",
    );
    expect(targetLabel(["store", "f2", "job"], index)).toBe("Training data → Unnamed process");
    expect(targetLabel(["model"], index)).toBe(MODEL_LABEL);
    expect(targetLabel(["gone"], index)).toBe("gone");
  });

  it("lists an interaction under its flow and selects the flow", () => {
    const f = finding({ targetIds: ["provider", "f1", "store"] });
    expect(primaryTargetId(f)).toBe("f1");
    expect(selectionFor(f, index)).toEqual(["f1"]);
    expect(revealNodeIds(f, index)).toEqual(["provider", "store"]);
  });

  it("selects and reveals an element; selects nothing for a model finding", () => {
    expect(selectionFor(finding({ targetIds: ["job"] }), index)).toEqual(["job"]);
    expect(revealNodeIds(finding({ targetIds: ["job"] }), index)).toEqual(["job"]);
    expect(selectionFor(finding({ targetIds: ["model"] }), index)).toEqual([]);
    expect(revealNodeIds(finding({ targetIds: ["model"] }), index)).toEqual([]);
  });

  it("an element is concerned by interactions it is an end of", () => {
    const f = finding({ targetIds: ["provider", "f1", "store"] });
    expect(concerns(f, "provider")).toBe(true);
    expect(concerns(f, "f1")).toBe(true);
    expect(concerns(f, "job")).toBe(false);
  });

  it("keeps its index while elements only move, and renames make a new one", () => {
    const doc = sampleDoc();
    const first = buildTargetIndex(doc);
    const [head, ...rest] = doc.elements;
    const moved = { ...doc, elements: [{ ...head!, position: { x: 5, y: 5 } }, ...rest] };
    expect(buildTargetIndex(moved)).toBe(first);
    const renamed = { ...doc, elements: [{ ...head!, name: "Renamed" }, ...rest] };
    const next = buildTargetIndex(renamed);
    expect(next).not.toBe(first);
    expect(next.get(head!.id)?.name).toBe("Renamed");
  });
});
