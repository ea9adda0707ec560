import { z } from "zod";

/**
 * The page's Content-Security-Policy allows no eval. zod 4 compiles object parsers with
 * `new Function` when it may, and finds out by trying once: the attempt is caught, but the
 * browser still logs "Refused to evaluate a string as JavaScript" and fires a CSP violation on
 * every page load. Parsing without compiled parsers skips the attempt. Imported first by the
 * session, before anything is parsed.
 */
z.config({ jitless: true });
