import { readFileSync, writeFileSync } from "node:fs";
import type { AnalyzeIo } from "./runAnalyze";

/** The real process and file system, for the command-line entry point. */
export const nodeIo: AnalyzeIo = {
  readFile: (path) => readFileSync(path, "utf8"),
  writeFile: (path, text) => writeFileSync(path, text, "utf8"),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  now: () => new Date(),
};
