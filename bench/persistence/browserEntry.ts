import { measure } from "./measure";

/** Built into one script and run in Chromium by ../persistence.bench.ts (real localStorage). */
(window as unknown as { __measure: typeof measure }).__measure = measure;
