import { readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { openApp, waitSaved } from "./support/app";
import { clickNode, node } from "./support/canvas";
import { expect, test } from "./support/fixtures";
import { commitText, textField } from "./support/inspector";
import {
  BUILD_DIR,
  builtPaths,
  precached,
  updateNotice,
  waitForServiceWorker,
} from "./support/offline";
import { SAMPLE_ELEMENTS } from "./support/sample";
import { expectStatus, giveName, item } from "./support/triage";
import { showTab } from "./support/workspace";

/**
 * Issue 11 §17: after one visit the app works with the network off — it opens, edits, triages
 * and exports a PDF (PDFKit and its font are lazy chunks: they must come from the cache). The
 * real service worker of the build served by `vite preview`; the other specs block it.
 */
test.use({ serviceWorkers: "allow" });

const RENAMED = "Offline log store";
const LOGGED = /^Requests to GPU inference server and its answers are logged in Offline log store/;

test("after one visit: open, edit, triage and export a PDF with the network off", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await waitForServiceWorker(page);
  // Every file of the build is cached, lazy chunks and fonts included, not only what this
  // visit loaded.
  const caches = Object.values(await precached(page));
  expect(caches).toHaveLength(1);
  const paths = builtPaths(BUILD_DIR);
  expect(paths.some((p) => /\/assets\/DejaVuSans-.+\.ttf$/.test(p))).toBe(true);
  expect(caches[0]).toEqual(paths);

  await context.setOffline(true);
  const notFromWorker: string[] = [];
  page.on("response", (response) => {
    if (!response.fromServiceWorker()) notFromWorker.push(response.url());
  });
  const failed: string[] = [];
  context.on("requestfailed", (request) => failed.push(request.url()));

  // Open: a reload with no network.
  await page.reload();
  await expect(page.getByRole("application", { name: "Diagram canvas" })).toBeVisible();
  await waitSaved(page);
  // It really is offline: what the build does not hold cannot be fetched.
  const probe = await page.evaluate(() =>
    fetch("/not-in-the-build.txt").then(
      () => "fetched",
      () => "failed",
    ),
  );
  expect(probe).toBe("failed");
  failed.length = 0;

  // Edit.
  await clickNode(page, node(page, SAMPLE_ELEMENTS["inference-logs"]));
  await showTab(page, "Inspector");
  await commitText(textField(page, "Name"), RENAMED);
  await expect(node(page, `Data store: ${RENAMED}`)).toBeVisible();
  await waitSaved(page);

  // Triage the finding of the edited element.
  await showTab(page, "Threats");
  const logged = item(page, LOGGED);
  await logged.focus();
  await page.keyboard.press("i");
  await giveName(page, "Dana Kim");
  await expectStatus(logged, "Needs investigation");
  await waitSaved(page);

  // Export a PDF: PDFKit, the report code and the DejaVu fonts load now, from the cache.
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await page
    .getByRole("menu", { name: "Export" })
    .getByRole("menuitem", { name: "PDF report…" })
    .click();
  const dialog = page.getByRole("dialog", { name: "PDF report" });
  const downloaded = page.waitForEvent("download", { timeout: 90_000 });
  await dialog.getByRole("button", { name: "Export PDF" }).click();
  const download = await downloaded;
  const file = await download.path();
  const bytes = await readFile(file);
  expect(bytes.length).toBeGreaterThan(10_000);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  expect(text).toContain(RENAMED);
  expect(text).toContain("Needs investigation");

  // Open again, still offline: the edit and the decision are there.
  await page.reload();
  await expect(node(page, `Data store: ${RENAMED}`)).toBeVisible();
  await clickNode(page, node(page, `Data store: ${RENAMED}`));
  await showTab(page, "Threats");
  await expectStatus(item(page, LOGGED), "Needs investigation");

  expect(failed, "requests that needed the network").toEqual([]);
  expect(notFromWorker, "responses not from the service worker").toEqual([]);
  await expect(updateNotice(page)).toBeEmpty();
});

test("installs as an app: a manifest with name, theme colour and icons that load", async ({
  page,
  request,
}) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const response = await request.get(href!);
  expect(response.headers()["content-type"]).toMatch(/manifest\+json|json/);
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: "ThreatCanvas",
    start_url: "/",
    display: "standalone",
    theme_color: "#0f172a",
  });
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#0f172a");
  const sizes = manifest.icons.filter((i) => i.type === "image/png").map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const loaded = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, icon.src);
    if (icon.sizes !== "any") expect(`${loaded.width}x${loaded.height}`).toBe(icon.sizes);
    else expect(loaded.width).toBeGreaterThan(0);
  }
  // Chromium's own installability check sees a manifest it accepts.
  const client = await page.context().newCDPSession(page);
  const { installabilityErrors } = await client.send("Page.getInstallabilityErrors");
  // ("in-incognito" is about the test's browser context, not the app.)
  const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== "in-incognito");
  expect(errors).toEqual([]);
});
