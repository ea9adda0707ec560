import { useCallback, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from "react";
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type Viewport,
} from "@xyflow/react";
import type { Point, Size } from "../../domain/schema";
import { commands } from "../../store/commands";
import { editorStore, useEditor } from "../../store/editorStore";
import { useTheme } from "../theme/applyTheme";
import { CANVAS_ID } from "./canvasFocus";
import { useCanvasKeyboard } from "./canvasKeyboard";
import { useShowMinimap, useSnapToGrid } from "./canvasSettings";
import { MinimapSlot } from "./MinimapSlot";
import { OverviewContext, useOverviewForZoom } from "./detailLevel";
import { LabelPlacer, LabelPlacerContext } from "./edges/labelPlacer";
import { createObstacleCache } from "./edges/obstacles";
import { createEdgeDeriver, type FlowEdge as FlowEdgeType } from "./deriveEdges";
import { createNodeDeriver, type DfdNode } from "./deriveNodes";
import { FlowEdge } from "./edges/FlowEdge";
import { LabelLayerContext, findLabelLayer } from "./edges/labelLayer";
import { BoundaryNode } from "./nodes/BoundaryNode";
import { elementNode } from "./nodes/ElementShape";
import { PALETTE_MIME, readPaletteItem } from "./paletteDrag";
import { useMultiSelectionFromPointer } from "./multiSelection";
import { applySelectionChanges } from "./selectionChanges";

const nodeTypes = {
  process: elementNode("tc-process"),
  dataStore: elementNode("tc-store"),
  externalEntity: elementNode("tc-entity"),
  trustBoundary: BoundaryNode,
};
const edgeTypes = { flow: FlowEdge };
const GRID = 10;
// Array and object props are module constants: React Flow's StoreUpdater pushes any prop whose
// identity changed into its store, and an inline [GRID, GRID] would do so on every drag frame,
// re-running every node's, edge's and handle's store selector a second time per frame.
const SNAP_GRID: [number, number] = [GRID, GRID];
const FIT_VIEW_OPTIONS = { padding: 0.08, maxZoom: 1.5 };

/**
 * The diagram of the open model. It is mounted afresh for each model, so that a model opens at its
 * own stored view (or fitted, if it has none) rather than where the previous model was left.
 */
export function Canvas() {
  const modelId = useEditor((s) => s.doc?.id);
  return modelId === undefined ? null : <ModelCanvas key={modelId} />;
}

/** The diagram. Everything it shows is derived from the document in the editor store. */
function ModelCanvas() {
  // The diagram is elements and flows only: a change elsewhere in the document (a decision, the
  // viewport, the model's name) does not re-render it.
  const elements = useEditor((s) => s.doc?.elements);
  const flows = useEditor((s) => s.doc?.flows);
  const doc = useMemo(() => (elements && flows ? { elements, flows } : null), [elements, flows]);
  const selection = useEditor((s) => s.selection);
  const dragPositions = useEditor((s) => s.dragPositions);
  const snapToGrid = useSnapToGrid();
  const showMinimap = useShowMinimap();
  const theme = useTheme();
  const liveSizes = useEditor((s) => s.liveSizes);
  const overview = useOverviewForZoom();
  const reactFlow = useReactFlow<DfdNode, FlowEdgeType>();
  // React Flow's label layer is in the DOM once the canvas has first committed: found then, before
  // any flow is drawn with its label (waiting for React Flow to publish its root in an effect drew
  // every flow a second time, 1,500 of them at 1,000 elements, to add the labels).
  const canvasRef = useRef<HTMLDivElement>(null);
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  const hasDoc = doc !== null;
  useLayoutEffect(() => {
    setLabelLayer(hasDoc ? findLabelLayer(canvasRef.current) : null);
  }, [hasDoc]);

  const deriveNodes = useMemo(() => createNodeDeriver(), []);
  const obstaclesOf = useMemo(() => createObstacleCache(), []);
  const obstacles = useMemo(() => (doc ? obstaclesOf(doc) : null), [doc, obstaclesOf]);
  // Labels are placed against the obstacles of the first render straight away; later layouts
  // reach the placer once committed, and only the flows whose label moves render again.
  const [placer] = useState(() => new LabelPlacer(obstacles ?? undefined));
  useLayoutEffect(() => {
    if (obstacles) placer.setObstacles(obstacles);
  }, [obstacles, placer]);
  const deriveEdges = useMemo(() => createEdgeDeriver(), []);
  const selectionSet = useMemo(() => new Set(selection), [selection]);
  const nodes = useMemo(
    () => (doc ? deriveNodes(doc, selectionSet, dragPositions, liveSizes) : []),
    [doc, selectionSet, dragPositions, liveSizes, deriveNodes],
  );
  const edges = useMemo(
    () => (doc ? deriveEdges(doc, selectionSet, dragPositions) : []),
    [doc, selectionSet, dragPositions, deriveEdges],
  );

  const onNodesChange = useCallback((changes: NodeChange<DfdNode>[]) => {
    const state = editorStore.getState();
    const transient = new Map(state.dragPositions);
    const finished: Array<{ id: string; position: Point }> = [];
    let transientChanged = false;
    let sizes: Map<string, Size> | null = null;
    for (const change of changes) {
      if (change.type === "position" && change.position) {
        // Drag frames and resize frames are transient; only a drag's release commits.
        if (change.dragging || change.id === state.resizingId) {
          transient.set(change.id, change.position);
          transientChanged = true;
        } else {
          finished.push({ id: change.id, position: change.position });
        }
      } else if (change.type === "position" && change.dragging === false) {
        const last = transient.get(change.id);
        if (last) finished.push({ id: change.id, position: last });
      } else if (change.type === "dimensions" && change.resizing && change.dimensions) {
        sizes ??= new Map(state.liveSizes);
        sizes.set(change.id, change.dimensions);
      }
    }
    const nextSelection = applySelectionChanges(state.selection, changes);
    if (nextSelection !== state.selection) state.select(nextSelection);
    if (sizes) state.setLiveSizes(sizes);
    if (finished.length > 0) {
      for (const move of finished) transient.delete(move.id);
      // The whole dragged selection is committed as one undoable move.
      const all = [...finished, ...[...transient].map(([id, position]) => ({ id, position }))];
      state.setDragPositions(new Map());
      state.execute(commands.moveElements(all));
      return;
    }
    if (transientChanged) state.setDragPositions(transient);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdgeType>[]) => {
    const state = editorStore.getState();
    const next = applySelectionChanges(state.selection, changes);
    if (next !== state.selection) state.select(next);
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    editorStore
      .getState()
      .execute(commands.addFlow({ source: connection.source, target: connection.target }));
  }, []);

  /** True while the end of an existing flow is being dragged (React Flow calls onConnectEnd too). */
  const reconnecting = useRef(false);

  /** Dropping a new connection anywhere on an element (not only on a handle) connects to it. */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (reconnecting.current || state.isValid || !state.fromNode) return;
      const targetId = nodeIdAt(event);
      if (!targetId) return;
      // Released on the element it started from: addFlow refuses it and says why.
      editorStore
        .getState()
        .execute(commands.addFlow({ source: state.fromNode.id, target: targetId }));
    },
    [],
  );

  const onReconnectStart = useCallback(() => {
    reconnecting.current = true;
  }, []);

  const onReconnect = useCallback((edge: FlowEdgeType, connection: Connection) => {
    editorStore
      .getState()
      .execute(
        commands.reconnectFlow(edge.id, { source: connection.source, target: connection.target }),
      );
  }, []);

  /** Like a new connection, a flow's end dropped anywhere on an element reattaches there. */
  const onReconnectEnd = useCallback(
    (
      event: MouseEvent | TouchEvent,
      edge: FlowEdgeType,
      fixedEnd: "source" | "target",
      state: FinalConnectionState,
    ) => {
      reconnecting.current = false;
      if (state.isValid) return; // onReconnect has run.
      const hitId = nodeIdAt(event);
      if (!hitId) return; // Dropped on the pane: the flow stays as it was.
      const ends =
        fixedEnd === "source"
          ? { source: edge.source, target: hitId }
          : { source: hitId, target: edge.target };
      editorStore.getState().execute(commands.reconnectFlow(edge.id, ends));
    },
    [],
  );

  const onMoveEnd = useCallback((_event: unknown, viewport: Viewport) => {
    editorStore.getState().execute(commands.setViewport(viewport));
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = readPaletteItem(event.dataTransfer.getData(PALETTE_MIME));
      if (!item) return;
      event.preventDefault();
      const point = reactFlow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const size = defaultSizeFor(item.type);
      editorStore.getState().execute(
        commands.addElement({
          type: item.type,
          name: item.name,
          mlKind: item.mlKind,
          ...(item.zoneKind ? { zoneKind: item.zoneKind } : {}),
          position: snap({ x: point.x - size.width / 2, y: point.y - size.height / 2 }, snapToGrid),
        }),
      );
    },
    [reactFlow, snapToGrid],
  );

  const { onKeyDown, onFocus, onBlur } = useCanvasKeyboard();
  const setMultiSelection = useMultiSelectionFromPointer();

  // A model opens at its stored view; one never viewed before is fitted, unless it is empty
  // (fitting would then wait for the first element added and zoom right into it).
  const initialViewport = useRef(editorStore.getState().doc?.viewport ?? null);
  const fitOnOpen = useRef(!initialViewport.current && (doc?.elements.length ?? 0) > 0);
  if (!doc || !obstacles) return null;

  return (
    <LabelLayerContext.Provider value={labelLayer}>
      <LabelPlacerContext.Provider value={placer}>
        <OverviewContext.Provider value={overview}>
          <div
            ref={canvasRef}
            id={CANVAS_ID}
            className="tc-canvas"
            tabIndex={-1}
            onDragOver={onDragOver}
            onDrop={onDrop}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
            onBlur={onBlur}
            onPointerDownCapture={setMultiSelection}
            onClickCapture={setMultiSelection}
          >
            <ReactFlow<DfdNode, FlowEdgeType>
              aria-label="Diagram canvas"
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onConnect={onConnect}
              onConnectEnd={onConnectEnd}
              onReconnectStart={onReconnectStart}
              onReconnect={onReconnect}
              onReconnectEnd={onReconnectEnd}
              onMoveEnd={onMoveEnd}
              connectionMode={ConnectionMode.Loose}
              connectionRadius={28}
              edgesReconnectable
              deleteKeyCode={null}
              selectionKeyCode="Shift"
              // Shift, Ctrl and Cmd add to the selection: read from each press and click (see
              // useMultiSelectionFromPointer), not tracked globally. Zooming needs no key (the
              // wheel zooms, a pinch arrives as a Ctrl wheel), so Ctrl is not tracked for it either.
              multiSelectionKeyCode={null}
              zoomActivationKeyCode={null}
              selectionOnDrag={false}
              panOnDrag
              disableKeyboardA11y
              snapToGrid={snapToGrid}
              snapGrid={SNAP_GRID}
              minZoom={0.1}
              maxZoom={3}
              {...(initialViewport.current
                ? { defaultViewport: initialViewport.current }
                : fitOnOpen.current
                  ? { fitView: true, fitViewOptions: FIT_VIEW_OPTIONS }
                  : {})}
              attributionPosition="top-right"
              colorMode={theme === "light" ? "light" : "dark"}
              onlyRenderVisibleElements={doc.elements.length > 400}
            >
              <Background variant={BackgroundVariant.Dots} gap={GRID * 2} size={1.2} />
              <Controls position="bottom-left" showInteractive={false} />
              {showMinimap && <MinimapSlot />}
            </ReactFlow>
          </div>
        </OverviewContext.Provider>
      </LabelPlacerContext.Provider>
    </LabelLayerContext.Provider>
  );
}

/** Id of the topmost node under the pointer of `event`, if any. */
function nodeIdAt(event: MouseEvent | TouchEvent): string | null {
  const point = "changedTouches" in event ? event.changedTouches[0] : event;
  if (!point) return null;
  for (const el of document.elementsFromPoint(point.clientX, point.clientY)) {
    const id = el.closest<HTMLElement>(".react-flow__node")?.dataset.id;
    if (id) return id;
  }
  return null;
}

export function defaultSizeFor(type: DfdNode["type"]): Size {
  switch (type) {
    case "process":
      return { width: 150, height: 150 };
    case "dataStore":
      return { width: 190, height: 80 };
    case "externalEntity":
      return { width: 180, height: 90 };
    default:
      return { width: 420, height: 300 };
  }
}

export function snap(point: Point, enabled: boolean): Point {
  if (!enabled) return point;
  return { x: Math.round(point.x / GRID) * GRID, y: Math.round(point.y / GRID) * GRID };
}
