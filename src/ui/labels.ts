/** The display labels live beside the codes they name, so the reports share them. */
export * from "../domain/labels";
