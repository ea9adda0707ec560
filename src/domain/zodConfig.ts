import { z } from "zod";

/**
 * The page's Content-Security-Policy allows no eval. zod 4 compiles object parsers with
 * `new Function` when it may, and finds out by trying once when the first object schema is
 * built: the attempt is caught, but the browser still logs "Refused to evaluate a string as
 * JavaScript" and fires a CSP violation. Parsing without compiled parsers skips the attempt.
 * The document's schema modules import this first, so it runs before any schema is built,
 * whichever bundle chunk they land in.
 */
z.config({ jitless: true });
