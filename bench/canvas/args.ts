import { parseArgs } from "node:util";
import { DEFAULTS, SIZES, type RunOptions } from "./config";

const USAGE = `npm run bench:canvas -- [--rounds 3] [--moves 120] [--warmup 15] [--sizes 200/300,1000/1500] [--keep-traces] [--skip-build] [--profile]`;

export function readOptions(argv: string[]): RunOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      rounds: { type: "string" },
      moves: { type: "string" },
      warmup: { type: "string" },
      sizes: { type: "string" },
      "keep-traces": { type: "boolean" },
      "skip-build": { type: "boolean" },
      profile: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (value: string | undefined, fallback: number, min: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`expected a whole number >= ${min}, got "${value}"\n${USAGE}`);
    return n;
  };
  const labels = values.sizes?.split(",").map((s) => s.trim());
  const sizes = labels ? SIZES.filter((s) => labels.includes(s.label)) : SIZES;
  if (sizes.length === 0) throw new Error(`no such size: ${values.sizes}\n${USAGE}`);
  const moves = int(values.moves, DEFAULTS.moves, 10);
  const warmup = int(values.warmup, DEFAULTS.warmup, 0);
  if (warmup >= moves - 5) throw new Error("warm-up must leave at least 5 measured moves");
  return {
    rounds: int(values.rounds, DEFAULTS.rounds, 1),
    moves,
    warmup,
    sizes,
    keepTraces: values["keep-traces"] ?? false,
    skipBuild: values["skip-build"] ?? false,
    profile: values.profile ?? false,
  };
}
