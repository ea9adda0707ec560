import { describe, expect, it } from "vitest";
import { buildReportData } from "../reportData";
import { FIXED_TIME, triagedPipeline } from "../reportData/testing/fixture";
import { csvCell, csvDocument } from "./csv";
import { RISK_REGISTER_COLUMNS, formatRiskRegisterCsv } from "./riskRegister";

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const body = text.replace(/^\ufeff/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && body[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else if (c === '"' || c === "\r" || c === "\n")
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  if (cell !== "" || row.length) throw new Error("no final CRLF");
  return rows;
}

describe("CSV cells", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["", ""],
    ["Zürich → 模型", "Zürich → 模型"],
  ])("%j -> %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it.each([
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\tindent",
    "\rstart",
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
  ])("neutralises the formula %j with a leading apostrophe", (input) => {
    const cell = parseCsv(csvDocument([[input]]))[0]?.[0];
    expect(cell).toBe(`'${input}`);
  });

  it("leaves numbers and formula characters inside text alone", () => {
    expect(csvCell(12)).toBe("12");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("x-1")).toBe("x-1");
  });

  it("round-trips awkward text through a strict reader", () => {
    const awkward = ['a,"b"\r\nc', "", ",", '"', "\n", "=x", " lead", "trail "];
    const rows = parseCsv(csvDocument([awkward, ["ok"]]));
    expect(rows[0]).toEqual(awkward.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
    expect(rows[1]).toEqual(["ok"]);
  });
});

describe("risk register", () => {
  const { model, result } = triagedPipeline();
  const hostileModel = {
    ...model,
    triage: {
      ...model.triage,
      "AI-EXTRACT-01@inference-server": {
        ...model.triage["AI-EXTRACT-01@inference-server"]!,
        justification: '=HYPERLINK("https://evil.example","click"), and "quotes"\nand lines',
        owner: "@owner",
      },
    },
  };
  const data = buildReportData(hostileModel, result, { generatedAt: FIXED_TIME });
  const rows = parseCsv(formatRiskRegisterCsv(data));

  it("has one row per finding under a fixed header", () => {
    expect(rows[0]).toEqual([...RISK_REGISTER_COLUMNS]);
    expect(rows).toHaveLength(data.findings.length + 1);
    for (const row of rows) expect(row).toHaveLength(RISK_REGISTER_COLUMNS.length);
  });

  it("writes a triaged finding's decision, neutralising what a person typed", () => {
    const col = (name: (typeof RISK_REGISTER_COLUMNS)[number]) =>
      RISK_REGISTER_COLUMNS.indexOf(name);
    const row = rows.find((r) => r[0] === "AI-EXTRACT-01@inference-server")!;
    expect(row[col("Status")]).toBe("Accepted");
    expect(row[col("Owner")]).toBe("'@owner");
    expect(row[col("Justification")]).toBe(
      `'=HYPERLINK("https://evil.example","click"), and "quotes"\nand lines`,
    );
    expect(row[col("Ticket")]).toBe("https://tickets.example.com/SEC-101");
    expect(row[col("Review by")]).toBe("2027-03-01");
    expect(row[col("Severity")]).toBe("High");
    expect(row[col("Scored by")]).toBe("DREAD-AI (0-10)");
    expect(row[col("Score")]).toBe("6.9");
    expect(row[col("Residual severity")]).toBe("Low");
    expect(row[col("Element")]).toBe("GPU inference server");
    expect(row[col("References")]).toContain("AML.T0024.002");
    const custom = rows.find((r) => r[0] === "custom-threat-1")!;
    expect(custom[col("Categories")]).toBe("STRIDE E");
    expect(custom[col("Source")]).toBe("Custom threat");
    for (const r of rows.slice(1)) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("starts with a byte-order mark so spreadsheets read UTF-8", () => {
    expect(formatRiskRegisterCsv(data).startsWith("\ufeffFinding id,")).toBe(true);
  });
});
