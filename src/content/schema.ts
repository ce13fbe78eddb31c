/**
 * Small helpers for reading schema.org JSON-LD as publishers write it: `@graph` documents,
 * `@type` arrays, `{"@id": ...}` references between nodes and `{"@value": ...}` literals.
 */
import { MAX_DEPTH } from './parse.js';
import { plainText } from './plain-text.js';
import { absoluteLinks } from './links.js';
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
 * The items of a value that may be one thing, a list, or lists nested in lists as JSON-LD allows
 * (`"mainEntity": [[q1, q2]]`), flattened in order, each with its path suffix (`[0][1]`; empty
 * for a value that is not a list). Lists nested deeper than MAX_DEPTH are left out.
 */
export function listItems(value: unknown): { readonly value: unknown; readonly path: string }[] {
  const items: { value: unknown; path: string }[] = [];
  const visit = (item: unknown, path: string, depth: number) => {
    if (!Array.isArray(item)) {
      // Nothing at the top is no item; a null in a list is one, reported where it is.
      if (depth > 0 || (item !== undefined && item !== null)) items.push({ value: item, path });
    } else if (depth < MAX_DEPTH) {
      (item as readonly unknown[]).forEach((child, i) => visit(child, `${path}[${i}]`, depth + 1));
    }
  };
  visit(value, '', 0);
  return items;
}

/** listItems without the paths. */
export function flatList(value: unknown): unknown[] {
  return listItems(value).map((item) => item.value);
}

/**
 * One document made of several parsed JSON-LD documents (a page's `ld+json` scripts, where the
 * NewsArticle is in one and the Organization it references in another): a `@graph` of every
 * document, top-level arrays spread, so graphNodes() and indexNodes() see them all. A single
 * document is returned as it is.
 */
export function mergeDocuments(docs: readonly unknown[]): unknown {
  const [only] = docs;
  if (docs.length === 1) return only;
  const graph: unknown[] = [];
  for (const doc of docs) {
    if (Array.isArray(doc)) for (const item of doc as readonly unknown[]) graph.push(item);
    else if (doc !== undefined && doc !== null) graph.push(doc);
  }
  // Without a prototype, like every object parseJson and cleanValue make.
  return Object.assign(Object.create(null) as JsonObject, { '@graph': graph });
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
    ...flatList(node['mainEntity']),
    ...flatList(node['hasPart']),
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

/** Most values indexNodes looks at: content over 1 MB is refused before it gets here. */
const MAX_INDEXED_VALUES = 200_000;

/** Whether a node defines something: an `@id` and at least one other property. */
function definesNode(node: JsonObject): boolean {
  return Object.keys(node).some((key) => key !== '@id');
}

/**
 * Indexes the nodes that carry an `@id`, wherever they are written: the given nodes first, then
 * every object inside them, breadth first (a `publisher` defined inside a `video`, an Organization
 * inside a WebPage's `primaryImageOfPage`). A bare `{"@id": ...}` is a reference, not a
 * definition, and is not indexed; for a repeated id the first definition wins. Every object is
 * visited once (shared or circular structures included), at most MAX_DEPTH levels down and
 * MAX_INDEXED_VALUES values in all.
 */
export function indexNodes(nodes: readonly JsonObject[], baseUrl: string): NodeIndex {
  const index = new Map<string, JsonObject>();
  const seen = new Set<object>();
  let queue: unknown[] = [...nodes];
  let budget = MAX_INDEXED_VALUES;
  for (let depth = 0; queue.length > 0 && depth <= MAX_DEPTH; depth++) {
    const next: unknown[] = [];
    for (const value of queue) {
      if (--budget < 0) return index;
      if (value === null || typeof value !== 'object' || seen.has(value)) continue;
      seen.add(value);
      let children: readonly unknown[];
      if (Array.isArray(value)) children = value;
      else {
        const node = value as JsonObject;
        const id = node['@id'];
        if (typeof id === 'string' && definesNode(node)) {
          const key = resolveId(id, baseUrl);
          if (!index.has(key)) index.set(key, node);
        }
        children = Object.values(node);
      }
      for (const child of children) {
        if (next.length > budget) break;
        if (child !== null && typeof child === 'object') next.push(child);
      }
    }
    queue = next;
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
    const plain = plainText(value);
    // Only text with a run of spaces or another white space character needs collapsing.
    const collapsed = (SPACES_TO_COLLAPSE.test(plain) ? plain.replace(/\s+/g, ' ') : plain).trim();
    return collapsed === '' ? undefined : collapsed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Plain text of a schema.org value: a string (tags dropped and character references decoded, as
 * plainText() does; whitespace collapsed, trimmed), a finite number,
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
 * sanitizing module turns it into DOM. Relative links are made absolute against `baseUrl`, the
 * URL of the document it came from (links.ts). Empty gives undefined.
 */
export function richText(value: unknown, baseUrl = ''): RichText | undefined {
  if (isRecord(value) && '@value' in value) value = value['@value'];
  if (typeof value !== 'string') return undefined;
  const html = value.trim();
  return html === '' ? undefined : { html: absoluteLinks(html, baseUrl) };
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
