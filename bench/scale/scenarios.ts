import type { Page } from "playwright-core";
import {
  canUndo,
  clickAt,
  clickableNodes,
  emptyPanePoint,
  isSelected,
  nameField,
  pressKey,
  type Driver,
  type Measured,
} from "./interact";
import { arm, idle, sample } from "./pageScript";

/** Select a node (not measured) and return it. */
async function selectSomeNode(
  page: Page,
  index = 0,
): Promise<{ id: string; x: number; y: number }> {
  const nodes = await clickableNodes(page);
  const node = nodes[index % Math.max(1, nodes.length)];
  if (!node) throw new Error("no node can be clicked on the canvas");
  await page.mouse.click(node.x, node.y);
  await page.waitForFunction(
    (id) =>
      document.querySelector(`.react-flow__node[data-id="${id}"]`)?.classList.contains("selected"),
    node.id,
  );
  return node;
}

/** Show a tab of the side panel (Inspector, Threats ...), as a click on it does. */
export async function showTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
}

/**
 * Typing into the selected element's Name field in the Inspector tab, one key at a time (the
 * field commits on blur or Enter; Escape at the end puts the document's value back, so the model
 * is unchanged). The side panel is back on its first-visit tab (Threats) afterwards.
 */
export async function typeInInspector(driver: Driver, keys: number): Promise<Measured[]> {
  const { page } = driver;
  await selectSomeNode(page);
  await showTab(page, "Inspector");
  const field = nameField(page);
  await field.click();
  await page.keyboard.press("End");
  const before = await field.inputValue();
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const out: Measured[] = [];
  let typed = "";
  for (let i = 0; i < keys; i++) {
    const letter = letters[i % letters.length]!;
    out.push(await pressKey(driver, letter));
    typed += letter;
  }
  const after = await field.inputValue();
  if (after !== before + typed) {
    throw new Error(`typing did not reach the Name field ("${after}" after typing "${typed}")`);
  }
  await page.keyboard.press("Escape");
  await page.mouse.click(...xy(await emptyPanePoint(page)));
  await showTab(page, "Threats");
  await idle(page);
  return out;
}

const xy = (p: { x: number; y: number }) => [p.x, p.y] as const;

/** What the undone step is: a layout change (arrow-key nudge) or a rename in the inspector. */
export type UndoneEdit = "nudge" | "rename";

/** Make one edit (one undo step), then undo and redo it `times` times, each measured. */
export async function undoRedo(
  driver: Driver,
  times: number,
  edit: UndoneEdit = "nudge",
): Promise<{ undo: Measured[]; redo: Measured[] }> {
  const { page } = driver;
  await selectSomeNode(page);
  const undoTitle = () =>
    page.getByRole("button", { name: "Undo", exact: true }).getAttribute("title");
  const before = await undoTitle();
  if (edit === "nudge") {
    await page.keyboard.press("ArrowRight");
  } else {
    await showTab(page, "Inspector");
    const field = nameField(page);
    await field.click();
    await page.keyboard.press("End");
    await page.keyboard.type(" 2");
    await page.keyboard.press("Enter");
    // Out of the field (Ctrl+Z there is the field's own undo): click the canvas.
    await page.mouse.click(...xy(await emptyPanePoint(page)));
    await showTab(page, "Threats");
  }
  await page.waitForFunction(
    (old) => document.querySelector('button[aria-label="Undo"]')?.getAttribute("title") !== old,
    before,
  );
  const undo: Measured[] = [];
  const redo: Measured[] = [];
  for (let i = 0; i < times; i++) {
    undo.push(await pressKey(driver, "Control+z"));
    if (!(await page.getByRole("button", { name: "Redo", exact: true }).isEnabled())) {
      throw new Error("undo did not undo (Redo is not offered)");
    }
    redo.push(await pressKey(driver, "Control+Shift+z"));
    if (!(await canUndo(page))) throw new Error("redo did not redo (Undo is not offered)");
  }
  return { undo, redo };
}

/** Click a node (select), then an empty spot of the canvas (deselect), `times` times. */
export async function selectDeselect(
  driver: Driver,
  times: number,
): Promise<{ select: Measured[]; deselect: Measured[] }> {
  const { page } = driver;
  const nodes = await clickableNodes(page);
  if (nodes.length === 0) throw new Error("no node can be clicked on the canvas");
  const empty = await emptyPanePoint(page);
  const select: Measured[] = [];
  const deselect: Measured[] = [];
  for (let i = 0; i < times; i++) {
    const node = nodes[i % nodes.length]!;
    select.push(await clickAt(driver, node));
    if (!(await isSelected(page, node.id)))
      throw new Error(`clicking ${node.id} did not select it`);
    deselect.push(await clickAt(driver, empty));
    if (await isSelected(page, node.id))
      throw new Error(`clicking the canvas kept ${node.id} selected`);
  }
  return { select, deselect };
}

export interface HeapFigures {
  beforeMb: number;
  afterMb: number;
}

/** JS heap after a full GC, before and after `cycles` undo/redo pairs of one nudge. */
export async function heapOverUndoRedo(page: Page, cycles: number): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await idle(page);
    await page.waitForTimeout(2000);
    for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize / 1024 / 1024;
  };
  await selectSomeNode(page, 1);
  await page.keyboard.press("ArrowRight");
  const beforeMb = await heap();
  for (let i = 0; i < cycles; i++) {
    for (const key of ["Control+z", "Control+Shift+z"]) {
      const at = await arm(page, "key");
      await page.keyboard.press(key);
      await sample(page, at);
    }
  }
  if (!(await canUndo(page))) throw new Error("the undo/redo cycles did not end redone");
  const afterMb = await heap();
  await cdp.detach();
  return { beforeMb, afterMb };
}
