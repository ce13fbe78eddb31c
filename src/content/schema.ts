/**
 * Small helpers for reading schema.org JSON-LD as publishers write it: `@graph` documents,
 * `@type` arrays, `{"@id": ...}` references between nodes and `{"@value": ...}` literals.
 */
import { MAX_DEPTH } from './parse.js';
import type { RichText } from './types.js';

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** Whether a value is a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A schema.org value that may be one thing or many, as an array: nothing gives `[]`. */
export function asArray(value: unknown): readonly unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first element of an array, or the value itself. */
export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;

/** The `@type` names of a node, with `https://schema.org/` or `schema:` prefixes removed. */
export function typesOf(node: unknown): string[] {
  if (!isRecord(node)) return [];
  return asArray(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.trim().replace(SCHEMA_PREFIX, ''));
}

/** The first of the node's types that is one of `wanted`, or undefined. */
export function matchType(node: unknown, wanted: readonly string[]): string | undefined {
  return typesOf(node).find((type) => wanted.includes(type));
}

/**
 * Every node of a document, in document order: the value itself when it is an object, the
 * elements of a top-level array, and the members of `@graph` arrays (nested ones too).
 */
export function graphNodes(data: unknown): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isRecord(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
    }
  };
  visit(data, 0);
  return nodes;
}

/**
 * The first node of one of the `wanted` types, with the type that matched: searched among the
 * document's nodes, then in their `mainEntity` (a WebPage whose main entity is the article) and
 * `hasPart` (an article's FAQPage).
 */
export function findNode(
  data: unknown,
  wanted: readonly string[],
): { node: JsonObject; type: string } | undefined {
  const nodes = graphNodes(data);
  const children = nodes.flatMap((node) => [
    ...asArray(node['mainEntity']),
    ...asArray(node['hasPart']),
  ]);
  const candidates = [...nodes, ...children];
  for (const node of candidates) {
    const type = matchType(node, wanted);
    if (type !== undefined && isRecord(node)) return { node, type };
  }
  return undefined;
}

/** Nodes of a document by their `@id`, resolved against the base URL. */
export type NodeIndex = ReadonlyMap<string, JsonObject>;

function resolveId(id: string, baseUrl: string): string {
  try {
    return new URL(id.trim(), baseUrl).href;
  } catch {
    return id.trim(); // blank node ids and the like: compare as written
  }
}

/** Indexes the nodes that carry an `@id` (the first node wins for a repeated id). */
export function indexNodes(nodes: readonly JsonObject[], baseUrl: string): NodeIndex {
  const index = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id !== 'string') continue;
    const key = resolveId(id, baseUrl);
    if (!index.has(key)) index.set(key, node);
  }
  return index;
}

/**
 * Follows a reference: an object with an `@id` that names a node of the document (as Yoast and
 * other CMSes write authors, publishers and images) becomes that node, with any properties the
 * reference repeats inline taking precedence. Any other value is returned unchanged.
 */
export function deref(value: unknown, index: NodeIndex, baseUrl: string): unknown {
  if (!isRecord(value) || typeof value['@id'] !== 'string') return value;
  const node = index.get(resolveId(value['@id'], baseUrl));
  if (node === undefined || node === value) return value;
  // Without a prototype, like every object parseJson and cleanValue make.
  return Object.assign(Object.create(null) as Record<string, unknown>, node, value);
}

const SPACES_TO_COLLAPSE = /[^\S ]| {2}/;

function scalarText(value: unknown): string | undefined {
  if (isRecord(value) && '@value' in value) value = value['@value'];
  if (typeof value === 'string') {
    // Only text with a run of spaces or another white space character needs collapsing.
    const collapsed = (SPACES_TO_COLLAPSE.test(value) ? value.replace(/\s+/g, ' ') : value).trim();
    return collapsed === '' ? undefined : collapsed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Plain text of a schema.org value: a string (whitespace collapsed, trimmed), a finite number,
 * a `{"@value": ...}` literal, or the first element of an array that has text. Empty gives
 * undefined. Only one level is looked into, so even a self-referencing value cannot loop.
 */
export function text(value: unknown): string | undefined {
  if (!Array.isArray(value)) return scalarText(value);
  for (const item of value) {
    const found = scalarText(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Untrusted rich text (a string or `{"@value": ...}`), trimmed, not sanitized: only the
 * sanitizing module turns it into DOM. Empty gives undefined.
 */
export function richText(value: unknown): RichText | undefined {
  if (isRecord(value) && '@value' in value) value = value['@value'];
  if (typeof value !== 'string') return undefined;
  const html = value.trim();
  return html === '' ? undefined : { html };
}

/** A copy of an object without its undefined properties, so absent fields stay absent. */
export function compact<T extends object>(object: T): T {
  // No prototype: an optional field left out reads as undefined even when the host page has
  // polluted Object.prototype with a field of that name.
  const result = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(object)) if (value !== undefined) result[key] = value;
  return result as T;
}

/** Joins a path prefix and a reported path: `hasPart` + `mainEntity[2]: ...`. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
