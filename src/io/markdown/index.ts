/** The full Markdown report and the Mermaid diagram. */
export { formatMarkdownFullReport } from "./report";
export { mermaidFlowchart, mermaidLabel } from "./mermaid";
