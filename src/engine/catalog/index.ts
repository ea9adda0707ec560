export * from "./atlas";
export * from "./owasp";
export * from "./stride";
export * from "./linddun";
export * from "./charts";
export * from "./references";
