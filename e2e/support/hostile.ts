import { expect, type Page } from "@playwright/test";
import { leavesBaseLevel } from "../../src/domain/text/bidi";
import type { ThreatModel } from "../../src/domain/schema";
import { PWNED_GLOBAL } from "../../src/testing/hostile/payloads";

/** What a hostile model must never do to the page, checked from outside it. */

export interface PageWatch {
  dialogs: string[];
}

/** Before the page loads: the global a payload would call, and a dialog recorder. */
export async function watchForExecution(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { dialogs: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript((name) => {
    const hits: string[] = [];
    Object.defineProperty(window, "__tcHits", { value: hits });
    Object.defineProperty(window, name, { value: (id: string) => hits.push(String(id)) });
  }, PWNED_GLOBAL);
  return watch;
}

/** Stores `model` in the app's database as the last opened model, then reloads onto it. */
export async function seedAndOpen(page: Page, model: ThreatModel): Promise<void> {
  await page.evaluate(async (doc) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("threatcanvas");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(["models", "documents", "meta"], "readwrite");
    tx.objectStore("documents").put({ id: doc.id, doc });
    tx.objectStore("models").put({
      id: doc.id,
      name: doc.name,
      description: doc.description.slice(0, 200),
      owner: doc.owner,
      createdAt: doc.createdAt,
      updatedAt: new Date().toISOString(),
      revision: 1,
      elementCount: doc.elements.length,
      flowCount: doc.flows.length,
    });
    tx.objectStore("meta").put({ key: "lastOpenedModelId", value: doc.id });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, model);
  await page.reload();
}

interface DomReport {
  hits: string[];
  elements: string[];
  handlers: string[];
  links: Array<{ tag: string; attr: string; value: string }>;
  texts: Array<{ text: string; isolatedAs: string | null }>;
  unisolatedInputs: string[];
  titles: string[];
}

/** Everything the checks need, read from the page in one go. */
function readDom(): Promise<DomReport> {
  return Promise.resolve().then(() => {
    const FOREIGN = new Set([
      "iframe",
      "object",
      "embed",
      "base",
      "math",
      "video",
      "audio",
      "foreignobject",
      "mglyph",
      "details",
      "template",
      "noscript",
    ]);
    const report: DomReport = {
      hits: (window as unknown as { __tcHits: string[] }).__tcHits.slice(),
      elements: [],
      handlers: [],
      links: [],
      texts: [],
      unisolatedInputs: [],
      titles: [],
    };
    const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    for (const el of Array.from(document.querySelectorAll("*"))) {
      const tag = el.tagName.toLowerCase();
      if (FOREIGN.has(tag)) report.elements.push(tag);
      if (tag === "script" && !(el.getAttribute("src") ?? "").startsWith("/assets/")) {
        report.elements.push(`script ${el.outerHTML.slice(0, 80)}`);
      }
      if (tag === "meta" && el.getAttribute("http-equiv") === "refresh")
        report.elements.push("meta refresh");
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) report.handlers.push(`${tag} ${attr.name}`);
        if (
          /^(href|src|action|formaction|srcdoc|data|xlink:href|poster|background)$/i.test(attr.name)
        ) {
          // Vite's module preloads are written with the page's own origin: keep their path only.
          const sameOrigin = attr.value.startsWith(`${location.origin}/`);
          const value = sameOrigin ? attr.value.slice(location.origin.length) : attr.value;
          report.links.push({ tag, attr: attr.name, value });
        }
        if (attr.name === "title" && bidi.test(attr.value)) report.titles.push(attr.value);
      }
      if ((tag === "input" || tag === "textarea") && bidi.test((el as HTMLInputElement).value)) {
        if (!el.hasAttribute("dir")) report.unisolatedInputs.push((el as HTMLInputElement).value);
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? "";
      if (!bidi.test(text)) continue;
      // SVG has no dir attribute: its isolation is the unicode-bidi presentation attribute.
      const isolator = node.parentElement?.closest(
        'bdi, [dir], [unicode-bidi="isolate"], [unicode-bidi="plaintext"]',
      );
      report.texts.push({ text, isolatedAs: isolator ? (isolator.textContent ?? "") : null });
    }
    return report;
  });
}

/**
 * Nothing executed, no element or link made from user text, and no user text reordering ours:
 * every text node with a bidi character either ends at the base level by itself or sits alone
 * in an isolating element (`<bdi>`, `dir`, SVG's `unicode-bidi`) holding nothing but user text.
 */
export async function expectNothingHostile(
  page: Page,
  watch: PageWatch,
  isOurLink: (value: string) => boolean,
  userTexts: ReadonlySet<string>,
): Promise<void> {
  const report = await page.evaluate(readDom);
  expect(report.hits, "payloads that ran").toEqual([]);
  expect(watch.dialogs, "dialogs opened").toEqual([]);
  expect(report.elements, "elements made from user text").toEqual([]);
  expect(report.handlers, "inline event handlers").toEqual([]);
  // The app's own chunks, web app manifest and icons; the skip links to the palette, canvas and
  // side panel; the print view's contents links to its own sections, and its diagram, an SVG the
  // app rendered, shown from a blob of this origin.
  const origin = new URL(page.url()).origin;
  const ownAsset = (value: string) =>
    value.startsWith("/assets/") ||
    value.startsWith("/icons/") ||
    value === "/manifest.webmanifest" ||
    /^#tc-(palette-pane|canvas|panel)$/.test(value) ||
    /^#print-[a-z-]+$/.test(value) ||
    value.startsWith(`blob:${origin}/`);
  const foreignLinks = report.links.filter(
    (l) => !(ownAsset(l.value) || l.value === "/favicon.svg" || isOurLink(l.value)),
  );
  expect(foreignLinks, "links or sources not built by the app").toEqual([]);
  expect(report.unisolatedInputs, "inputs showing bidi text without dir").toEqual([]);
  // A flow label too long for its spot shows the start of the user's text and an ellipsis.
  const isUserText = (text: string) =>
    userTexts.has(text) ||
    (text.endsWith("\u2026") &&
      [...userTexts].some((u) => u.startsWith(text.slice(0, -1)) && u.length > text.length - 1));
  const leaks = report.texts.filter(
    (t) =>
      !leavesBaseLevel(t.text) &&
      !(t.isolatedAs !== null && t.isolatedAs === t.text && isUserText(t.text.trim())),
  );
  expect(
    leaks.map((t) => t.text.slice(0, 80)),
    "user text reordering our sentences",
  ).toEqual([]);
  expect(
    report.titles.filter((t) => !leavesBaseLevel(t)),
    "tooltips",
  ).toEqual([]);
}
