import type { Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { withPrefs } from "./support/workspace";
import {
  createBlankModel,
  modelRow,
  openApp,
  openModel,
  openModels,
  paletteItem,
  toolbarButton,
  waitSaved,
} from "./support/app";
import {
  canvas,
  clickFlow,
  clickNode,
  connect,
  dragNode,
  dropFromPalette,
  flow,
  node,
  paneAt,
  resizeBy,
} from "./support/canvas";
import { commitText, selectField, textField, triOption } from "./support/inspector";
import { GATEWAY, INFERENCE, LOGS, SAMPLE_FLOWS, SAMPLE_NAME } from "./support/sample";

// These tests edit in the Inspector: it is the side panel's open tab, as a user would leave it.
test.beforeEach(async ({ page }) => {
  await withPrefs(page, { panelTab: "inspector" });
});

/**
 * Nothing leaves the browser: across a session that uses every feature, every request any page
 * makes goes to the app's own origin (data: and blob: URLs aside), and the Content-Security-Policy
 * (only 'self') is in place and never violated.
 */

test("a full session makes no request to any origin but the app's own", async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const sockets: string[] = [];
  const watch = (p: Page) => p.on("websocket", (ws) => sockets.push(ws.url()));
  watch(page);
  context.on("page", watch);
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(
        `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      ),
    );
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);

  // First visit: the sample.
  await openApp(page);
  await expect(page.locator("meta[http-equiv='Content-Security-Policy']")).toHaveAttribute(
    "content",
    /default-src 'self'.*connect-src 'self'/,
  );

  // Draw: palette click, palette drag, connect, label, properties.
  await paletteItem(page, "Agent").click();
  await dropFromPalette(page, "Vector store", await paneAt(page, 0.5, 0.9));
  await connect(page, node(page, "Process (Agent): Agent"), node(page, INFERENCE));
  await commitText(textField(page, "Label"), "Tool calls");
  await triOption(page, "Encrypted in transit", "No").check();
  await clickFlow(page, flow(page, SAMPLE_FLOWS["flow-logs"]));
  await triOption(page, "Authenticated", "Yes").check();

  // Boundaries and the inspector.
  await dropFromPalette(page, "Training zone", await paneAt(page, 0.2, 0.85));
  const zone = node(page, "Trust boundary: Training zone");
  await clickNode(page, zone);
  await resizeBy(page, zone, "bottom.right", 30, 20);
  await selectField(page, "Zone kind").selectOption({ label: "Data" });
  await dragNode(page, node(page, LOGS), 10, 10);

  // Editing: select, copy/paste, duplicate, nudge, delete, undo/redo.
  await clickNode(page, node(page, GATEWAY));
  await page.keyboard.press("Control+c");
  await page.keyboard.press("Control+v");
  await page.keyboard.press("Control+d");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Delete");
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+Shift+z");
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Escape");

  // View: zoom, fit, minimap, snap.
  await canvas(page).getByRole("button", { name: "Zoom In" }).click();
  await toolbarButton(page, "Fit view").click();
  await toolbarButton(page, "Minimap").click();
  await toolbarButton(page, "Minimap").click();
  await toolbarButton(page, "Snap").click();
  await waitSaved(page);

  // Models: create, rename, duplicate, open, delete.
  await createBlankModel(page, { name: "Second", description: "d", owner: "o" });
  await page.keyboard.press("Control+v");
  await waitSaved(page);
  let dialog = await openModels(page);
  await dialog.getByRole("button", { name: "Rename Second" }).click();
  await dialog.getByRole("textbox", { name: "New name for Second" }).fill("Second model");
  await dialog.getByRole("button", { name: "Save name" }).click();
  await dialog.getByRole("button", { name: `Duplicate ${SAMPLE_NAME}` }).click();
  await expect(modelRow(dialog, `Copy of ${SAMPLE_NAME}`)).toBeVisible();
  await dialog.getByRole("button", { name: `Delete Copy of ${SAMPLE_NAME}` }).click();
  await dialog.getByRole("button", { name: "Yes, delete" }).click();
  await dialog.getByRole("button", { name: "New from sample (LLM pipeline)" }).click();
  await waitSaved(page);
  await openModel(page, "Second model");
  await waitSaved(page);

  // Reload, and a second tab.
  await page.reload();
  await waitSaved(page);
  const second = await context.newPage();
  await openApp(second);
  await paletteItem(second, "LLM").click();
  await commitText(textField(second, "Name"), "Added in tab 2");
  await waitSaved(second);
  dialog = await openModels(second);
  await dialog.getByRole("button", { name: "Close" }).click();

  // Everything went to the app's own origin.
  expect(requests.length).toBeGreaterThan(2);
  expect(requests).toContain(`${origin}/`);
  const foreign = requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === "data:" || u.protocol === "blob:") return false;
    return u.origin !== origin;
  });
  expect(foreign, "requests to other origins").toEqual([]);
  expect(sockets, "websockets").toEqual([]);
  for (const p of context.pages()) {
    expect(
      await p.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
      "CSP violations",
    ).toEqual([]);
  }
});
