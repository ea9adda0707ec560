import { StrictMode, useCallback, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { readInput, type BenchInput } from "./benchApi";
import { absolutePositionOf, bareEdges, bareNodes } from "./bareGraph";
import { installBenchApi } from "./domProbe";

/** The canonical controlled React Flow setup, nothing else: the yardstick for the app. */
const input = readInput();
let latestNodes: Node[] = bareNodes(input.model);
installBenchApi((id) => absolutePositionOf(latestNodes, id), {
  nodes: input.model.elements.length,
  edges: input.model.flows.length,
});

function BareCanvas({ viewport, canvasSize }: Omit<BenchInput, "model">) {
  const [nodes, setNodes] = useState(latestNodes);
  const [edges, setEdges] = useState(() => bareEdges(input.model));
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<Edge>[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );
  latestNodes = nodes;
  return (
    <div style={canvasSize ?? { width: "100vw", height: "100vh" }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        minZoom={0.1}
        maxZoom={3}
        {...(viewport
          ? { defaultViewport: viewport }
          : { fitView: true, fitViewOptions: { padding: 0.15 } })}
        proOptions={{ hideAttribution: true }}
      />
    </div>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing");
document.body.style.margin = "0";
createRoot(root).render(
  <StrictMode>
    <BareCanvas viewport={input.viewport} canvasSize={input.canvasSize} />
  </StrictMode>,
);
