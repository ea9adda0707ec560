export * from "./exporters";
export * from "./formats";
