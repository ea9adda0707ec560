import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threatEngine } from "../../cli/engine";
import { readPdfFonts } from "../../cli/fontFiles";
import { runExport, type ExportIo } from "../../cli/runExport";
import { csvExport, markdownExport, pdfExport, svgExport } from "../../io/export";
import { exportModelJson } from "../../io/native";
import { registerHostileOutput, type OutputArtifact } from "./outputs";

/** The exports of issue 8 over the hostile model: full Markdown, CSV, SVG, native JSON, PDF, CLI. */

registerHostileOutput({
  name: "Full Markdown report",
  produce: (model, result) => [{ kind: "markdown", text: markdownExport(model, result) }],
});

registerHostileOutput({
  name: "CSV risk register",
  produce: (model, result) => [{ kind: "csv", text: csvExport(model, result) }],
});

registerHostileOutput({
  name: "Diagram SVG",
  produce(model, result) {
    const svg = svgExport(model, result);
    // The root <svg> element is the document itself: numbers and our own attributes only. What
    // it contains is checked as markup.
    const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? "";
    if (
      !/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="[\d.]+" height="[\d.]+" viewBox="0 0 [\d.]+ [\d.]+" role="img" aria-labelledby="tc-title" font-family="[^"<>]*">$/.test(
        root,
      )
    ) {
      throw new Error(`unexpected root element: ${root.slice(0, 200)}`);
    }
    return [{ kind: "markup", label: "inside <svg>", text: svg.slice(root.length) }];
  },
});

registerHostileOutput({
  name: "Native JSON export",
  produce: (model) => [{ kind: "json", text: exportModelJson(model).text }],
});

registerHostileOutput({
  name: "PDF report (text as pdftotext reads it)",
  async produce(model, result) {
    const file = join(mkdtempSync(join(tmpdir(), "tc-hostile-pdf-")), "report.pdf");
    writeFileSync(file, await pdfExport(model, result, readPdfFonts()));
    let text: string;
    try {
      text = execFileSync("pdftotext", ["-nopgbrk", file, "-"], { encoding: "utf8" });
    } catch (error) {
      throw new Error(
        `pdftotext is needed (Debian's poppler-utils; scripts/ensure-browser.sh installs it): ${String(error)}`,
      );
    }
    return [{ kind: "text", label: "page text", text: text.replace(/\n/g, " ") }];
  },
});

registerHostileOutput({
  name: "npm run export (stdout and stderr)",
  async produce(model) {
    const text = JSON.stringify(model);
    const artifacts: OutputArtifact[] = [];
    for (const format of ["csv", "markdown", "svg", "json", "pdf"] as const) {
      let out = "";
      let err = "";
      const io: ExportIo = {
        readFile: () => text,
        writeFile: () => undefined,
        samePath: () => false,
        stdout: (t) => void (out += t),
        stderr: (t) => void (err += t),
        now: () => new Date("2026-12-01T00:00:00Z"),
        fonts: readPdfFonts,
        png: () => new Uint8Array(),
      };
      await runExport(
        [
          "model.json",
          "--format",
          format,
          "--out",
          `${model.name}.${format}`,
          "--prepared-by",
          model.name,
        ],
        io,
        threatEngine,
      );
      artifacts.push({ kind: "terminal", label: `stderr, ${format}`, text: err });
      if (out) artifacts.push({ kind: "terminal", label: `stdout, ${format}`, text: out });
    }
    // An invalid model: the error lines quote user ids and keys.
    let err = "";
    const broken = { ...model, flows: model.flows.map((f) => ({ ...f, target: `${f.target}\n` })) };
    const io: ExportIo = {
      readFile: () => JSON.stringify(broken),
      writeFile: () => undefined,
      samePath: () => false,
      stdout: () => undefined,
      stderr: (t) => void (err += t),
      now: () => new Date("2026-12-01T00:00:00Z"),
      fonts: readPdfFonts,
      png: () => new Uint8Array(),
    };
    await runExport([`${model.name}.json`, "--format", "csv"], io, threatEngine);
    artifacts.push({ kind: "terminal", label: "stderr, invalid model", text: err });
    return artifacts;
  },
});
