import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";
import { FONT_FILES } from "../../cli/fontFiles";
import { charWidth, ellipsize, textWidth, wrapText } from "./textMetrics";

describe("text metrics", () => {
  it("match the embedded font (the table is generated from it)", () => {
    const font = fontkit.openSync(FONT_FILES.regular) as fontkit.Font;
    for (const char of "AaZz09 ,.—→üÜßéΩЖ€") {
      const cp = char.codePointAt(0)!;
      expect(charWidth(cp)).toBeCloseTo(
        font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm,
        6,
      );
    }
    const bold = fontkit.openSync(FONT_FILES.bold) as fontkit.Font;
    expect(charWidth(0x57, true)).toBeCloseTo(
      bold.glyphForCodePoint(0x57).advanceWidth / bold.unitsPerEm,
      6,
    );
  });

  it("estimates characters the font lacks: CJK as one em", () => {
    expect(textWidth("模型注册表", 10)).toBe(50);
    expect(textWidth("e\u0301", 10)).toBeCloseTo(textWidth("e", 10));
  });

  it("wraps at spaces, breaks words too long for a line, and cuts with an ellipsis", () => {
    expect(wrapText("GPU inference server", { fontSize: 14, maxWidth: 120, maxLines: 3 })).toEqual([
      "GPU inference",
      "server",
    ]);
    const long = wrapText("x".repeat(80), { fontSize: 10, maxWidth: 100, maxLines: 2 });
    expect(long).toHaveLength(2);
    expect(long[1]!.endsWith("…")).toBe(true);
    for (const line of long) expect(textWidth(line, 10)).toBeLessThanOrEqual(100);
    expect(wrapText("模型注册表模型注册表", { fontSize: 10, maxWidth: 50, maxLines: 3 })).toEqual([
      "模型注册表",
      "模型注册表",
    ]);
    expect(wrapText("", { fontSize: 10, maxWidth: 50, maxLines: 2 })).toEqual([""]);
  });

  it("ellipsize keeps short text and cuts long text to fit", () => {
    expect(ellipsize("short", 100, 10)).toBe("short");
    const cut = ellipsize("Zürich Daten-Pipeline — Übersicht", 80, 10);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(80);
  });
});
