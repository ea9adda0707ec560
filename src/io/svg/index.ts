/** The diagram as SVG, from the document. */
export { renderDiagramSvg, sceneToSvg } from "./renderSvg";
export { xmlText } from "./xml";
