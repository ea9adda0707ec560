/**
 * A JSON Schema (draft-07) for Open Threat Model 0.2.0, written here from the specification's
 * field list (reference/interop-and-triage.md): required fields, their types, and `null` where
 * the spec allows it. Exports are validated against it in tests. Extra keys are allowed, as in
 * the spec.
 */
const text = { type: "string" } as const;
const optionalText = { type: ["string", "null"] } as const;
const attributes = { type: ["object", "null"] } as const;
const textList = { type: ["array", "null"], items: { type: ["string", "null"] } } as const;
const size = {
  type: ["object", "null"],
  required: ["width", "height"],
  properties: { width: { type: "number" }, height: { type: "number" } },
} as const;
const parent = {
  type: "object",
  properties: { trustZone: text, component: text },
  oneOf: [{ required: ["trustZone"] }, { required: ["component"] }],
} as const;
const representationElement = {
  type: "object",
  required: ["representation", "id"],
  properties: {
    representation: text,
    id: text,
    name: optionalText,
    position: {
      type: ["object", "null"],
      required: ["x", "y"],
      properties: { x: { type: "number" }, y: { type: "number" } },
    },
    size,
    file: optionalText,
    line: { type: ["number", "null"] },
    codeSnippet: optionalText,
    attributes,
  },
} as const;
const threatInstance = {
  type: "object",
  required: ["threat", "state"],
  properties: {
    threat: text,
    state: text,
    mitigations: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["mitigation", "state"],
        properties: { mitigation: text, state: text },
      },
    },
  },
} as const;

export const OTM_0_2_0_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Open Threat Model 0.2.0 (written by ThreatCanvas from the specification's field list)",
  type: "object",
  required: ["otmVersion", "project"],
  properties: {
    otmVersion: { type: "string", const: "0.2.0" },
    project: {
      type: "object",
      required: ["name", "id"],
      properties: {
        name: text,
        id: text,
        description: optionalText,
        owner: optionalText,
        ownerContact: optionalText,
        tags: textList,
        attributes,
      },
    },
    representations: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["name", "id", "type"],
        properties: {
          name: text,
          id: text,
          type: { enum: ["diagram", "code", "threat-model"] },
          description: optionalText,
          size,
          repository: {
            type: ["object", "null"],
            required: ["url"],
            properties: { url: optionalText },
          },
          attributes,
        },
      },
    },
    assets: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["name", "id", "risk"],
        properties: {
          name: text,
          id: text,
          description: optionalText,
          risk: {
            type: "object",
            required: ["confidentiality", "integrity", "availability"],
            properties: {
              confidentiality: { type: "number", minimum: 0, maximum: 100 },
              integrity: { type: "number", minimum: 0, maximum: 100 },
              availability: { type: "number", minimum: 0, maximum: 100 },
              comment: optionalText,
            },
          },
          attributes,
        },
      },
    },
    trustZones: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["id", "name", "risk"],
        properties: {
          id: text,
          name: text,
          type: optionalText,
          description: optionalText,
          risk: {
            type: "object",
            required: ["trustRating"],
            properties: { trustRating: { type: "number", minimum: 0, maximum: 100 } },
          },
          parent,
          representations: { type: ["array", "null"], items: representationElement },
          attributes,
        },
      },
    },
    components: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["id", "name", "type", "parent"],
        properties: {
          id: text,
          name: text,
          type: text,
          description: optionalText,
          parent,
          representations: { type: ["array", "null"], items: representationElement },
          assets: {
            type: ["object", "null"],
            properties: { processed: textList, stored: textList },
          },
          threats: { type: ["array", "null"], items: threatInstance },
          tags: textList,
          attributes,
        },
      },
    },
    dataflows: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["id", "name", "source", "destination"],
        properties: {
          id: text,
          name: text,
          description: optionalText,
          bidirectional: { type: ["boolean", "null"] },
          source: text,
          destination: text,
          assets: textList,
          threats: { type: ["array", "null"], items: threatInstance },
          tags: textList,
          attributes,
        },
      },
    },
    threats: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["id", "name", "risk"],
        properties: {
          id: text,
          name: text,
          description: optionalText,
          categories: textList,
          cwes: textList,
          risk: {
            type: "object",
            required: ["likelihood", "impact"],
            properties: {
              likelihood: { type: ["number", "null"], minimum: 0, maximum: 100 },
              likelihoodComment: optionalText,
              impact: { type: "number", minimum: 0, maximum: 100 },
              impactComment: optionalText,
            },
          },
          tags: textList,
          attributes,
        },
      },
    },
    mitigations: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["id", "name", "riskReduction"],
        properties: {
          id: text,
          name: text,
          description: optionalText,
          riskReduction: { type: "number", minimum: 0, maximum: 100 },
          attributes,
        },
      },
    },
  },
} as const;
