import { describe, expect, it } from "vitest";
import { mdCode, mdLink, mdTableRow, mdText } from "./markdownEscape";
import { renderMarkdown, tagNames } from "./testing/renderMarkdown";

/** Renders one inline fragment inside a paragraph and returns the paragraph's inner HTML. */
function inline(markdown: string): string {
  const html = renderMarkdown(`Start ${markdown} end`).trim();
  expect(html.startsWith("<p>Start ") && html.endsWith(" end</p>")).toBe(true);
  return html.slice("<p>Start ".length, -" end</p>".length);
}

function plain(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

const HOSTILE = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "**bold** _em_ ~~strike~~ `code`",
  "[click](javascript:alert(1))",
  "![img](https://evil.example/x.png)",
  "a | b | c",
  "# heading",
  "1. not a list",
  "- not a list",
  "+ not a list",
  "* not a list",
  "2) not a list",
  "--- not a rule",
  "Uses C # ###",
  "Server (v2) !important [draft]",
  "> not a quote",
  "&lt;script&gt; &#60;b&#62;",
  "http://evil.example and www.evil.example and someone@evil.example",
  "$x^2$ math",
  "back\\slash \\* escaped",
  "line one\n\n# line two\n| x |",
  "<!-- comment --> <div>block</div>",
  "[^1] footnote",
];

describe("mdText", () => {
  it.each(HOSTILE)("renders %j as exactly that text, with no markup", (text) => {
    const html = inline(mdText(text));
    expect([...tagNames(html)]).toEqual([]);
    expect(plain(html)).toBe(text.replace(/\s+/g, " "));
  });

  it("cannot add or split table cells", () => {
    const table = ["| A | B |", "| --- | --- |", mdTableRow(["x | y", "<b>z</b>\n| w |"])].join(
      "\n",
    );
    const html = renderMarkdown(table);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).toContain("<td>x | y</td>");
    expect(html).toContain("<td>&lt;b&gt;z&lt;/b&gt; | w |</td>");
  });

  it("drops control characters and keeps ordinary text readable", () => {
    expect(mdText("GPU\u0000 inference\u0007 server")).toBe("GPU inference server");
    expect(mdText("Model registry (v2.1), staging/prod-eu; 50% done?!")).toBe(
      "Model registry (v2.1), staging/prod-eu; 50% done?!",
    );
  });
});

describe("mdCode", () => {
  it.each(["plain-id", "has `ticks` inside", "`edge`", "<script>", "a | b"])(
    "keeps %j verbatim in a code span",
    (text) => {
      const html = inline(mdCode(text));
      expect(html.startsWith("<code>") && html.endsWith("</code>")).toBe(true);
      expect(plain(html.slice("<code>".length, -"</code>".length))).toBe(text);
    },
  );
});

describe("mdLink", () => {
  it("links http(s) URLs and escapes the label", () => {
    expect(inline(mdLink("AML.T0051 *LLM*", "https://atlas.mitre.org/techniques/AML.T0051"))).toBe(
      '<a href="https://atlas.mitre.org/techniques/AML.T0051">AML.T0051 *LLM*</a>',
    );
  });

  it("keeps parentheses and spaces in the URL from ending the link", () => {
    expect(inline(mdLink("x", "https://example.org/a (b)"))).toBe(
      '<a href="https://example.org/a%20%28b%29">x</a>',
    );
  });

  it("never links other schemes", () => {
    expect(inline(mdLink("x", "javascript:alert(1)"))).toBe("x");
    expect(inline(mdLink("x", null))).toBe("x");
  });
});

describe("text printed in a terminal or a CI log", () => {
  it("drops C1 controls as well as C0 and DEL", () => {
    expect(mdText("a\u009b31m\u0085b\u007fc\u001bd")).toBe("a31mbcd");
    expect(mdCode("x\u009by")).toBe("`xy`");
  });

  it("never starts a line with a GitHub Actions command", () => {
    expect(mdText("::error file=a::forged")).toBe("\\::error file=a::forged");
    expect(inline(mdText("::error file=a::forged"))).toBe("::error file=a::forged");
  });

  it("isolates bidi text, inside code spans too", () => {
    expect(mdText("\u202eevil")).toBe("\u2068\u202eevil\u2069");
    expect(mdCode("\u202eid")).toBe("`\u2068\u202eid\u2069`");
    expect(mdText("plain")).toBe("plain");
  });
});
