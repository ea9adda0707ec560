import { describe, expect, it } from "vitest";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../schema";
import { addFlow, flowEndpointError, reconnectFlow, reverseFlow, updateFlow } from "./flows";
import type { OperationResult } from "./result";

const T = "2024-05-01T12:00:00.000Z";

/** Zone Z holds a and b; c and d are top-level. Flows a→b (ab) and b→c (bc, with handles). */
function scenario(): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m",
    createdAt: T,
    updatedAt: T,
    elements: [
      {
        id: "Z",
        type: "trustBoundary",
        position: { x: 0, y: 0 },
        size: { width: 500, height: 400 },
      },
      { id: "a", type: "process", position: { x: 10, y: 10 }, parentId: "Z" },
      { id: "b", type: "dataStore", position: { x: 200, y: 10 }, parentId: "Z" },
      { id: "c", type: "externalEntity", position: { x: 800, y: 10 } },
      { id: "d", type: "process", position: { x: 800, y: 300 } },
    ],
    flows: [
      { id: "ab", source: "a", target: "b", label: "writes" },
      {
        id: "bc",
        source: "b",
        target: "c",
        sourceHandle: "right",
        targetHandle: "left",
        props: { protocol: "HTTPS", custom: 1 },
        style: "kept",
      },
    ],
  } satisfies ThreatModelInput);
}

function docOf(result: OperationResult): ThreatModel {
  if (!result.ok) throw new Error(`operation failed: ${result.error}`);
  expect(ThreatModelSchema.safeParse(result.doc).success).toBe(true);
  return result.doc;
}
function errorOf(result: OperationResult): string {
  if (result.ok) throw new Error("operation was expected to fail");
  return result.error;
}
const flowOf = (doc: ThreatModel, id: string) => {
  const found = doc.flows.find((f) => f.id === id);
  if (!found) throw new Error(`no flow ${id}`);
  return found;
};

describe("flowEndpointError", () => {
  const doc = scenario();
  it("accepts two distinct non-boundary elements", () => {
    expect(flowEndpointError(doc, "a", "c")).toBeNull();
    expect(flowEndpointError(doc, "c", "a")).toBeNull();
  });
  it("explains each refusal", () => {
    expect(flowEndpointError(doc, "a", "a")).toBe("A flow cannot go from an element to itself.");
    expect(flowEndpointError(doc, "Z", "a")).toBe(
      "Trust boundaries are not flow endpoints: connect the elements inside them.",
    );
    expect(flowEndpointError(doc, "a", "Z")).toBe(
      "Trust boundaries are not flow endpoints: connect the elements inside them.",
    );
    expect(flowEndpointError(doc, "a", "ghost")).toBe('There is no element "ghost".');
    expect(flowEndpointError(doc, "ghost", "a")).toBe('There is no element "ghost".');
  });
});

describe("addFlow", () => {
  it("adds a flow with every default and a fresh id", () => {
    const before = scenario();
    const after = docOf(addFlow(before, { source: "c", target: "d" }));
    const added = after.flows.at(-1)!;
    expect(added.id).toMatch(/^flow_/);
    expect(added).toMatchObject({
      source: "c",
      target: "d",
      sourceHandle: null,
      targetHandle: null,
      label: "",
      bidirectional: false,
      props: { encryptedInTransit: "unknown", classification: "unknown" },
    });
    expect(after.elements).toBe(before.elements);
    expect(after.flows.slice(0, 2)).toEqual(before.flows);
    expect(after.flows[0]).toBe(before.flows[0]);
  });

  it("takes an id, handles and a label", () => {
    const after = docOf(
      addFlow(scenario(), {
        id: "my flow",
        source: "a",
        target: "d",
        sourceHandle: "bottom",
        targetHandle: "top",
        label: "Exports",
      }),
    );
    expect(flowOf(after, "my flow")).toMatchObject({
      sourceHandle: "bottom",
      targetHandle: "top",
      label: "Exports",
    });
  });

  it("allows a second flow between the same ends in the other direction", () => {
    expect(docOf(addFlow(scenario(), { source: "b", target: "a" })).flows).toHaveLength(3);
  });

  it.each([
    ["a self-loop", { source: "a", target: "a" }, "A flow cannot go from an element to itself."],
    [
      "a boundary source",
      { source: "Z", target: "c" },
      "Trust boundaries are not flow endpoints: connect the elements inside them.",
    ],
    [
      "a boundary target",
      { source: "c", target: "Z" },
      "Trust boundaries are not flow endpoints: connect the elements inside them.",
    ],
    ["a missing element", { source: "c", target: "nope" }, 'There is no element "nope".'],
    [
      "a duplicate flow id",
      { id: "ab", source: "c", target: "d" },
      'a flow with id "ab" already exists',
    ],
    ["an element's id", { id: "a", source: "c", target: "d" }, 'a flow with id "a" already exists'],
    ["an empty id", { id: "", source: "c", target: "d" }, "id: must not be empty"],
    [
      "a label that is too long",
      { source: "c", target: "d", label: "x".repeat(201) },
      "label: is longer than 200 characters",
    ],
  ])("refuses %s with a readable message", (_label, input, message) => {
    const doc = scenario();
    const snapshot = structuredClone(doc);
    expect(errorOf(addFlow(doc, input))).toBe(message);
    expect(doc).toEqual(snapshot);
  });
});

describe("reconnectFlow", () => {
  it("moves a flow's ends and handles, keeping its other fields", () => {
    const before = scenario();
    const after = docOf(
      reconnectFlow(before, "bc", { source: "b", target: "d", targetHandle: "top" }),
    );
    expect(flowOf(after, "bc")).toMatchObject({
      source: "b",
      target: "d",
      sourceHandle: null,
      targetHandle: "top",
      props: { protocol: "HTTPS", custom: 1 },
      style: "kept",
    });
    expect(after.flows[0]).toBe(before.flows[0]);
    expect(after.elements).toBe(before.elements);
  });

  it("returns the same document when dropped back on the same ends", () => {
    const doc = scenario();
    expect(
      docOf(
        reconnectFlow(doc, "bc", {
          source: "b",
          target: "c",
          sourceHandle: "right",
          targetHandle: "left",
        }),
      ),
    ).toBe(doc);
    expect(docOf(reconnectFlow(doc, "ab", { source: "a", target: "b" }))).toBe(doc);
  });

  it("refuses the same endpoints addFlow refuses", () => {
    const doc = scenario();
    expect(errorOf(reconnectFlow(doc, "ab", { source: "a", target: "a" }))).toBe(
      "A flow cannot go from an element to itself.",
    );
    expect(errorOf(reconnectFlow(doc, "ab", { source: "a", target: "Z" }))).toBe(
      "Trust boundaries are not flow endpoints: connect the elements inside them.",
    );
    expect(errorOf(reconnectFlow(doc, "ghost", { source: "a", target: "b" }))).toBe(
      'no flow "ghost"',
    );
  });
});

describe("updateFlow", () => {
  it("changes fields and merges props, keeping unknown keys", () => {
    const before = scenario();
    const after = docOf(
      updateFlow(before, "bc", {
        label: "Sync",
        bidirectional: true,
        props: { encryptedInTransit: "yes" },
      }),
    );
    expect(flowOf(after, "bc")).toMatchObject({
      label: "Sync",
      bidirectional: true,
      style: "kept",
      props: { protocol: "HTTPS", custom: 1, encryptedInTransit: "yes", authenticated: "unknown" },
    });
    expect(after.flows[0]).toBe(before.flows[0]);
    expect(after.elements).toBe(before.elements);
  });

  it("refuses invalid values, naming the field, and leaves the document untouched", () => {
    const doc = scenario();
    const snapshot = structuredClone(doc);
    expect(errorOf(updateFlow(doc, "ab", { props: { encryptedInTransit: "maybe" } }))).toMatch(
      /^props\.encryptedInTransit: /,
    );
    expect(errorOf(updateFlow(doc, "ab", { label: "x".repeat(201) }))).toBe(
      "label: is longer than 200 characters",
    );
    expect(errorOf(updateFlow(doc, "ab", { props: { classification: "secret" } }))).toMatch(
      /^props\.classification: /,
    );
    expect(doc).toEqual(snapshot);
  });

  it("returns the same document when nothing changes", () => {
    const doc = scenario();
    expect(docOf(updateFlow(doc, "ab", {}))).toBe(doc);
    expect(docOf(updateFlow(doc, "ab", { label: "writes" }))).toBe(doc);
    expect(docOf(updateFlow(doc, "bc", { props: { protocol: "HTTPS" } }))).toBe(doc);
  });

  it("refuses an unknown flow", () => {
    expect(errorOf(updateFlow(scenario(), "ghost", { label: "x" }))).toBe('no flow "ghost"');
  });
});

describe("reverseFlow", () => {
  it("swaps the ends and the handles", () => {
    const before = scenario();
    const after = docOf(reverseFlow(before, "bc"));
    expect(flowOf(after, "bc")).toMatchObject({
      source: "c",
      target: "b",
      sourceHandle: "left",
      targetHandle: "right",
      style: "kept",
    });
    expect(after.flows.map((f) => f.id)).toEqual(["ab", "bc"]);
  });

  it("reversing twice gives the original flow back", () => {
    const doc = scenario();
    expect(docOf(reverseFlow(docOf(reverseFlow(doc, "bc")), "bc"))).toEqual(doc);
  });

  it("refuses an unknown flow", () => {
    expect(errorOf(reverseFlow(scenario(), "ghost"))).toBe('no flow "ghost"');
  });
});
