/**
 * `npm run export-format -- <model.json> --format <otm|tm-library|threat-dragon> [--out <file>]`
 */
import { threatEngine } from "./engine";
import { nodeIo } from "./nodeIo";
import { runExportFormat } from "./runExportFormat";

process.exitCode = runExportFormat(process.argv.slice(2), nodeIo, (model) =>
  threatEngine.evaluate(model),
);
