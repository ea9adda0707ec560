/**
 * `npm run export -- <model.json> --format json|pdf|markdown|csv|svg|png|sarif [--out FILE]`
 * The entry point only wires the real process, file system and engine to `runExport`.
 */
import { threatEngine } from "./engine";
import { nodeExportIo } from "./exportIo";
import { runExport } from "./runExport";

process.exitCode = await runExport(process.argv.slice(2), nodeExportIo, threatEngine);
