import { describe, expect, it } from "vitest";
import { modelOf, type ElementInput } from "../../engine/testing/models";
import { badgeRadius } from "./badgePlacement";
import { buildDiagramScene, nodeBadgeCenter, type Badge, type SceneFlow } from "./scene";

const node = (id: string, type: ElementInput["type"], x: number): ElementInput =>
  ({ id, type, name: id, position: { x, y: 0 } }) as ElementInput;

function badgeBox(f: SceneFlow) {
  const r = badgeRadius(f.badge!);
  return { x: f.badgeAt!.x - r, y: f.badgeAt!.y - r, width: 2 * r, height: 2 * r };
}
const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("diagram scene badges", () => {
  const model = modelOf(
    // "b" sits close to "a": the label of a -> b fills the gap, so its badge must go elsewhere.
    [node("a", "process", 0), node("b", "dataStore", 260), node("c", "process", 900)],
    [
      { id: "f1", source: "a", target: "b", label: "Chunks and embeddings to index" },
      { id: "f2", source: "b", target: "c" },
    ],
  );
  const badges = new Map<string, Badge>([
    ["f1", { count: 3, severity: "high" }],
    ["f2", { count: 120, severity: "critical" }],
    ["a", { count: 2, severity: "medium" }],
  ]);
  const scene = buildDiagramScene(model, { badges });

  it("puts a flow's badge clear of its label's text and of every element", () => {
    for (const f of scene.flows) {
      const box = badgeBox(f);
      if (f.label) expect(overlaps(box, f.label)).toBe(false);
      for (const n of scene.nodes) expect(overlaps(box, n), `${f.id} over ${n.id}`).toBe(false);
    }
  });

  it("uses a wider badge for 99+", () => {
    const f2 = scene.flows.find((f) => f.id === "f2")!;
    expect(badgeRadius(f2.badge!)).toBeGreaterThan(badgeRadius({ count: 9, severity: "low" }));
  });

  it("puts an element's badge on its upper right", () => {
    const a = scene.nodes.find((n) => n.id === "a")!;
    const centre = nodeBadgeCenter(a);
    expect(centre.x).toBeGreaterThan(a.x + a.width / 2);
    expect(centre.y).toBeLessThan(a.y + a.height / 2);
  });
});
