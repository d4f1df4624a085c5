// `make dist` (through api-typings.mjs): TypeScript declarations of the contract's Applicant and
// Outcome, written from the JSON Schemas the API ships (schema/*.schema.json, themselves written
// from the Rust types: tests/schema.rs), so that the typings cannot drift from the contract
// (found by an audit of the API: `evaluate(input: any): any`). Only what these schemas use:
// $ref, enum, const, oneOf/anyOf, type (with "null"), object properties and arrays.

/** The TypeScript type of a schema node. */
function tsType(node) {
  if (node === true || node === undefined) return "unknown";
  if (node.$ref) return node.$ref.replace(/^#\/\$defs\//, "");
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (node.const !== undefined) return JSON.stringify(node.const);
  const union = node.oneOf || node.anyOf;
  if (union) return union.map((n) => tsType(n)).map(paren).join(" | ");
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  if (types.length === 0) return "unknown";
  return types.map((t) => single(t, node)).join(" | ");
}

function paren(t) {
  return t.includes(" | ") && !t.startsWith("{") ? `(${t})` : t;
}

function single(type, node) {
  switch (type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "array":
      return `Array<${paren(tsType(node.items))}>`;
    case "object":
      return objectType(node, "");
    default:
      throw new Error(`schema-typings: unknown type ${type}`);
  }
}

function comment(text, indent) {
  if (!text) return "";
  const lines = text.replace(/\*\//g, "*\\/").split("\n");
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join("\n")}\n${indent} */\n`;
}

function objectType(node, indent) {
  const required = new Set(node.required || []);
  const props = Object.entries(node.properties || {});
  if (props.length === 0) return "Record<string, unknown>";
  const inner = indent + "  ";
  const body = props
    .map(([key, value]) => `${comment(value.description, inner)}${inner}${key}${required.has(key) ? "" : "?"}: ${tsType(value)};`)
    .join("\n");
  return `{\n${body}\n${indent}}`;
}

function declaration(name, node) {
  const doc = comment(node.description, "");
  if (node.type === "object" && node.properties) return `${doc}export interface ${name} ${objectType(node, "")}\n`;
  return `${doc}export type ${name} = ${tsType(node)};\n`;
}

/** The declarations of both schemas' types, each once (a type both use must be the same). */
export function schemaTypes(...schemas) {
  const seen = new Map();
  const out = [];
  for (const schema of schemas) {
    const entries = [[schema.title, schema], ...Object.entries(schema.$defs || {})];
    for (const [name, node] of entries) {
      const text = declaration(name, node);
      if (seen.has(name)) {
        if (seen.get(name) !== text) throw new Error(`schema-typings: ${name} differs between the schemas`);
        continue;
      }
      seen.set(name, text);
      out.push(text);
    }
  }
  return out.join("\n");
}
