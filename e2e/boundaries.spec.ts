import { test, expect } from "./support/fixtures";
import { withPrefs } from "./support/workspace";
import type { Page } from "@playwright/test";
import { alertSaying, createBlankModel, openApp, toolbarButton, waitSaved } from "./support/app";
import {
  box,
  centre,
  clickNode,
  contains,
  dragNode,
  dropFromPalette,
  flow,
  node,
  paneAt,
  pointOnFlow,
  resizeBy,
  viewport,
} from "./support/canvas";
import { absolutePosition, elementById, elementNamed, storedOpenDoc } from "./support/db";
import { numberField, selectField, textField, commitText } from "./support/inspector";
import { DMZ, LOGS, SAMPLE_BOUNDARIES, SAMPLE_FLOWS } from "./support/sample";

// These tests edit in the Inspector: it is the side panel's open tab, as a user would leave it.
test.beforeEach(async ({ page }) => {
  await withPrefs(page, { panelTab: "inspector" });
});

const OBSERVABILITY = SAMPLE_BOUNDARIES["zone-monitoring"];

/**
 * Issue 2, point 5: trust boundaries are resizable containers — dropping an element inside puts
 * it in, dragging it out takes it out, moving a boundary moves what it holds, boundaries nest;
 * each has a name, a zone kind and a trust level.
 */

const ZONE = "Trust boundary: Training zone";
const JOB = "Process (Training job): Training job";

/** A blank model with a Training zone in the left part of the view. */
async function modelWithZone(page: Page) {
  await openApp(page);
  await createBlankModel(page, { name: "Zones" });
  await dropFromPalette(page, "Training zone", await paneAt(page, 0.3, 0.35));
  await expect(node(page, ZONE)).toBeVisible();
}

test("an element dropped inside a boundary joins it; dragged out it leaves; dragged back it rejoins", async ({
  page,
}) => {
  await modelWithZone(page);
  const zone = node(page, ZONE);
  await dropFromPalette(page, "Training job", await centre(zone));
  const job = node(page, JOB);
  await expect(job).toBeVisible();
  expect(contains(await box(zone), await box(job))).toBe(true);
  await waitSaved(page);
  let doc = await storedOpenDoc(page);
  const zoneId = elementNamed(doc, "Training zone").id;
  expect(elementNamed(doc, "Training job").parentId).toBe(zoneId);

  // Dragged out to empty canvas: no longer in the boundary, and where it was dropped.
  const before = await box(job);
  const out = await paneAt(page, 0.8, 0.3);
  const inCentre = await centre(job);
  await dragNode(page, job, out.x - inCentre.x, out.y - inCentre.y);
  await waitSaved(page);
  await expect
    .poll(async () => elementNamed(await storedOpenDoc(page), "Training job").parentId)
    .toBeNull();
  const after = await box(job);
  expect(Math.abs(after.x - before.x - (out.x - inCentre.x))).toBeLessThan(8);
  expect(contains(await box(zone), after)).toBe(false);

  // Dragged back in.
  const back = await centre(zone);
  const outCentre = await centre(job);
  await dragNode(page, job, back.x - outCentre.x, back.y - outCentre.y);
  await expect
    .poll(async () => elementNamed(await storedOpenDoc(page), "Training job").parentId)
    .toBe(zoneId);
  doc = await storedOpenDoc(page);
  // Stored relative to the boundary.
  const abs = absolutePosition(doc, elementNamed(doc, "Training job").id);
  expect(abs.x).not.toBe(elementNamed(doc, "Training job").position.x);
});

test("moving a boundary moves what it holds, flows included", async ({ page }) => {
  await openApp(page);
  const zone = node(page, OBSERVABILITY);
  const logs = node(page, LOGS);
  const before = { zone: await box(zone), logs: await box(logs) };
  const storedBefore = elementById(await storedOpenDoc(page), "inference-logs");

  // Down into the empty space under it.
  await dragNode(page, zone, 0, 100);
  await waitSaved(page);
  const after = { zone: await box(zone), logs: await box(logs) };
  const moved = after.zone.y - before.zone.y;
  expect(moved).toBeGreaterThan(90);
  expect(after.logs.y - before.logs.y).toBeCloseTo(moved, 0);
  expect(after.logs.x - before.logs.x).toBeCloseTo(after.zone.x - before.zone.x, 0);
  expect(contains(after.zone, after.logs)).toBe(true);
  // The flow into the moved element follows it.
  const arrowEnd = await pointOnFlow(flow(page, SAMPLE_FLOWS["flow-logs"]), 1);
  expect(arrowEnd.y).toBeGreaterThan(after.logs.y);
  expect(arrowEnd.y).toBeLessThan(after.logs.y + after.logs.height);

  // Stored: the boundary moved; the log store still sits at the same place in it.
  const doc = await storedOpenDoc(page);
  expect(elementById(doc, "inference-logs")).toMatchObject({
    parentId: "zone-monitoring",
    position: storedBefore.position,
  });
  expect(elementById(doc, "zone-monitoring").position.y).toBeGreaterThan(100);

  // A single undo puts both back.
  await toolbarButton(page, "Undo").click();
  await expect.poll(async () => (await box(logs)).y).toBeCloseTo(before.logs.y, 0);
  expect((await box(zone)).y).toBeCloseTo(before.zone.y, 0);
  await expect(toolbarButton(page, "Undo")).toBeDisabled();
});

test("boundaries resize, and nest: a zone dropped in a zone is held by it", async ({ page }) => {
  await modelWithZone(page);
  const zone = node(page, ZONE);
  await clickNode(page, zone);
  const small = await box(zone);
  await resizeBy(page, zone, "bottom.right", 260, 200);
  await expect.poll(async () => (await box(zone)).width).toBeGreaterThan(small.width + 240);
  const big = await box(zone);
  expect(big.height).toBeGreaterThan(small.height + 180);
  expect(big.x).toBeCloseTo(small.x, 0);
  await waitSaved(page);
  const zoom = (await viewport(page)).zoom;
  const storedZone = elementNamed(await storedOpenDoc(page), "Training zone");
  expect(storedZone.size!.width).toBeCloseTo(big.width / zoom, -1);

  // A Data zone dropped inside the bigger Training zone nests in it ...
  await dropFromPalette(page, "Data zone", await centre(zone));
  const inner = node(page, "Trust boundary: Data zone");
  await expect(inner).toBeVisible();
  // ... and a Feature store dropped inside the Data zone belongs to the innermost zone.
  await dropFromPalette(page, "Feature store", await centre(inner));
  const store = node(page, "Data store (Feature store): Feature store");
  await expect(store).toBeVisible();
  await waitSaved(page);
  let doc = await storedOpenDoc(page);
  const ids = {
    outer: elementNamed(doc, "Training zone").id,
    inner: elementNamed(doc, "Data zone").id,
    store: elementNamed(doc, "Feature store").id,
  };
  expect(elementById(doc, ids.inner).parentId).toBe(ids.outer);
  expect(elementById(doc, ids.store).parentId).toBe(ids.inner);

  // Moving the outer zone carries the inner zone and its element.
  const before = { inner: await box(inner), store: await box(store) };
  await dragNode(page, zone, 60, 40);
  await waitSaved(page);
  expect((await box(inner)).x - before.inner.x).toBeCloseTo(60, -1);
  expect((await box(store)).x - before.store.x).toBeCloseTo(60, -1);
  expect((await box(store)).y - before.store.y).toBeCloseTo(40, -1);
  doc = await storedOpenDoc(page);
  expect(elementById(doc, ids.store).parentId).toBe(ids.inner);
  expect(elementById(doc, ids.inner).parentId).toBe(ids.outer);
});

test("a boundary has a name, a zone kind and a trust level; an invalid trust level is refused", async ({
  page,
}) => {
  await openApp(page);
  const dmz = node(page, DMZ);
  await clickNode(page, dmz);
  await expect(textField(page, "Name")).toHaveValue("DMZ");
  await expect(selectField(page, "Zone kind")).toHaveValue("dmz");
  await expect(numberField(page, "Trust level (0-100)")).toHaveValue("30");

  await commitText(textField(page, "Name"), "Edge network");
  const renamed = node(page, "Trust boundary: Edge network");
  await expect(renamed).toBeVisible();
  await expect(renamed).toContainText("DMZ · trust 30");

  await numberField(page, "Trust level (0-100)").fill("45");
  await numberField(page, "Trust level (0-100)").press("Enter");
  await expect(renamed).toContainText("trust 45");

  await selectField(page, "Zone kind").selectOption({ label: "Inference (model serving)" });
  await expect(renamed).toContainText("Inference · trust");

  // Out of range: an inline message, and nothing applied.
  await waitSaved(page);
  const stored = elementById(await storedOpenDoc(page), "zone-dmz");
  await numberField(page, "Trust level (0-100)").fill("150");
  await numberField(page, "Trust level (0-100)").press("Enter");
  await expect(alertSaying(page, /between 0 and 100/)).toBeVisible();
  await expect(numberField(page, "Trust level (0-100)")).toHaveAttribute("aria-invalid", "true");
  await expect(renamed).not.toContainText("trust 150");
  await waitSaved(page);
  expect(elementById(await storedOpenDoc(page), "zone-dmz").props).toEqual(stored.props);

  // A custom zone gets its own name.
  await selectField(page, "Zone kind").selectOption({ label: "Custom" });
  await commitText(textField(page, "Zone name"), "Partner VPC");
  await expect(renamed).toContainText("Partner VPC");
  await waitSaved(page);
  expect(elementById(await storedOpenDoc(page), "zone-dmz").props).toMatchObject({
    zoneKind: "custom",
    customZone: "Partner VPC",
  });
});
