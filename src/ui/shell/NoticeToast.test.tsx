import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Notice } from "../../store/editorStore";
import { NoticeView } from "./NoticeToast";

const render = (notice: Omit<Notice, "id">) =>
  renderToStaticMarkup(<NoticeView notice={{ id: 1, ...notice }} onDismiss={() => undefined} />);

const change = (i: number) => ({
  elementId: `e${i}`,
  elementName: `Store ${i}`,
  elementType: "dataStore" as const,
  from: "model-hub" as const,
  to: "model-registry" as const,
});

describe("NoticeToast", () => {
  it("lists fitted ML kinds by their labels, at most five, and counts the rest", () => {
    const html = render({
      kind: "info",
      text: "Some ML kinds were changed:",
      kindChanges: [1, 2, 3, 4, 5, 6, 7].map(change),
    });
    expect(html).toContain('role="status"');
    expect(html).toContain(
      "<li>&quot;Store 1&quot;: ML kind “Public model hub” does not fit a data store; changed to “Model registry”</li>",
    );
    expect(html.match(/<li>/g)).toHaveLength(6);
    expect(html).toContain("<li>… and 2 more</li>");
  });

  it("shows a plain notice without a list", () => {
    const html = render({ kind: "info", text: "Pasted." });
    expect(html).toContain("<span>Pasted.</span>");
    expect(html).not.toContain("<ul");
  });
});
