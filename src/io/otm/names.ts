/** The key of our data in OTM `attributes`, on the project and on each item. */
export const OURS = "threatcanvas";

/** The trust zone an export puts elements in that sit in no boundary (OTM requires a parent). */
export const SYNTHETIC_ZONE_ID = "threatcanvas-outside-every-boundary";
