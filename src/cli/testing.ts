import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ThreatModel } from "../domain/schema";
import type { Finding, Question } from "../engine/types";
import { makeFinding, makeQuestion, resultOf } from "../io/report/testing/fixtures";
import type { AnalyzeEngine, AnalyzeIo } from "./runAnalyze";

/** Test doubles for `runAnalyze`. */

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export interface FakeIo extends AnalyzeIo {
  out: string;
  err: string;
  written: Map<string, string>;
}

/** Reads real files (the fixtures); captures output and writes. */
export function fakeIo(overrides: Partial<AnalyzeIo> = {}): FakeIo {
  const io: FakeIo = {
    out: "",
    err: "",
    written: new Map(),
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: (path, text) => void io.written.set(path, text),
    sameFile: (a, b) => resolve(a) === resolve(b),
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    now: () => new Date("2025-06-01T12:00:00.000Z"),
    ...overrides,
  };
  return io;
}

/**
 * A stand-in engine with obvious rules: a process that does not authenticate callers is a
 * critical finding, an unencrypted flow a medium one, a process whose authentication is
 * unknown a question.
 */
export const fakeEngine: AnalyzeEngine = {
  evaluate(model: ThreatModel) {
    const findings: Finding[] = [];
    const questions: Question[] = [];
    for (const element of model.elements) {
      if (element.type !== "process") continue;
      const auth = element.props.authenticatesCallers;
      if (auth === "no") {
        findings.push(
          makeFinding({
            id: `FAKE-AUTH@${element.id}`,
            ruleId: "FAKE-AUTH",
            targetIds: [element.id],
            severity: "critical",
          }),
        );
      } else if (auth === "unknown") {
        questions.push(
          makeQuestion({
            id: `authenticatesCallers@${element.id}`,
            subjectId: element.id,
          }),
        );
      }
    }
    for (const flow of model.flows) {
      if (flow.props.encryptedInTransit === "no") {
        findings.push(
          makeFinding({
            id: `FAKE-TLS@${flow.id}`,
            ruleId: "FAKE-TLS",
            targetIds: [flow.id],
            severity: "medium",
            score: 9,
          }),
        );
      }
    }
    return resultOf(findings, questions);
  },
};
