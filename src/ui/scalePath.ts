/**
 * SVG path data scaled by `factor`: every coordinate and length, but not an arc's rotation or
 * its two flags. Icons are drawn at the size they are shown (viewBox = size) instead of scaling
 * a 24-unit viewBox: a scaled viewBox is a transform of its own for the browser, one per icon on
 * every node, and they weighed on each frame's paint in a large diagram.
 */
export function scalePath(d: string, factor: number): string {
  const out: string[] = [];
  let command = "";
  let index = 0;
  for (const [token] of d.matchAll(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g)) {
    if (/^[a-zA-Z]$/.test(token)) {
      command = token;
      index = 0;
      out.push(token);
      continue;
    }
    const value = Number(token);
    // Arc parameters: rx ry rotation large-arc sweep x y; the middle three are not lengths.
    const isArc = command === "a" || command === "A";
    const keep = isArc && index % 7 >= 2 && index % 7 <= 4;
    out.push(keep ? token : String(round(value * factor)));
    index++;
  }
  return out.join(" ");
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
