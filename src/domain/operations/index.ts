export * from "./result";
export * from "./membership";
export * from "./elements";
export * from "./flows";
export * from "./model";
export * from "./clipboard";
export * from "./straddle";
