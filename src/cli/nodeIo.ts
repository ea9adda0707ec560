import { readFileSync, statSync, writeFileSync } from "node:fs";
import type { AnalyzeIo } from "./runAnalyze";

/** The real process and file system, for the command-line entry point. */
export const nodeIo: AnalyzeIo = {
  readFile: (path) => readFileSync(path, "utf8"),
  writeFile: (path, text) => writeFileSync(path, text, "utf8"),
  sameFile,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  now: () => new Date(),
};

/**
 * Same device and inode: catches symlinks, hard links, `./m.json` against `m.json` and case
 * differences on case-insensitive disks, which comparing path strings would miss. A path that
 * does not exist (yet) is no other file.
 */
export function sameFile(a: string, b: string): boolean {
  const first = statSync(a, { throwIfNoEntry: false });
  const second = statSync(b, { throwIfNoEntry: false });
  if (!first || !second) return false;
  return first.dev === second.dev && first.ino === second.ino;
}
