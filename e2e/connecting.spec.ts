import { test, expect } from "./support/fixtures";
import { withPrefs } from "./support/workspace";
import { alertSaying, openApp, toolbarButton, waitSaved } from "./support/app";
import {
  allFlows,
  box,
  canvas,
  centre,
  clickFlow,
  connect,
  drag,
  flow,
  handle,
  node,
  flowEndGrip,
} from "./support/canvas";
import { flowById, storedOpenDoc } from "./support/db";
import { checkbox, commitText, inspectorHeading, textField } from "./support/inspector";
import { inspector } from "./support/app";
import {
  GATEWAY,
  INFERENCE,
  LOGS,
  ML_ENGINEER,
  SAMPLE_BOUNDARIES,
  SAMPLE_ELEMENTS,
  SAMPLE_FLOWS,
} from "./support/sample";

// These tests edit in the Inspector: it is the side panel's open tab, as a user would leave it.
test.beforeEach(async ({ page }) => {
  await withPrefs(page, { panelTab: "inspector" });
});

/**
 * Issue 2, point 4: connect by dragging from one element to another; a flow has a label, can be
 * reconnected and be bidirectional; boundaries are not endpoints; a flow to itself is refused.
 */

const ARTIFACTS = SAMPLE_ELEMENTS["artifact-store"];

test("dragging from one element onto another draws a flow, which can then be labelled", async ({
  page,
}) => {
  await openApp(page);
  await connect(page, node(page, ML_ENGINEER), node(page, INFERENCE));

  const drawn = flow(page, "Data flow (unlabelled) from ML engineer to GPU inference server");
  await expect(drawn).toBeAttached();
  await expect(allFlows(page)).toHaveCount(9);
  // The new flow is selected: the inspector shows it, ready for a label.
  await expect(inspectorHeading(page).first()).toHaveText("Data flow");
  await expect(inspector(page)).toContainText("ML engineer");

  await commitText(textField(page, "Label"), "Hotfix weights");
  await expect(
    flow(page, "Data flow Hotfix weights from ML engineer to GPU inference server"),
  ).toBeAttached();
  // Drawn on the canvas (the flow's accessible name holds the label too, never displayed).
  await expect(
    canvas(page).getByText("Hotfix weights", { exact: true }).filter({ visible: true }),
  ).toBeVisible();

  await waitSaved(page);
  const stored = await storedOpenDoc(page);
  expect(stored.flows).toHaveLength(9);
  expect(stored.flows.at(-1)).toMatchObject({
    source: "ml-engineer",
    target: "inference-server",
    label: "Hotfix weights",
    bidirectional: false,
  });

  // Connecting is one undoable step (the label edit is another).
  await toolbarButton(page, "Undo").click();
  await toolbarButton(page, "Undo").click();
  await expect(allFlows(page)).toHaveCount(8);
});

test("dropping on a handle of the target connects too", async ({ page }) => {
  await openApp(page);
  await node(page, LOGS).hover();
  await connect(page, node(page, LOGS), handle(node(page, INFERENCE), "bottom"), { side: "left" });
  await expect(
    flow(page, "Data flow (unlabelled) from Inference log store to GPU inference server"),
  ).toBeAttached();
});

test("a flow can be made bidirectional: arrowheads at both ends", async ({ page }) => {
  await openApp(page);
  // The sample's prompts flow is bidirectional already.
  await expect(
    flow(page, SAMPLE_FLOWS["flow-prompts"]).locator("path.react-flow__edge-path"),
  ).toHaveAttribute("marker-start", /url\(/);

  const logs = flow(page, SAMPLE_FLOWS["flow-logs"]);
  const path = logs.locator("path.react-flow__edge-path");
  await expect(path).not.toHaveAttribute("marker-start", /url\(/);
  await clickFlow(page, logs);
  await checkbox(page, "Bidirectional").check();
  await expect(path).toHaveAttribute("marker-start", /url\(/);
  await expect(path).toHaveAttribute("marker-end", /url\(/);
  await waitSaved(page);
  expect(flowById(await storedOpenDoc(page), "flow-logs").bidirectional).toBe(true);

  await checkbox(page, "Bidirectional").uncheck();
  await expect(path).not.toHaveAttribute("marker-start", /url\(/);
});

test("a flow can be reconnected by dragging its end to another element", async ({ page }) => {
  await openApp(page);
  const logs = flow(page, SAMPLE_FLOWS["flow-logs"]);
  await clickFlow(page, logs);
  await drag(page, await flowEndGrip(logs, "target"), await centre(node(page, ARTIFACTS)), {
    steps: 15,
  });

  await expect(
    flow(page, "Data flow Inference logs from GPU inference server to Model artifact store"),
  ).toBeAttached();
  await expect(allFlows(page)).toHaveCount(8);
  await waitSaved(page);
  // The same flow, with its properties, now ends elsewhere.
  const moved = flowById(await storedOpenDoc(page), "flow-logs");
  expect(moved).toMatchObject({ source: "inference-server", target: "artifact-store" });
  expect(moved.props.carriesPersonalData).toBe("yes");

  await page.keyboard.press("Control+z");
  await expect(flow(page, SAMPLE_FLOWS["flow-logs"])).toBeAttached();

  // The source end too.
  await clickFlow(page, logs);
  await drag(page, await flowEndGrip(logs, "source"), await centre(node(page, GATEWAY)), {
    steps: 15,
  });
  const fromGateway = flow(
    page,
    "Data flow Inference logs from API gateway to Inference log store",
  );
  await expect(fromGateway).toBeAttached();

  // Released on the empty pane: the flow stays as it was, and no flow is added.
  const pane = await box(canvas(page));
  await drag(page, await flowEndGrip(fromGateway, "target"), {
    x: pane.x + 20,
    y: pane.y + pane.height - 20,
  });
  await expect(fromGateway).toBeAttached();
  await expect(allFlows(page)).toHaveCount(8);
});

test("the inspector can reverse a flow's direction", async ({ page }) => {
  await openApp(page);
  await clickFlow(page, flow(page, SAMPLE_FLOWS["flow-logs"]));
  await inspector(page).getByRole("button", { name: "Reverse direction" }).click();
  await expect(
    flow(page, "Data flow Inference logs from Inference log store to GPU inference server"),
  ).toBeAttached();
});

test("a flow from an element to itself is refused", async ({ page }) => {
  await openApp(page);

  // Released back on the element itself ...
  await connect(page, node(page, GATEWAY), node(page, GATEWAY));
  await expect(alertSaying(page, "A flow cannot go from an element to itself.")).toBeVisible();
  await expect(allFlows(page)).toHaveCount(8);
  await page.getByRole("button", { name: "Dismiss" }).click();

  // ... or on another of its own handles.
  await node(page, GATEWAY).hover();
  await drag(
    page,
    await centre(handle(node(page, GATEWAY), "top")),
    await centre(handle(node(page, GATEWAY), "bottom")),
  );
  await expect(alertSaying(page, "A flow cannot go from an element to itself.")).toBeVisible();
  await expect(allFlows(page)).toHaveCount(8);
  await waitSaved(page);
  expect((await storedOpenDoc(page)).flows).toHaveLength(8);
  await expect(toolbarButton(page, "Undo")).toBeDisabled();
});

test("trust boundaries are not flow endpoints", async ({ page }) => {
  await openApp(page);
  // Boundaries offer no handles to start a flow from.
  for (const label of Object.values(SAMPLE_BOUNDARIES)) {
    await expect(node(page, label).locator(".react-flow__handle")).toHaveCount(0);
  }
  // Released on an empty part of a boundary (far from the element it holds, so the drop does
  // not snap to that element's handle): refused, and the user is told why.
  const zone = await box(node(page, SAMPLE_BOUNDARIES["zone-monitoring"]));
  await connect(page, node(page, ML_ENGINEER), {
    x: zone.x + 24,
    y: zone.y + zone.height - 12,
  });
  await expect(
    alertSaying(page, "Trust boundaries are not flow endpoints: connect the elements inside them."),
  ).toBeVisible();
  await expect(allFlows(page)).toHaveCount(8);
});
