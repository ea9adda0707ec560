import { readFileSync, writeFileSync } from "node:fs";
import { readPdfFonts } from "./fontFiles";
import { sameFile } from "./nodeIo";
import { svgToPng } from "./png";
import type { ExportIo } from "./runExport";

/** The real process and file system, for `npm run export`. */
export const nodeExportIo: ExportIo = {
  readFile: (path) => readFileSync(path, "utf8"),
  writeFile: (path, data) => writeFileSync(path, data),
  samePath: sameFile,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  now: () => new Date(),
  fonts: readPdfFonts,
  png: svgToPng,
};
