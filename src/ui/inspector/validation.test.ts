import { describe, expect, it } from "vitest";
import { formatNumber, operationErrorMessage, parseNumberText, parsers } from "./validation";

describe("retention days", () => {
  const parse = parsers.retentionDays;

  it("accepts whole numbers of days", () => {
    expect(parse("30")).toEqual({ ok: true, value: 30 });
    expect(parse(" 0 ")).toEqual({ ok: true, value: 0 });
    expect(parse("36500")).toEqual({ ok: true, value: 36500 });
  });

  it("treats empty text as unknown (null), not as zero", () => {
    expect(parse("")).toEqual({ ok: true, value: null });
    expect(parse("   ")).toEqual({ ok: true, value: null });
  });

  it("refuses negative numbers with the schema's message, led by the label", () => {
    expect(parse("-3")).toEqual({ ok: false, message: "Retention (days) cannot be negative" });
  });

  it("refuses fractions", () => {
    expect(parse("2.5")).toEqual({
      ok: false,
      message: "Retention (days) must be a whole number of days",
    });
  });

  it("refuses more than 100 years", () => {
    expect(parse("36501")).toEqual({
      ok: false,
      message: "Retention (days) must be at most 100 years (36,500 days)",
    });
  });

  it("refuses text that is not a number instead of guessing", () => {
    for (const text of ["abc", "12abc", "0x10", "1,5", "-", "Infinity", "NaN"]) {
      expect(parse(text)).toEqual({ ok: false, message: "Retention (days) must be a number" });
    }
  });
});

describe("trust level", () => {
  const parse = parsers.trustLevel;

  it("accepts 0 to 100", () => {
    expect(parse("0")).toEqual({ ok: true, value: 0 });
    expect(parse("100")).toEqual({ ok: true, value: 100 });
    expect(parse("1e1")).toEqual({ ok: true, value: 10 });
  });

  it("refuses values out of range", () => {
    expect(parse("150")).toEqual({
      ok: false,
      message: "Trust level (0-100) must be between 0 and 100",
    });
    expect(parse("-1")).toEqual({
      ok: false,
      message: "Trust level (0-100) must be between 0 and 100",
    });
  });

  it("refuses fractions and empty text (a boundary always has a trust level)", () => {
    expect(parse("50.5")).toEqual({
      ok: false,
      message: "Trust level (0-100) must be a whole number",
    });
    expect(parse("")).toEqual({ ok: false, message: "Trust level (0-100) must not be empty" });
  });
});

describe("text fields", () => {
  it("keep text exactly as typed, including spaces and markup-like text", () => {
    expect(parsers.elementName(" <b>LLM</b> ")).toEqual({ ok: true, value: " <b>LLM</b> " });
    expect(parsers.elementName("")).toEqual({ ok: true, value: "" });
  });

  it("refuse over-long names with the schema's message", () => {
    expect(parsers.elementName("x".repeat(201))).toEqual({
      ok: false,
      message: "Name is longer than 200 characters",
    });
    expect(parsers.flowLabel("x".repeat(201))).toEqual({
      ok: false,
      message: "Label is longer than 200 characters",
    });
  });

  it("phrase zod's built-in messages readably", () => {
    expect(parsers.outOfScopeReason("x".repeat(2001))).toEqual({
      ok: false,
      message: "Reason is longer than 2,000 characters",
    });
    expect(parsers.protocol("x".repeat(101))).toEqual({
      ok: false,
      message: "Protocol is longer than 100 characters",
    });
    expect(parsers.customZone("x".repeat(101))).toEqual({
      ok: false,
      message: "Zone name is longer than 100 characters",
    });
    expect(parsers.description("x".repeat(20001))).toEqual({
      ok: false,
      message: "Description is longer than 20,000 characters",
    });
  });

  it("require a model name and trim it like the operation does", () => {
    expect(parsers.modelName("   ")).toEqual({ ok: false, message: "Name must not be empty" });
    expect(parsers.modelName("  Fraud model ")).toEqual({ ok: true, value: "Fraud model" });
    expect(parsers.modelOwner("")).toEqual({ ok: true, value: "" });
  });
});

describe("parseNumberText", () => {
  it("parses plain decimals and exponents only", () => {
    expect(parseNumberText("12")).toEqual({ ok: true, value: 12 });
    expect(parseNumberText("+12")).toEqual({ ok: true, value: 12 });
    expect(parseNumberText(".5")).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberText("")).toEqual({ ok: true, value: null });
    expect(parseNumberText("1e999")).toEqual({ ok: false });
    expect(parseNumberText("12 3")).toEqual({ ok: false });
  });
});

describe("formatNumber", () => {
  it("shows null as an empty field", () => {
    expect(formatNumber(null)).toBe("");
    expect(formatNumber(undefined)).toBe("");
    expect(formatNumber(0)).toBe("0");
  });
});

describe("operationErrorMessage", () => {
  it("replaces the field path with the field's label and keeps the first problem", () => {
    expect(
      operationErrorMessage("Retention (days)", "props.retentionDays: cannot be negative; name: x"),
    ).toBe("Retention (days) cannot be negative");
  });

  it("passes sentences without a path through", () => {
    expect(operationErrorMessage("Name", 'no element "x"')).toBe('no element "x"');
  });
});
