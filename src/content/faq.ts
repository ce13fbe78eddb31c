import { countElements, MAX_DOCUMENT_ELEMENTS, MAX_FIELD_ELEMENTS } from './limits.js';
import {
  compact,
  deref,
  findNode,
  flatList,
  graphNodes,
  indexNodes,
  isRecord,
  listItems,
  richText,
  text,
  type NodeIndex,
} from './schema.js';
import { assignIds } from './slug.js';
import { ContentError, type Faq, type Normalized, type RichText } from './types.js';

/** Options of the normalize steps. */
export interface NormalizeOptions {
  /** Base for relative URLs and `@id`s: the document's URL (the page, or the `src` fetched). */
  readonly baseUrl: string;
  /**
   * Whether the page already uses an id: ids made from a question's text avoid those, so the
   * page's own anchors (`#contact`) keep working. Explicit ids and `@id` fragments are kept.
   */
  readonly isTakenId?: (id: string) => boolean;
}

/** Options when none are given: no base, so relative URLs and `@id`s are not resolved. */
export const NO_BASE: NormalizeOptions = { baseUrl: '' };

/** One FAQ entry read from the content, before ids are assigned. */
interface Entry {
  readonly question: string;
  readonly answer: RichText;
  readonly id?: string;
  readonly atId?: string;
}

/**
 * The answer text of a schema.org `acceptedAnswer` or `suggestedAnswer`: an Answer (its `text`,
 * else its `name`, which some CMSes fill instead), a string, or a list of them, nested lists
 * included: the first with text.
 */
function answerText(value: unknown, index: NodeIndex, baseUrl: string) {
  for (const answer of flatList(value)) {
    const node = deref(answer, index, baseUrl);
    const found = isRecord(node)
      ? (richText(node['text'], baseUrl) ?? richText(node['name'], baseUrl))
      : richText(node, baseUrl);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Reads one item, either a schema.org Question (`name`, `acceptedAnswer.text`, `@id`) or the
 * shorthand `{question, answer, id}`; returns the reason as a string when it cannot be used.
 */
function readEntry(value: unknown, index: NodeIndex, baseUrl: string): Entry | string {
  const node = deref(value, index, baseUrl);
  if (!isRecord(node)) return 'not an object';
  const shorthand = 'question' in node || 'answer' in node;
  // Google's FAQ guidelines use `name`; schema.org also allows the question in `text`.
  const question = shorthand ? text(node['question']) : (text(node['name']) ?? text(node['text']));
  if (question === undefined) return shorthand ? 'missing question' : 'missing name';
  // Without an accepted answer, the first suggested one (as Q&A pages publish them).
  const answer = shorthand
    ? answerText(node['answer'], index, baseUrl)
    : (answerText(node['acceptedAnswer'], index, baseUrl) ??
      answerText(node['suggestedAnswer'], index, baseUrl));
  if (answer === undefined) return shorthand ? 'missing answer' : 'missing acceptedAnswer.text';
  const atId = typeof node['@id'] === 'string' ? node['@id'] : undefined;
  return compact({ question, answer, id: text(node['id']), atId });
}

/**
 * Entries already read, by the item object they were read from. Content copies share the
 * objects of unchanged items (cleanValue), so new content that edits one answer of a long FAQ
 * reads only that item again. Items with an `@id` anywhere are not kept: they may refer to other
 * nodes, which can change without the item changing.
 */
const readEntries = new WeakMap<object, Entry | string>();

function selfContained(item: Record<string, unknown>): boolean {
  if ('@id' in item) return false;
  return ['acceptedAnswer', 'suggestedAnswer', 'answer']
    .flatMap((key) => flatList(item[key]))
    .every((answer) => !isRecord(answer) || !('@id' in answer));
}

/** readEntry, remembered for self-contained items. */
function entryOf(value: unknown, index: NodeIndex, baseUrl: string): Entry | string {
  if (!isRecord(value) || !selfContained(value)) return readEntry(value, index, baseUrl);
  let entry = readEntries.get(value);
  if (entry === undefined) {
    entry = readEntry(value, index, baseUrl);
    readEntries.set(value, entry);
  }
  return entry;
}

/** Where the questions are: the entries with the paths to report, and the FAQ name. */
interface Located {
  readonly entries: readonly { readonly value: unknown; readonly path: string }[];
  readonly name?: string;
}

/** The entries of a list: one item or a list, nested lists flattened (`mainEntity[0][1]`). */
function entriesOf(value: unknown, path: string): Located['entries'] {
  return listItems(value).map((item) => ({ value: item.value, path: `${path}${item.path}` }));
}

function locate(data: unknown): Located | undefined {
  const page = findNode(data, ['FAQPage'])?.node;
  if (page !== undefined) {
    return { entries: entriesOf(page['mainEntity'], 'mainEntity'), name: text(page['name']) };
  }
  // A `{type: "faq", mainEntity}` body block, or an FAQPage whose @type was left out.
  if (isRecord(data) && data['mainEntity'] !== undefined) {
    return { entries: entriesOf(data['mainEntity'], 'mainEntity'), name: text(data['name']) };
  }
  if (Array.isArray(data)) return { entries: entriesOf(data, '') };
  if (isRecord(data) && Array.isArray(data['items'])) {
    return { entries: entriesOf(data['items'], 'items'), name: text(data['name']) };
  }
  return undefined;
}

/**
 * Normalizes FAQ content: an FAQPage node (alone, in a `@graph`, in a top-level array, as the
 * `mainEntity` of a WebPage or in an article's `hasPart`; one Question or a list, nested lists
 * too; its Questions inline or `{"@id"}` references to nodes defined anywhere in the document;
 * the answer from `acceptedAnswer`, else `suggestedAnswer`, its `text` else its `name`),
 * the shorthand array `[{question, answer, id?}]`, or `{name?, items: [...]}` with the same
 * items. Invalid items are skipped and listed in `dropped` (`mainEntity[3]: missing name`).
 * Answers stay untrusted HTML strings. Throws ContentError INVALID_CONTENT when there is no FAQ
 * or no valid item. Without options there is no base URL: relative `@id`s compare as written.
 */
export function normalizeFaq(data: unknown, options: NormalizeOptions = NO_BASE): Normalized<Faq> {
  const index = indexNodes(graphNodes(data), options.baseUrl);
  return normalizeFaqIn(data, options.baseUrl, index, options.isTakenId);
}

/**
 * normalizeFaq for an FAQ inside a larger document (an article's `hasPart` or body block), whose
 * `@id` references point into that document's `@graph`.
 */
export function normalizeFaqIn(
  data: unknown,
  baseUrl: string,
  index: NodeIndex,
  isTakenId?: (id: string) => boolean,
): Normalized<Faq> {
  const located = locate(data);
  if (located === undefined) {
    throw new ContentError('INVALID_CONTENT', 'No FAQ was found in the content.');
  }
  const entries: Entry[] = [];
  const dropped: string[] = [];
  // Rendered elements: a question's heading, button and panel, and its answer's tags.
  let elements = 0;
  for (const { value, path } of located.entries) {
    const entry = entryOf(value, index, baseUrl);
    if (typeof entry === 'string') {
      dropped.push(`${path}: ${entry}`);
      continue;
    }
    const answerElements = countElements(entry.answer.html);
    if (answerElements > MAX_FIELD_ELEMENTS) {
      dropped.push(`${path}: answer has more than ${MAX_FIELD_ELEMENTS} elements`);
      continue;
    }
    elements += 3 + answerElements;
    if (elements > MAX_DOCUMENT_ELEMENTS) {
      throw new ContentError(
        'TOO_LARGE',
        `The FAQ would render more than ${MAX_DOCUMENT_ELEMENTS} elements.`,
      );
    }
    entries.push(entry);
  }
  if (entries.length === 0) {
    throw new ContentError('INVALID_CONTENT', 'The FAQ has no valid questions.', dropped);
  }
  const ids = assignIds(entries, isTakenId);
  const items = entries.map((entry, i) => ({
    id: ids[i] ?? '',
    question: entry.question,
    answer: entry.answer,
  }));
  return { value: compact({ name: located.name, items }), dropped };
}
