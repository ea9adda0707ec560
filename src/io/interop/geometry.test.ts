import { describe, expect, it } from "vitest";
import { curveThrough, polylineCrossings, segmentsIntersect } from "./geometry";
import { layeredLayout } from "./layout";
import { decodeText, htmlToText, slug } from "./text";

describe("geometry", () => {
  it("finds crossings of segments and polylines", () => {
    expect(
      segmentsIntersect({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 }),
    ).toBe(true);
    expect(
      segmentsIntersect({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 1 }, { x: 10, y: 1 }),
    ).toBe(false);
    const wall = curveThrough({ x: 50, y: -50 }, { x: 60, y: 50 }, { x: 50, y: 150 });
    expect(
      polylineCrossings(
        [
          { x: 0, y: 50 },
          { x: 100, y: 50 },
        ],
        wall,
      ),
    ).toBe(1);
    expect(
      polylineCrossings(
        [
          { x: 0, y: 50 },
          { x: 40, y: 50 },
        ],
        wall,
      ),
    ).toBe(0);
  });
  it("draws a curve through its handle halfway", () => {
    const points = curveThrough({ x: 0, y: 0 }, { x: 5, y: 10 }, { x: 10, y: 0 }, 2);
    expect(points[1]).toEqual({ x: 5, y: 10 });
  });
});

describe("layered layout", () => {
  it("puts flows left to right and sizes boundaries around what they hold", () => {
    const boxes = layeredLayout(
      [
        { id: "zone", parentId: null, isContainer: true, width: 0, height: 0 },
        { id: "a", parentId: null, isContainer: false, width: 100, height: 50 },
        { id: "b", parentId: "zone", isContainer: false, width: 100, height: 50 },
        { id: "c", parentId: "zone", isContainer: false, width: 100, height: 50 },
      ],
      [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
        { source: "c", target: "b" },
      ],
    );
    const [a, zone, b, c] = ["a", "zone", "b", "c"].map((id) => boxes.get(id)!);
    expect(a!.x).toBeLessThan(zone!.x);
    expect(b!.x).toBeLessThan(c!.x);
    for (const inner of [b!, c!]) {
      expect(inner.x).toBeGreaterThanOrEqual(zone!.x);
      expect(inner.x + inner.width).toBeLessThanOrEqual(zone!.x + zone!.width);
      expect(inner.y + inner.height).toBeLessThanOrEqual(zone!.y + zone!.height);
    }
  });
});

describe("text", () => {
  it("decodes UTF-8 and UTF-16 with and without marks", () => {
    const text = "<ThreatModel>é</ThreatModel>";
    expect(decodeText(Buffer.from(text, "utf8"))).toBe(text);
    expect(
      decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])),
    ).toBe(text);
    expect(decodeText(Buffer.from(text, "utf16le"))).toBe(text);
  });
  it("turns TMT's HTML into plain text and keeps other angle brackets", () => {
    expect(
      htmlToText(
        'Use TLS. Refer: <a href="https://aka.ms/x">https://aka.ms/x</a><br/>Then <b>log</b> &amp; alert.',
      ),
    ).toBe("Use TLS. Refer: https://aka.ms/x\nThen log & alert.");
    expect(htmlToText('See <a href="https://example.org">the guide</a>')).toBe(
      "See the guide (https://example.org)",
    );
    expect(htmlToText("Map<String, Object> holds <data>")).toBe("Map<String, Object> holds <data>");
  });
  it("makes symbolic names", () => {
    expect(slug("Électrum Wallet / GUI", "x")).toBe("electrum-wallet-gui");
    expect(slug("!!!", "fallback")).toBe("fallback");
  });
});
