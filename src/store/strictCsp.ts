/** No eval under the page's CSP: see domain/zodConfig.ts (imported first by the session). */
import "../domain/zodConfig";
