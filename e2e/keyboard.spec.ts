import { openApp, palette, saveStatus } from "./support/app";
import { canvas, flow, node } from "./support/canvas";
import { elementNamed, storedOpenDoc } from "./support/db";
import { expect, test } from "./support/fixtures";
import { SAMPLE_BOUNDARIES, SAMPLE_ELEMENTS } from "./support/sample";
import { focused, panelTab, pressUntilFocused, pressUntilFocusIn } from "./support/workspace";

/**
 * The workspace without a mouse (issue 9, item 5): every step below is a key press.
 */

test.use({ viewport: { width: 1280, height: 720 } });

test("a keyboard-only user builds a three-element model with one flow", async ({ page }) => {
  await openApp(page);

  // A blank model, from the Models dialog.
  await pressUntilFocused(page, page.getByRole("button", { name: "Models", exact: true }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Threat models" });
  await expect(dialog).toBeVisible();
  const form = dialog.getByRole("form", { name: "New model" });
  await pressUntilFocused(page, form.getByRole("textbox", { name: "Name", exact: true }));
  await page.keyboard.type("Shop");
  await pressUntilFocused(page, form.getByRole("button", { name: "Create blank model" }));
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shop");

  /** From wherever focus is, F6 to the palette, pick the n-th item down, add it, name it. */
  async function addAndName(stepsDown: number, name: string, label: string) {
    for (let i = 0; i < 4; i++) {
      if (await focused(page).evaluate((el) => el.closest("nav[aria-label='Palette']") !== null))
        break;
      await page.keyboard.press("F6");
    }
    await expect(focused(page)).toHaveAttribute("data-key", /.+/);
    await page.keyboard.press("Home");
    for (let i = 0; i < stepsDown; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    // Focus is on the new element, which is selected: Enter edits it in the Inspector.
    await expect(focused(page)).toHaveAttribute("aria-roledescription", "node");
    await page.keyboard.press("Enter");
    await expect(panelTab(page, "Inspector")).toHaveAttribute("aria-selected", "true");
    const nameField = page
      .getByRole("region", { name: "Inspector" })
      .getByRole("textbox", { name: "Name", exact: true });
    await expect(nameField).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(name);
    await page.keyboard.press("Enter");
    await expect(node(page, label)).toBeVisible();
  }

  await addAndName(0, "Web app", "Process: Web app");
  await addAndName(1, "Orders DB", "Data store: Orders DB");
  await addAndName(2, "Customer", "External entity: Customer");

  // F6 to the canvas lands on the selection; C starts a flow, the target is picked from a list.
  for (let i = 0; i < 4; i++) {
    if ((await focused(page).getAttribute("aria-label")) === "External entity: Customer") break;
    await page.keyboard.press("F6");
  }
  await expect(focused(page)).toHaveAttribute("aria-label", "External entity: Customer");
  await page.keyboard.press("c");
  const connect = page.getByRole("dialog", { name: "Connect Customer to…" });
  await expect(connect).toBeVisible();
  await page.keyboard.type("web");
  await expect(connect.getByRole("option")).toHaveCount(1);
  await expect(connect.getByRole("option", { name: /Web app/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("Tab");
  await expect(connect.getByRole("textbox", { name: "Flow label (optional)" })).toBeFocused();
  await page.keyboard.type("Orders");
  await page.keyboard.press("Enter");
  await expect(connect).toBeHidden();
  const orders = flow(page, "Data flow Orders from Customer to Web app");
  await expect(orders).toBeVisible();
  await expect(orders).toBeFocused();

  await expect(saveStatus(page)).toHaveText("Saved");
  const doc = await storedOpenDoc(page);
  expect(doc.elements.map((e) => e.name).sort()).toEqual(["Customer", "Orders DB", "Web app"]);
  expect(doc.flows).toHaveLength(1);
  expect(doc.flows[0]).toMatchObject({
    source: elementNamed(doc, "Customer").id,
    target: elementNamed(doc, "Web app").id,
    label: "Orders",
  });
});

test("on the canvas: arrows move focus, Enter selects, arrows then move the selection, Delete deletes", async ({
  page,
}) => {
  await openApp(page);
  await pressUntilFocused(page, page.getByRole("link", { name: "Skip to canvas" }));
  await page.keyboard.press("Enter");
  const first = await focused(page).getAttribute("aria-label");
  expect(first).toBeTruthy();
  // A visible focus ring on the focused node.
  const ring = await focused(page).evaluate((el) => {
    const shape = el.querySelector(".tc-node, .tc-boundary");
    return shape ? getComputedStyle(shape).outlineStyle : "none";
  });
  expect(ring).toBe("solid");

  // Go to the API gateway: it is right of the API client.
  await canvas(page)
    .getByRole("group", { name: SAMPLE_ELEMENTS["api-client"], exact: true })
    .focus();
  await page.keyboard.press("ArrowRight");
  await expect(focused(page)).toHaveAccessibleName(/^(Data flow Prompts|Process: API gateway)/);
  while ((await focused(page).getAttribute("aria-label")) !== SAMPLE_ELEMENTS["api-gateway"]) {
    await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("Enter");
  const gateway = node(page, SAMPLE_ELEMENTS["api-gateway"]);
  await expect(gateway).toHaveClass(/selected/);
  const before = elementNamed(await storedOpenDoc(page), "API gateway").position;
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("ArrowDown");
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect
    .poll(async () => elementNamed(await storedOpenDoc(page), "API gateway").position)
    .toEqual({ x: before.x + 10, y: before.y + 1 });

  await page.keyboard.press("Delete");
  await expect(gateway).toHaveCount(0);
  // Focus is not lost: it stays on the canvas.
  await expect(focused(page)).toHaveCount(1);
  await page.keyboard.press("ControlOrMeta+z");
  await expect(gateway).toBeVisible();
});

test("R resizes the selected trust boundary with the arrow keys, in one undo step", async ({
  page,
}) => {
  await openApp(page);
  const dmz = node(page, SAMPLE_BOUNDARIES["zone-dmz"]);
  await dmz.focus();
  await page.keyboard.press("Enter");
  await expect(dmz).toHaveClass(/selected/);
  const before = (await storedOpenDoc(page)).elements.find((e) => e.id === "zone-dmz")!.size!;
  await page.keyboard.press("r");
  await expect(page.getByRole("status", { name: "Canvas announcements" })).toContainText(
    "Resizing DMZ",
  );
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("Enter");
  await expect(saveStatus(page)).toHaveText("Saved");
  await expect
    .poll(async () => (await storedOpenDoc(page)).elements.find((e) => e.id === "zone-dmz")!.size)
    .toEqual({ width: before.width + 10, height: before.height + 50 });
  await page.keyboard.press("ControlOrMeta+z");
  await expect
    .poll(async () => (await storedOpenDoc(page)).elements.find((e) => e.id === "zone-dmz")!.size)
    .toEqual(before);
});

test("the palette, canvas and side panel are a few Tab stops apart", async ({ page }) => {
  await openApp(page);
  const toPalette = await pressUntilFocused(
    page,
    palette(page).getByRole("button", { name: "Process", exact: true }),
  );
  expect(toPalette).toBeLessThanOrEqual(10);
  const toCanvas = await pressUntilFocusIn(page, ".react-flow__node");
  expect(toCanvas).toBeLessThanOrEqual(3);
  const toTabs = await pressUntilFocusIn(page, "[role='tablist']");
  test.info().annotations.push({
    type: "Tab stops",
    description: `palette ${toPalette}, then canvas ${toCanvas}, then panel tabs ${toTabs}`,
  });
  expect(toTabs).toBeLessThanOrEqual(8);
});
