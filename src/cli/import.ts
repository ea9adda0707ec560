/**
 * `npm run import -- <file> --out <model.json> [--diagram <n|name> | --all]`
 * The entry point only wires the real process and file system to `runImport`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runImport } from "./runImport";

process.exitCode = runImport(process.argv.slice(2), {
  readBytes: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text, "utf8"),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  now: () => new Date(),
});
