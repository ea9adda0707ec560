/**
 * How much of each AI-security catalog the built-in rules cite: covered / total and the
 * uncovered codes per catalog, DASF counted only on the risk's component, the organisational
 * DASF risks listed apart. A measurement, so it always exits 0.
 *
 *   npm run coverage:catalogs
 */
import { catalogCoverage } from "../src/engine/catalog/coverage";
import { ALL_RULES } from "../src/engine/rules";
import { formatCoverage } from "./catalog-coverage/format";

console.log(formatCoverage(catalogCoverage(ALL_RULES)));
