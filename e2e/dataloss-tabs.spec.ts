import { type BrowserContext, type Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";
import { withPrefs } from "./support/workspace";
import { alertSaying, openApp } from "./support/app";
import { canvas, clickNode, node } from "./support/canvas";
import { expectScreen, rename, renamed, reopen, screenOf, settled } from "./support/dataloss";
import { elementById, storedOpenDoc } from "./support/db";
import { commitText, textField } from "./support/inspector";
import { GATEWAY, INFERENCE, LOGS } from "./support/sample";

/**
 * Issue 11, items 2, 3 and 14: data-loss runs with two tabs of the same browser on one model.
 * Edits in turn and at once, conflicts resolved each way, a conflicted tab closed, another tab
 * saving while this one types; each compares what was on screen with what opens again.
 */

// These runs edit in the Inspector: it is the side panel's open tab, as a user editing leaves it.
test.beforeEach(async ({ page }) => {
  await withPrefs(page, { panelTab: "inspector" });
});

test.describe("two tabs", () => {
  test("edits in turn: both reopen", async ({ page, context }) => {
    await openApp(page);
    const second = await context.newPage();
    await openApp(second);
    await rename(page, GATEWAY, "Gateway (tab 1)");
    await settled(page);
    await expect(node(second, renamed(GATEWAY, "Gateway (tab 1)"))).toBeVisible();
    await rename(second, LOGS, "Logs (tab 2)");
    await settled(second);
    await expect(node(page, renamed(LOGS, "Logs (tab 2)"))).toBeVisible();
    const shown = await screenOf(page);
    expect(await screenOf(second)).toEqual(shown);
    await page.close();
    await second.close();
    await expectScreen(await reopen(context), shown);
  });

  /**
   * Edits in both tabs within the autosave delay (the clock held, so a loaded machine cannot
   * spread them apart): one of them meets the other's save as a conflict.
   */
  async function editAtOnce(context: BrowserContext, page: Page, second: Page): Promise<Page> {
    await clickNode(page, node(page, GATEWAY));
    await clickNode(second, node(second, INFERENCE));
    await context.clock.pauseAt(Date.now() + 60_000);
    await commitText(textField(page, "Name"), "Gateway (tab 1)");
    await commitText(textField(second, "Name"), "Inference (tab 2)");
    await context.clock.runFor(2000);
    await context.clock.resume();
    const banner = (p: Page) => alertSaying(p, "This model was changed in another tab.");
    await expect
      .poll(async () => (await banner(page).count()) + (await banner(second).count()))
      .toBe(1);
    return (await banner(page).count()) > 0 ? page : second;
  }

  /** Two tabs on the sample, with a clock the test can hold. */
  async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
    await context.clock.install();
    const page = await context.newPage();
    await withPrefs(page, { panelTab: "inspector" });
    await openApp(page);
    const second = await context.newPage();
    await openApp(second);
    return [page, second];
  }

  for (const choice of ["Keep mine", "Load theirs"] as const) {
    test(`edits at once, conflict resolved with ${choice}: what shows is what reopens`, async ({
      context,
    }) => {
      const [page, second] = await twoTabs(context);
      const conflicted = await editAtOnce(context, page, second);
      const other = conflicted === page ? second : page;
      await alertSaying(conflicted, "This model was changed in another tab.")
        .getByRole("button", { name: choice })
        .click();
      await settled(conflicted);
      const shown = await screenOf(conflicted);
      await expectScreen(other, shown, "the other tab follows");
      await page.close();
      await second.close();
      await expectScreen(await reopen(context), shown);
    });
  }

  // Item 2: edit in tab A, edit in tab B within ~100 ms, B shows the conflict banner, B is
  // closed, a new tab opens: A's saved edit was gone from storage and from A's screen (10 of 10).
  for (const choice of ["Apply them to this version", "Discard them"] as const) {
    test(`a conflict, then the tab closed: nothing reverts silently (${choice})`, async ({
      context,
    }) => {
      const [page, second] = await twoTabs(context);
      const conflicted = await editAtOnce(context, page, second);
      const survivor = conflicted === page ? second : page;
      const survivorScreen = await screenOf(survivor);
      await conflicted.close({ runBeforeUnload: true });

      const third = await reopen(context);
      // The other tab's saved edit is what shows, is what is stored, and stays on its screen.
      await expectScreen(third, survivorScreen);
      await survivor.waitForTimeout(1500);
      expect(await screenOf(survivor), "the surviving tab's screen").toEqual(survivorScreen);
      expect(await screenOf(third)).toEqual(survivorScreen);
      const recovered = third.getByRole("alert", { name: "Recovered changes" });
      await expect(recovered).toBeVisible();
      await expect(recovered).toContainText(
        conflicted === second
          ? "Element “GPU inference server”: name (recovered “Inference (tab 2)”"
          : "Element “API gateway”: name (recovered “Gateway (tab 1)”",
      );
      await recovered.getByRole("button", { name: choice }).click();
      await expect(recovered).toHaveCount(0);
      await settled(third);
      if (choice === "Apply them to this version") {
        // Both edits: the other tab's and the recovered one.
        await expect(node(third, renamed(GATEWAY, "Gateway (tab 1)"))).toBeVisible();
        await expect(node(third, renamed(INFERENCE, "Inference (tab 2)"))).toBeVisible();
      } else {
        await expectScreen(third, survivorScreen);
      }
      const shown = await screenOf(third);
      await expectScreen(survivor, shown, "the surviving tab follows");
      await survivor.close();
      await third.close();
      const last = await reopen(context);
      await expectScreen(last, shown);
      await expect(last.getByRole("alert", { name: "Recovered changes" })).toHaveCount(0);
    });
  }

  // Item 3: another tab's save wiped what was being typed here (5 of 5), the undo history and
  // the selection (3 of 3).
  test("another tab saves while this one is typing: text, selection and undo survive", async ({
    page,
    context,
  }) => {
    await openApp(page);
    const second = await context.newPage();
    await openApp(second);
    await rename(page, LOGS, "Logs (tab 1)");
    await settled(page);
    await clickNode(page, node(page, GATEWAY));
    await textField(page, "Name").fill("Half typ");

    await expect(node(second, renamed(LOGS, "Logs (tab 1)"))).toBeVisible();
    await rename(second, INFERENCE, "Inference (tab 2)");
    await settled(second);

    await expect(node(page, renamed(INFERENCE, "Inference (tab 2)"))).toBeVisible();
    await expect(textField(page, "Name")).toHaveValue("Half typ");
    await expect(textField(page, "Name")).toBeFocused();
    // Still selected: the inspector still shows the gateway's form, and the node is highlighted.
    await expect(node(page, GATEWAY)).toHaveClass(/\bselected\b/);
    await textField(page, "Name").press("Escape");
    // Undo takes back this tab's own edit, and nothing of the other tab's.
    await canvas(page).click({ position: { x: 8, y: 8 } });
    await page.keyboard.press("Control+z");
    await expect(node(page, LOGS)).toBeVisible();
    await expect(node(page, renamed(INFERENCE, "Inference (tab 2)"))).toBeVisible();
  });

  // Item 3, the field being typed into is the one the other tab changed: neither text is lost,
  // the field says what happened, and the user decides.
  for (const key of ["Enter", "Escape"] as const) {
    test(`another tab saves the field being typed into: both texts shown, ${key} decides`, async ({
      page,
      context,
    }) => {
      await openApp(page);
      const second = await context.newPage();
      await openApp(second);
      await clickNode(page, node(page, GATEWAY));
      await textField(page, "Name").fill("Edge gateway (mine)");

      await rename(second, GATEWAY, "Gateway (theirs)");
      await settled(second);

      const field = textField(page, "Name");
      await expect(node(page, renamed(GATEWAY, "Gateway (theirs)"))).toBeVisible();
      await expect(field).toHaveValue("Edge gateway (mine)");
      await expect(field).toBeFocused();
      await expect(field).toHaveAccessibleDescription(
        /Changed elsewhere \(another tab, or undo\) to “Gateway \(theirs\)” while you typed\. Enter keeps your text; Escape takes that one\./,
      );
      await field.press(key);
      const kept = key === "Enter" ? "Edge gateway (mine)" : "Gateway (theirs)";
      await expect(field).toHaveValue(kept);
      await expect(page.getByRole("status").filter({ hasText: "Changed elsewhere" })).toHaveCount(
        0,
      );
      await settled(page);
      await expect(node(second, renamed(GATEWAY, kept)), "the other tab follows").toBeVisible();
      expect(elementById(await storedOpenDoc(page), "api-gateway").name).toBe(kept);
      const shown = await screenOf(page);
      await page.close({ runBeforeUnload: true });
      await second.close({ runBeforeUnload: true });
      const again = await reopen(context);
      await expectScreen(again, shown);
      await expect(again.getByRole("alert", { name: "Recovered changes" })).toHaveCount(0);
    });
  }
});
