import { decodeText, slug } from "../io/interop/text";
import type { ImportedDiagram, ReportEntry } from "../io/interop/types";
import { detectInterop, INTEROP_IMPORTERS, makeInteropSource } from "../io/formats";

/** Everything `runImport` needs from the outside world; tests pass fakes. */
export interface ImportIo {
  readBytes(path: string): Uint8Array;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}

export const IMPORT_USAGE = `Usage: npm run import -- <file> --out <model.json> [--diagram <n|name> | --all]

Reads a threat model made with another tool and writes it as a ThreatCanvas model, then prints
what was dropped or approximated, item by item.

Formats: ${INTEROP_IMPORTERS.map((i) => i.label).join(", ")}.

Options:
  --out <file>        where to write the model (with --all: one file per diagram, numbered)
  --diagram <n|name>  which diagram of a file that has several (number from 1, or its name)
  --all               write every diagram, each as its own model
  -h, --help          show this help

Exit codes: 0 written; 2 bad arguments, or a file that cannot be read or imported.
`;

interface ImportArgs {
  file: string;
  out: string;
  diagram: string | null;
  all: boolean;
}

export function parseImportArgs(argv: readonly string[]): ImportArgs | "help" | string {
  const positionals: string[] = [];
  let out: string | null = null;
  let diagram: string | null = null;
  let all = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h" || arg === "--help") return "help";
    if (arg === "--all") {
      all = true;
      continue;
    }
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (name === "--out" || name === "--diagram") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("--")))
        return `${name} needs a value`;
      if (name === "--out") out = value;
      else diagram = value;
      continue;
    }
    if (arg.startsWith("--")) return `unknown option ${JSON.stringify(arg)}`;
    positionals.push(arg);
  }
  if (positionals.length !== 1)
    return positionals.length === 0
      ? "missing the file to import"
      : `expected one file, got ${positionals.length}`;
  if (out === null) return "missing --out <model.json>";
  if (all && diagram !== null) return "use either --diagram or --all, not both";
  return { file: positionals[0]!, out, diagram, all };
}

export function runImport(argv: readonly string[], io: ImportIo): number {
  const args = parseImportArgs(argv);
  if (args === "help") {
    io.stdout(IMPORT_USAGE);
    return 0;
  }
  if (typeof args === "string") {
    io.stderr(`import: ${args}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(args.file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    io.stderr(
      `import: cannot read ${args.file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(error)}\n`,
    );
    return 2;
  }
  const source = makeInteropSource(decodeText(bytes), args.file);
  const importer = detectInterop(source);
  if (!importer) {
    io.stderr(
      `import: ${args.file} is not a file ThreatCanvas can import. It reads: ${INTEROP_IMPORTERS.map((i) => i.label).join(", ")}.\n`,
    );
    return 2;
  }
  const result = importer.read(source, { now: io.now });
  if (!result.ok) {
    io.stderr(
      `import: ${args.file} could not be read as ${result.formatLabel}:\n${result.errors.map((e) => `  - ${e}\n`).join("")}`,
    );
    return 2;
  }
  let chosen: ImportedDiagram[];
  if (args.all || result.diagrams.length === 1) chosen = result.diagrams;
  else if (args.diagram !== null) {
    const pick = pickDiagram(result.diagrams, args.diagram);
    if (!pick) {
      io.stderr(
        `import: no diagram ${JSON.stringify(args.diagram)} in ${args.file}. It has:\n${listDiagrams(result.diagrams)}`,
      );
      return 2;
    }
    chosen = [pick];
  } else {
    io.stderr(
      `import: ${args.file} has ${result.diagrams.length} diagrams; choose one with --diagram <n|name>, or --all:\n${listDiagrams(result.diagrams)}`,
    );
    return 2;
  }
  chosen.forEach((diagram, index) => {
    const path = chosen.length > 1 ? numbered(args.out, index + 1, diagram.name) : args.out;
    io.writeFile(path, `${JSON.stringify(diagram.model, null, 2)}\n`);
    io.stdout(`${formatReport(result.formatLabel, diagram)}wrote ${path}\n`);
  });
  return 0;
}

function pickDiagram(
  diagrams: readonly ImportedDiagram[],
  wanted: string,
): ImportedDiagram | undefined {
  if (/^\d+$/.test(wanted)) return diagrams[Number(wanted) - 1];
  return diagrams.find((d) => d.name.toLowerCase() === wanted.toLowerCase());
}

function listDiagrams(diagrams: readonly ImportedDiagram[]): string {
  return diagrams.map((d, i) => `  ${i + 1}. ${d.name}\n`).join("");
}

function numbered(out: string, n: number, name: string): string {
  const dot = out.toLowerCase().endsWith(".json") ? out.length - 5 : out.length;
  return `${out.slice(0, dot)}-${n}-${slug(name, "diagram")}${out.slice(dot) || ".json"}`;
}

const KIND_WORDS: Record<ReportEntry["kind"], string> = {
  dropped: "dropped",
  approximated: "approximated",
  info: "note",
};

export function formatReport(formatLabel: string, diagram: ImportedDiagram): string {
  const { source, arrived } = diagram;
  const line = (what: string, key: keyof typeof source) =>
    `  ${what}: ${arrived[key]} of ${source[key]}\n`;
  const entries = diagram.report
    .map((e) => `  - ${KIND_WORDS[e.kind]}: ${e.item}: ${e.text}\n`)
    .join("");
  return (
    `${formatLabel}: "${diagram.name}"\n` +
    line("elements", "elements") +
    line("flows", "flows") +
    line("boundaries", "boundaries") +
    line("threats", "threats") +
    (entries ? `Report:\n${entries}` : "Report: everything arrived as it was\n")
  );
}
