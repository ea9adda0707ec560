import { test, expect } from "./support/fixtures";
import { framingPage, serveBuildWithoutHeaders, type RunningServer } from "./support/servers";

/**
 * Another site cannot show the app in a frame: the app's servers forbid it by header, and where
 * a static host sends no header, the app itself refuses to start inside another origin's frame.
 */

const servers: RunningServer[] = [];
test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

test("the preview server sends frame-ancestors 'none' and X-Frame-Options DENY", async ({
  request,
}) => {
  const response = await request.get("/");
  expect(response.headers()["content-security-policy"]).toBe("frame-ancestors 'none'");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
});

test("a page on another port that frames the app shows no app", async ({ page, baseURL }) => {
  const site = await framingPage(`${baseURL!}/`);
  servers.push(site);
  page.on("dialog", (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.goto(site.origin);
  await expect(page.getByRole("heading", { name: "Another site" })).toBeVisible();
  const frame = page.frameLocator("#embedded");
  // Give a framed app every chance to appear before checking that it did not.
  await page.waitForLoadState("load");
  await page.waitForTimeout(1000);
  await expect(frame.getByRole("application", { name: "Diagram canvas" })).toHaveCount(0);
  await expect(frame.getByRole("button")).toHaveCount(0);
});

test("served without those headers, the app refuses to start inside another site's frame", async ({
  page,
  context,
}) => {
  const bare = await serveBuildWithoutHeaders();
  servers.push(bare);
  const site = await framingPage(`${bare.origin}/`);
  servers.push(site);

  await page.goto(site.origin);
  const frame = page.frameLocator("#embedded");
  await expect(
    frame.getByRole("heading", { name: "ThreatCanvas does not run inside another site" }),
  ).toBeVisible();
  await expect(
    frame.getByRole("link", { name: "Open ThreatCanvas in its own tab" }),
  ).toHaveAttribute("href", `${bare.origin}/`);
  await expect(frame.getByRole("application", { name: "Diagram canvas" })).toHaveCount(0);
  await expect(frame.getByRole("toolbar")).toHaveCount(0);
  // Nothing started: no database was opened for that origin.
  const inner = page.frames().find((f) => f.url().startsWith(bare.origin))!;
  const databases = await inner.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name),
  );
  expect(databases).toEqual([]);

  // The same files opened in a tab of their own are the app as usual.
  const own = await context.newPage();
  await own.goto(`${bare.origin}/`);
  await expect(own.getByRole("application", { name: "Diagram canvas" })).toBeVisible();
});
