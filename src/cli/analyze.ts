/**
 * `npm run analyze -- <model.json> [--format json|markdown|sarif] [--fail-on SEVERITY] [--output FILE]`
 * The entry point only wires the real process, file system and engine to `runAnalyze`.
 */
import { threatEngine } from "./engine";
import { nodeIo } from "./nodeIo";
import { runAnalyze } from "./runAnalyze";

process.exitCode = runAnalyze(process.argv.slice(2), nodeIo, threatEngine);
