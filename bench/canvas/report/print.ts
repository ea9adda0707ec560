import { formatBreakdown, formatRounds, formatTable } from "./table";
import type { SizeSummary } from "./summary";

export function printReport(summaries: SizeSummary[], measuredMoves: number, rounds: number): void {
  console.log("");
  console.log(
    `Main-thread CPU time per pointer move (ms), ${measuredMoves} measured moves per drag, median of ` +
      `${rounds} interleaved rounds; ratio = app p95 / bare p95 within a round, median of rounds.`,
  );
  console.log(formatTable(summaries));
  console.log("");
  console.log("Median CPU ms per move by kind of work; wall-clock busy ms of the same tasks:");
  console.log(formatBreakdown(summaries));
  console.log("");
  console.log(formatRounds(summaries));
}
