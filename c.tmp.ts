import { Resvg } from "@resvg/resvg-js";
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text x="10" y="20">hi</text></svg>`;
console.log("a");
const r = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
console.log("b", r.width);
