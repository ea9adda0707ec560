import { cpus, loadavg } from "node:os";

/** Progress goes to stderr; the figures go to stdout. */
export function log(message: string): void {
  console.error(`[bench:canvas] ${message}`);
}

/** The machine is shared: say how busy it was. */
export function machineLoad(): string {
  const load = loadavg().map((n) => n.toFixed(1));
  return `load average ${load.join(" ")} on ${cpus().length} cores`;
}
