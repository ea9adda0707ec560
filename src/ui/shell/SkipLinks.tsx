import type { MouseEvent } from "react";
import { focusRegion, type Region } from "./regions";

const LINKS: ReadonlyArray<[Region, string, string]> = [
  ["canvas", "#tc-canvas", "Skip to canvas"],
  ["palette", "#tc-palette-pane", "Skip to palette"],
  ["panel", "#tc-panel", "Skip to side panel"],
];

/** The first Tab stops of the page, shown only when focused. */
export function SkipLinks() {
  const go = (event: MouseEvent<HTMLAnchorElement>, region: Region) => {
    event.preventDefault();
    focusRegion(region);
  };
  return (
    <nav className="tc-skip-links" aria-label="Skip links">
      {LINKS.map(([region, href, text]) => (
        <a key={region} href={href} className="tc-skip-link" onClick={(e) => go(e, region)}>
          {text}
        </a>
      ))}
    </nav>
  );
}
