import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { openApp } from "./support/app";
import { expect, test } from "./support/fixtures";
import { withPrefs } from "./support/workspace";

/**
 * Presentation mode in each theme at 1280 x 720, screenshots kept with the results and axe-core
 * on every screen of it (issue 9: 0 violations): the review, the walk at a prompt and at a
 * finding, the scoring and mitigation phases, and the session, agenda and what-if dialogs.
 */

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ")}`)
        .join("\n"),
  );
  expect(found, `axe on ${screen}`).toEqual([]);
}

const phase = (page: Page, name: string): Locator =>
  page.getByRole("list", { name: "Agenda" }).getByRole("button", { name: new RegExp(`^${name}`) });

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

for (const theme of ["light", "dark", "contrast"] as const) {
  test(`presentation mode in the ${theme} theme: every screen passes axe`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await withPrefs(page, { theme });
    await openApp(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await page.getByRole("button", { name: "Present" }).click();
    await expect(phase(page, "Review")).toHaveAttribute("aria-current", "step");
    await shoot(page, `${theme}-review`);
    await expectNoViolations(page, "review");

    await phase(page, "Walk").click();
    const strip = page.getByRole("region", { name: "Guided walk" });
    for (let i = 0; i < 30; i++) {
      if (
        (await strip.getByRole("heading", { level: 2 }).innerText()).includes(
          "GPU inference server",
        )
      )
        break;
      await page.keyboard.press("Shift+ArrowRight");
    }
    await expect(strip.getByText("Blind-spot prompt")).toBeVisible();
    await strip.getByText("What to look for").click();
    await shoot(page, `${theme}-walk-prompt`);
    await expectNoViolations(page, "walk, a prompt");
    for (let i = 0; i < 10; i++) {
      if (await strip.getByRole("group", { name: /^Status of/ }).isVisible()) break;
      await page.keyboard.press("ArrowRight");
    }
    await strip.getByRole("button", { name: "Accepted", exact: true }).click();
    await expect(strip.getByRole("textbox", { name: /^Why “Accepted”\?/ })).toBeVisible();
    await shoot(page, `${theme}-walk-finding`);
    await expectNoViolations(page, "walk, a finding being accepted");
    await strip.getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("button", { name: "What if…" }).click();
    const whatIf = page.getByRole("dialog", { name: "What if" });
    await whatIf.getByRole("checkbox", { name: "authenticating its callers" }).check();
    await expect(whatIf.getByRole("heading", { name: /^Would disappear/ })).toBeVisible();
    await shoot(page, `${theme}-what-if`);
    await expectNoViolations(page, "what-if");
    await whatIf.getByRole("button", { name: "Close" }).click();

    await page.getByRole("button", { name: "Session…" }).click();
    await expect(page.getByRole("dialog", { name: "Session record" })).toBeVisible();
    await expectNoViolations(page, "session record");
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Agenda…" }).click();
    await expect(page.getByRole("dialog", { name: "Agenda" })).toBeVisible();
    await expectNoViolations(page, "agenda");
    await page.keyboard.press("Escape");

    await phase(page, "Score").click();
    await expect(
      page.getByRole("complementary", { name: "Scoring: the risk heat map" }),
    ).toBeVisible();
    await shoot(page, `${theme}-score`);
    await expectNoViolations(page, "scoring");

    await phase(page, "Mitigations").click();
    await expect(page.getByRole("complementary", { name: "The mitigation plan" })).toBeVisible();
    await page
      .getByRole("region", { name: "Mitigation plan" })
      .getByRole("button", { name: /^Add to the plan: / })
      .first()
      .click();
    await expect(
      page.getByRole("region", { name: "Mitigation plan" }).getByText("In the plan (1)"),
    ).toBeVisible();
    await shoot(page, `${theme}-mitigations`);
    await expectNoViolations(page, "mitigations");
  });
}
