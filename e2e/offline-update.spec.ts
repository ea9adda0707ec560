import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { SECURITY_HEADERS } from "../vite.config";
import { alertSaying, saveStatus, waitSaved } from "./support/app";
import { clickNode, node } from "./support/canvas";
import { expect, test } from "./support/fixtures";
import { commitText, textField } from "./support/inspector";
import { BUILD_DIR, precached, updateNotice, waitForServiceWorker } from "./support/offline";
import { SAMPLE_ELEMENTS } from "./support/sample";
import { serveDirectory, type RunningServer } from "./support/servers";
import { showTab } from "./support/workspace";

/**
 * Issue 11 §17: a new version is offered, never forced. The build is copied to a directory a
 * server of the test serves, so the test can publish a "second build" there: a changed
 * index.html and a service worker that differs (as every new build's does, its precache
 * manifest naming the new files).
 */
test.use({ serviceWorkers: "allow" });

const MARKER = 'meta[name="threatcanvas-e2e-build"]';
const NEXT_VERSION = "e2e000000002";

let site: string;
let server: RunningServer;

test.beforeEach(async () => {
  site = test.info().outputPath("site");
  await cp(BUILD_DIR, site, { recursive: true, filter: (path) => !path.endsWith(".map") });
  server = await serveDirectory(site, SECURITY_HEADERS);
});

test.afterEach(async () => {
  await server.close();
});

/** What a deploy of the next build changes: index.html and the service worker. */
async function publishNextBuild(): Promise<string> {
  const html = await readFile(join(site, "index.html"), "utf8");
  await writeFile(
    join(site, "index.html"),
    html.replace("<title>", '<meta name="threatcanvas-e2e-build" content="2" />\n    <title>'),
  );
  const worker = await readFile(join(site, "sw.js"), "utf8");
  const version = /version:[`"']([0-9a-f]{12})[`"']/.exec(worker)?.[1];
  expect(version, "the precache version in sw.js").toBeTruthy();
  await writeFile(join(site, "sw.js"), worker.replaceAll(version!, NEXT_VERSION));
  return version!;
}

/** What the browser does on its own on the next visit or hourly: ask for a newer worker. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

async function openAt(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await expect(page.getByRole("application", { name: "Diagram canvas" })).toBeVisible();
  await expect(saveStatus(page)).toHaveText("Saved");
}

const hasWaitingWorker = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting != null);

test("a new version waits for the user's click, never while typing, and not in the other tab", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openAt(page, server.origin);
  await waitForServiceWorker(page);
  const other = await context.newPage();
  await openAt(other, server.origin);
  await expect(updateNotice(page)).toBeEmpty();

  let loads = 0;
  page.on("load", () => (loads += 1));
  let otherLoads = 0;
  other.on("load", () => (otherLoads += 1));

  const oldVersion = await publishNextBuild();
  await checkForUpdate(page);
  const notice = updateNotice(page);
  await expect(notice).toContainText("A new version is ready.");
  await expect(updateNotice(other)).toContainText("A new version is ready.");
  await expect(notice.getByRole("button", { name: "Reload" })).toBeVisible();
  await expect(notice.getByRole("button", { name: "Reload" })).not.toBeFocused();

  // Offered, not taken: the page goes on with the version it loaded.
  await clickNode(page, node(page, SAMPLE_ELEMENTS["inference-logs"]));
  await showTab(page, "Inspector");
  const name = textField(page, "Name");
  await commitText(name, "Logs, renamed while the update waits");
  await waitSaved(page);
  expect(loads).toBe(0);
  await expect(page.locator(MARKER)).toHaveCount(0);
  expect(await hasWaitingWorker(page)).toBe(true);

  // Text that cannot be committed (too long) is still being typed: Reload says so, and waits.
  await name.fill("x".repeat(201));
  await name.press("Enter");
  await expect(alertSaying(page, "Name is longer than 200 characters")).toBeVisible();
  await notice.getByRole("button", { name: "Reload" }).click();
  await expect(notice).toContainText("Finish what you are typing in “Name” (Escape undoes it)");
  expect(loads).toBe(0);
  expect(await hasWaitingWorker(page)).toBe(true);
  // Undone: the reason goes.
  await name.press("Escape");
  await expect(notice).not.toContainText("Finish what you are typing");

  // Later hides it for now.
  await notice.getByRole("button", { name: "Later" }).click();
  await expect(notice).toBeEmpty();
  expect(await hasWaitingWorker(page)).toBe(true);

  // A reload by the user (F5) while the other tab still shows the old version: the waiting
  // worker stays waiting, and is offered again.
  await page.reload();
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect(page.locator(MARKER)).toHaveCount(0);
  await expect(notice).toContainText("A new version is ready.");
  loads = 0;

  // The click: the new version takes over and the page reloads into it, edits intact.
  const reloaded = page.waitForEvent("load");
  await notice.getByRole("button", { name: "Reload" }).click();
  await reloaded;
  await expect(page.locator(MARKER)).toHaveCount(1);
  await expect(node(page, "Data store: Logs, renamed while the update waits")).toBeVisible();
  await expect(notice).toBeEmpty();
  const cacheNames = Object.keys(await precached(page));
  expect(cacheNames.sort()).toEqual(
    [`threatcanvas-precache-${NEXT_VERSION}`, `threatcanvas-precache-${oldVersion}`].sort(),
  );

  // The other tab was not reloaded under its user: it is offered the reload instead.
  await expect(updateNotice(other)).toContainText("another tab already uses it");
  expect(otherLoads).toBe(0);
  await expect(other.locator(MARKER)).toHaveCount(0);
  const otherReloaded = other.waitForEvent("load");
  await updateNotice(other).getByRole("button", { name: "Reload" }).click();
  await otherReloaded;
  await expect(other.locator(MARKER)).toHaveCount(1);
});

test("the first install takes control quietly: no notice, no reload", async ({ page }) => {
  let loads = 0;
  page.on("load", () => (loads += 1));
  await openAt(page, server.origin);
  await waitForServiceWorker(page);
  await waitSaved(page);
  expect(loads).toBe(1);
  await expect(updateNotice(page)).toBeEmpty();
  expect(Object.keys(await precached(page))).toHaveLength(1);
});
