import { describe, expect, it } from "vitest";
import { boundaryChain, crossesBoundary, flowCrossing, indexModel } from "../../domain/graph";
import { randomModel } from "../testing/randomModel";
import type { ThreatModel } from "../../domain/schema";
import { entity, flow, modelOf, proc, store, zone } from "../testing/models";
import { deriveWorld } from "./derive";
import { ABSENT, readFact } from "./read";
import type { World } from "./world";

const worldOf = (model: ThreatModel): World => deriveWorld(model);
const element = (world: World, id: string) => world.elementsById.get(id)!;
const flowInfo = (world: World, id: string) => world.flowsById.get(id)!;

describe("placement facts", () => {
  const world = worldOf(
    modelOf([
      zone("outer", "training", 70),
      zone("inner", "data", 90, { parentId: "outer" }),
      proc("in-inner", {}, { parentId: "inner" }),
      proc("in-outer", {}, { parentId: "outer" }),
      proc("outside"),
    ]),
  );

  it("reads zone kind and trust level of the innermost boundary", () => {
    expect(readFact(element(world, "in-inner"), "zoneKind")).toBe("data");
    expect(readFact(element(world, "in-inner"), "trustLevel")).toBe(90);
    expect(readFact(element(world, "in-outer"), "zoneKind")).toBe("training");
    expect(readFact(element(world, "in-inner"), "inBoundary")).toBe(true);
  });

  it("outside every boundary: zone none, trust level absent", () => {
    expect(readFact(element(world, "outside"), "zoneKind")).toBe("none");
    expect(readFact(element(world, "outside"), "trustLevel")).toBe(ABSENT);
    expect(readFact(element(world, "outside"), "inBoundary")).toBe(false);
  });

  it("reads facts that do not apply as absent", () => {
    expect(readFact(element(world, "outside"), "encryptedAtRest")).toBe(ABSENT);
    expect(readFact(element(world, "outside"), "encryptedInTransit")).toBe(ABSENT);
    expect(readFact(element(world, "inner"), "publicReach")).toBe(ABSENT);
    expect(readFact(element(world, "inner"), "mlKind")).toBe(ABSENT);
    expect(readFact(element(world, "outside"), "mlKind")).toBe(null);
  });

  it("makes everything inside an out-of-scope boundary out of scope", () => {
    const scoped = worldOf(
      modelOf([
        zone("z", "external", 0, { outOfScope: true }),
        proc("p", {}, { parentId: "z" }),
        proc("q"),
      ]),
    );
    expect(element(scoped, "p").outOfScope).toBe(true);
    expect(element(scoped, "q").outOfScope).toBe(false);
    expect(scoped.modelFacts).toEqual({ elementCount: 1, boundaryCount: 0, flowCount: 0 });
  });
});

describe("crossings and trust direction", () => {
  const world = worldOf(
    modelOf(
      [
        zone("dmz", "dmz", 30),
        zone("core", "inference", 60),
        zone("core-inner", "data", 60, { parentId: "core" }),
        proc("gw", {}, { parentId: "dmz" }),
        proc("srv", {}, { parentId: "core" }),
        store("db", {}, { parentId: "core-inner" }),
        proc("srv2", {}, { parentId: "core" }),
        entity("user"),
        entity("partner"),
      ],
      [
        flow("up", "gw", "srv"),
        flow("down", "srv", "gw"),
        flow("level", "srv", "db"),
        flow("none", "srv", "srv2"),
        flow("in", "user", "gw"),
        // Imported from a tool that draws boundaries as lines: neither end is inside.
        flow("listed", "user", "partner", {}, { crossesBoundaryIds: ["dmz", "core"] }),
        flow("listed-inside", "gw", "srv", {}, { crossesBoundaryIds: ["dmz"] }),
      ],
    ),
  );

  it("takes a crossing an imported file records, though neither end is inside the boundary", () => {
    const listed = flowInfo(world, "listed");
    expect(readFact(listed, "crossesBoundary")).toBe(true);
    // Which side is more trusted is not known from a line across a flow.
    expect(readFact(listed, "trustDirection")).toBe("level");
    expect(listed.boundary?.id).toBe("dmz");
    // Where the ends are says more than the file: their boundaries decide.
    expect(flowInfo(world, "listed-inside").boundary?.id).toBe("core");
    expect(readFact(flowInfo(world, "listed-inside"), "trustDirection")).toBe("up");
  });

  it("computes whether a flow crosses and in which direction of trust", () => {
    const facts = (id: string) => [
      readFact(flowInfo(world, id), "crossesBoundary"),
      readFact(flowInfo(world, id), "trustDirection"),
    ];
    expect(facts("up")).toEqual([true, "up"]);
    expect(facts("down")).toEqual([true, "down"]);
    expect(facts("level")).toEqual([true, "level"]);
    expect(facts("none")).toEqual([false, "none"]);
    // Outside every boundary counts as untrusted.
    expect(facts("in")).toEqual([true, "up"]);
  });

  it("names the boundary entered, else the one left", () => {
    expect(flowInfo(world, "up").boundary?.id).toBe("core");
    expect(flowInfo(world, "down").boundary?.id).toBe("dmz");
    expect(flowInfo(world, "level").boundary?.id).toBe("core-inner");
    expect(flowInfo(world, "none").boundary).toBe(null);
  });
});

describe("publicReach", () => {
  const reach = (model: ThreatModel, id: string) =>
    readFact(element(worldOf(model), id), "publicReach");
  const causes = (model: ThreatModel, id: string) =>
    element(worldOf(model), id).reach.publicReach.causes.map((c) => `${c.fact}@${c.subject.id}`);

  it("is yes for an internet-exposed process and for what anonymous or customer audiences call", () => {
    expect(reach(modelOf([proc("p", { internetExposed: "yes" })]), "p")).toBe("yes");
    const called = modelOf(
      [entity("visitor", { audience: "anonymous" }), entity("staff", { audience: "employees" })],
      [],
    );
    expect(reach(called, "visitor")).toBe("no");
    const model = modelOf(
      [
        entity("visitor", { audience: "customers" }),
        entity("staff", { audience: "employees" }),
        proc("shop", { internetExposed: "no" }),
        proc("console", { internetExposed: "no" }),
      ],
      [flow("f1", "visitor", "shop"), flow("f2", "staff", "console")],
    );
    expect(reach(model, "shop")).toBe("yes");
    expect(reach(model, "console")).toBe("no");
  });

  it("follows requests through processes, however far, but not through stores", () => {
    const model = modelOf(
      [
        entity("user", { audience: "anonymous" }),
        proc("a", { internetExposed: "no" }),
        proc("b", { internetExposed: "no" }),
        store("s"),
        proc("c", { internetExposed: "no" }),
      ],
      [
        flow("f1", "user", "a"),
        flow("f2", "a", "b"),
        flow("f3", "b", "s"),
        // c reads the store: the request starts at c.
        flow("f4", "s", "c"),
      ],
    );
    expect(reach(model, "a")).toBe("yes");
    expect(reach(model, "b")).toBe("yes");
    expect(reach(model, "s")).toBe("yes");
    expect(reach(model, "c")).toBe("no");
  });

  it("is unknown when it hinges on an unknown audience or exposure, naming the cause", () => {
    const model = modelOf(
      [
        entity("who"),
        proc("api", { internetExposed: "no" }),
        proc("front"),
        proc("back", { internetExposed: "no" }),
      ],
      [flow("f1", "who", "api"), flow("f2", "front", "back")],
    );
    expect(reach(model, "api")).toBe("unknown");
    expect(causes(model, "api")).toEqual(["audience@who"]);
    expect(reach(model, "back")).toBe("unknown");
    expect(causes(model, "back")).toEqual(["internetExposed@front"]);
  });

  it("goes the way requests go: from the end that starts the exchange", () => {
    const model = modelOf(
      [proc("a", { internetExposed: "yes" }), proc("b", { internetExposed: "no" })],
      [flow("f", "b", "a", { initiatedBy: "target" }, { bidirectional: true })],
    );
    expect(reach(model, "b")).toBe("yes");
    const pulled = modelOf(
      [proc("a", { internetExposed: "yes" }), proc("b", { internetExposed: "no" })],
      [flow("f", "b", "a", { initiatedBy: "source" }, { bidirectional: true })],
    );
    expect(reach(pulled, "b")).toBe("no");
  });
});

describe("handlesPersonalData and degrees", () => {
  const world = worldOf(
    modelOf(
      [
        proc("a"),
        proc("b"),
        proc("c"),
        store("s", { containsPersonalData: "yes" }),
        store("t", { containsPersonalData: "no" }),
      ],
      [
        flow("pd", "a", "b", { carriesPersonalData: "yes" }),
        flow("maybe", "a", "c", { carriesPersonalData: "unknown" }),
        flow("none", "b", "t", { carriesPersonalData: "no" }),
        flow("both", "c", "a", { carriesPersonalData: "no" }, { bidirectional: true }),
      ],
    ),
  );

  it("is yes where a personal-data flow ends or a store holds it, unknown when unsure", () => {
    const pd = (id: string) => readFact(element(world, id), "handlesPersonalData");
    expect(pd("b")).toBe("yes");
    expect(pd("c")).toBe("unknown");
    expect(pd("s")).toBe("yes");
    expect(pd("t")).toBe("no");
    expect(pd("a")).toBe("no");
  });

  it("counts flows in and out, bidirectional ones both ways", () => {
    const a = element(world, "a");
    expect([a.inDegree, a.outDegree]).toEqual([1, 3]);
    const c = element(world, "c");
    expect([c.inDegree, c.outDegree]).toEqual([2, 1]);
  });
});

describe("agreement with the graph queries of domain/graph.ts", () => {
  it.each([1, 2, 3])("membership and crossings match on random model %i", (seed) => {
    const model = randomModel(200, seed);
    const index = indexModel(model);
    const world = worldOf(model);
    for (const info of world.elements) {
      expect(info.chain.map((b) => b.id)).toEqual(boundaryChain(index, info.id).map((b) => b.id));
    }
    for (const info of world.flows) {
      const crossing = flowCrossing(index, info.flow);
      expect(info.crossesBoundary).toBe(crossesBoundary(index, info.flow));
      expect(info.boundary?.id ?? null).toBe((crossing.enters[0] ?? crossing.exits[0])?.id ?? null);
    }
  });
});
