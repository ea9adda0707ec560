import { XMLParser, XMLValidator } from "fast-xml-parser";
import { FormatError } from "../interop/types";

/**
 * TMT files are WCF DataContract XML. fast-xml-parser reads them in Node and the browser alike,
 * with no DOM: small, maintained, and its validator reports line and column, which makes the
 * error for a broken file readable. Namespace prefixes are dropped (`b:Value` is `Value`).
 */

export type XmlNode = Record<string, unknown>;

const ARRAY_TAGS = new Set([
  "DrawingSurfaceModel",
  "KeyValueOfguidanyType",
  "anyType",
  "string",
  "KeyValueOfstringstring",
  "ElementType",
  "ThreatType",
  "ThreatCategory",
]);

export function parseXml(text: string): XmlNode {
  if (/<!DOCTYPE|<!ENTITY/i.test(text.slice(0, 4096))) {
    throw new FormatError([
      "The file declares a DOCTYPE or entities, which Threat Modeling Tool files never do; it is refused rather than expanded.",
    ]);
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new FormatError([
      `The file is not well-formed XML: ${msg} (line ${line}, column ${col}).`,
    ]);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => ARRAY_TAGS.has(name),
  });
  return parser.parse(text) as XmlNode;
}

export function child(node: unknown, name: string): XmlNode | null {
  if (typeof node !== "object" || node === null) return null;
  const value = (node as XmlNode)[name];
  if (Array.isArray(value)) return (value[0] as XmlNode) ?? null;
  return typeof value === "object" && value !== null ? (value as XmlNode) : null;
}

export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== "object" || node === null) return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === null || value === "") return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) =>
    typeof item === "object" && item !== null ? (item as XmlNode) : { "#text": String(item) },
  );
}

/** The text of a child element ("" when absent or nil). */
export function textOf(node: unknown, name?: string): string {
  const target = name === undefined ? node : (node as XmlNode | null)?.[name];
  if (target === undefined || target === null) return "";
  if (Array.isArray(target)) return textOf(target[0]);
  if (typeof target === "string" || typeof target === "number" || typeof target === "boolean")
    return String(target);
  if (typeof target === "object") {
    const node2 = target as XmlNode;
    if (node2["@nil"] === "true") return "";
    const text = node2["#text"];
    return text === undefined ? "" : String(text);
  }
  return "";
}

/** Every direct child element, whatever its name (TMT's threat map tag name varies). */
export function allChildren(node: unknown): XmlNode[] {
  if (typeof node !== "object" || node === null) return [];
  const out: XmlNode[] = [];
  for (const [key, value] of Object.entries(node as XmlNode)) {
    if (key.startsWith("@") || key === "#text") continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === "object" && item !== null) out.push(item as XmlNode);
    }
  }
  return out;
}
