import { expect, test, type Page } from "@playwright/test";
import { openApp, waitSaved } from "./support/app";
import { downloadedText, exportVia } from "./support/transfer";
import { showTab } from "./support/workspace";

/**
 * The organisation checklist in the Questions tab, against the built app: answered in place,
 * stored in the document, a "No" adding a finding about the whole model and a "Yes" closing it.
 */

const threats = (page: Page) => page.getByRole("region", { name: "Threats" });
const checklist = (page: Page) =>
  page
    .getByRole("region", { name: "Questions" })
    .getByRole("region", { name: "Organisation checklist" });
const INCIDENT =
  "Is there an incident response plan that covers AI-specific incidents (poisoned data, leaked model, misbehaving agent) and has been rehearsed?";
const item = (page: Page) => checklist(page).getByRole("listitem", { name: INCIDENT, exact: true });
const FINDING = /^No rehearsed incident response plan covers AI-specific incidents/;

test("answering a checklist item in the Questions tab adds or closes a finding about the model", async ({
  page,
}) => {
  await openApp(page);
  await showTab(page, "Questions");
  await expect(checklist(page).getByText(/0 of 12 answered/)).toBeVisible();

  // "No", with a note: the panel says what it added, and the finding is among the findings.
  await item(page)
    .getByRole("textbox", { name: `Note: ${INCIDENT}` })
    .fill("The plan predates the AI platform; an annex is planned.");
  await item(page).getByRole("button", { name: "No", exact: true }).click();
  await expect(checklist(page).getByRole("status")).toContainText(
    "added the finding “No rehearsed incident response plan covers AI-specific incidents”",
  );
  await expect(item(page).getByRole("button", { name: "No", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(checklist(page).getByText(/1 of 12 answered/)).toBeVisible();
  await showTab(page, "Threats");
  await expect(threats(page).getByRole("listitem", { name: FINDING })).toBeVisible();

  // Stored in the document: the exported model carries the answer and its note.
  await waitSaved(page);
  const doc = JSON.parse(await downloadedText(await exportVia(page, "Model as JSON")));
  expect(doc.schemaVersion).toBe(3);
  expect(doc.checklist["DASF-12.3@2.0"]).toMatchObject({
    answer: "no",
    note: "The plan predates the AI platform; an annex is planned.",
  });

  // "Yes" closes the item: the finding goes away. One undo brings the "No" (and the finding) back.
  await showTab(page, "Questions");
  await item(page).getByRole("button", { name: "Yes", exact: true }).click();
  await expect(checklist(page).getByRole("status")).toContainText("adds no finding");
  await page.keyboard.press("Control+z");
  await expect(item(page).getByRole("button", { name: "No", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await item(page).getByRole("button", { name: "Yes", exact: true }).click();
  await showTab(page, "Threats");
  await expect(threats(page).getByRole("listitem", { name: FINDING })).toHaveCount(0);

  // The answer and its note survive a reload.
  await waitSaved(page);
  await page.reload();
  await showTab(page, "Questions");
  await expect(item(page).getByRole("button", { name: "Yes", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(item(page).getByRole("textbox", { name: `Note: ${INCIDENT}` })).toHaveValue(
    "The plan predates the AI platform; an annex is planned.",
  );
});
