import { describe, expect, it } from "vitest";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema } from "../../domain/schema";
import { csvCell, decisionLogCsv } from "./csv";

describe("decision log CSV", () => {
  it("writes one row per entry with the finding's title", () => {
    const model = ThreatModelSchema.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: "m",
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
      elements: [],
      flows: [],
      triage: { "R@x": { status: "accepted", justification: "ok", title: "Prompts, unencrypted" } },
      decisionLog: [
        {
          id: "l1",
          at: "2026-01-02T00:00:00.000Z",
          findingId: "R@x",
          from: "open",
          to: "accepted",
          justification: 'Said "fine"\nby the CISO',
          by: "Dana Kim",
          via: "triage",
        },
      ],
    });
    expect(decisionLogCsv(model)).toBe(
      "When,Finding id,Finding,From,To,By,Via,Justification\r\n" +
        '2026-01-02T00:00:00.000Z,R@x,"Prompts, unencrypted",Open,Accepted,Dana Kim,triage,"Said ""fine""\nby the CISO"\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["plain", "plain"],
  ])("never lets a spreadsheet run %j", (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
