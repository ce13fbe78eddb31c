/**
 * The small internal model that the templates render. Every source (property, attribute, `src`,
 * child script, light-DOM markup) is parsed, validated and normalized into these shapes by the
 * pure functions in this folder; nothing here touches the DOM, so it runs in Node too.
 */

/**
 * Codes of the `news-error` event (SPEC section 5). REPAIRED_JSON is a warning: the JSON text was
 * almost JSON (see parseJsonText), was repaired, and the content still renders.
 */
export type ErrorCode =
  'INVALID_JSON' | 'REPAIRED_JSON' | 'INVALID_CONTENT' | 'FETCH_FAILED' | 'TIMEOUT' | 'TOO_LARGE';

/** Where the rendered content came from: `news-load` detail.source. */
export type ContentSource = 'property' | 'attribute' | 'src' | 'script' | 'markup';

/** An error the pipeline reports instead of throwing into the host page. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What was skipped, as `path: reason`, for INVALID_CONTENT. */
    readonly dropped: readonly string[] = [],
  ) {
    super(message);
  }
}

/**
 * Untrusted HTML from the content (answers, paragraphs). Kept as a string in the model; only the
 * sanitizing module turns it into DOM nodes.
 */
export interface RichText {
  readonly html: string;
}

/** A person or organization: author, publisher. */
export interface Party {
  readonly name: string;
  /** Safe absolute URL (http, https, mailto), or undefined. */
  readonly url?: string;
  /** The kind the content declared (a Person, or any Organization type); unknown for a plain name. */
  readonly type?: 'Person' | 'Organization';
}

export interface Image {
  /** Safe absolute http(s) URL. */
  readonly url: string;
  readonly width?: number;
  readonly height?: number;
  /** Alternative text (schema.org `description`/`name`), empty string when decorative/unknown. */
  readonly alt: string;
  readonly caption?: string;
  readonly credit?: string;
}

/** A validated date: the original ISO 8601 string (for `<time datetime>`) and its instant. */
export interface DateValue {
  readonly iso: string;
  /** Milliseconds since the epoch. */
  readonly time: number;
  /** False for a plain calendar date (`2024-01-05`): format without a time of day. */
  readonly hasTime: boolean;
}

export interface FaqItem {
  /** Unique within its FAQ, per the SPEC's id/slug rule. */
  readonly id: string;
  /** Plain text. */
  readonly question: string;
  readonly answer: RichText;
}

export interface Faq {
  /** The FAQPage `name`, if any. */
  readonly name?: string;
  readonly items: readonly FaqItem[];
}

export type Block =
  | { readonly type: 'paragraph'; readonly text: RichText }
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'quote'; readonly text: string; readonly cite?: string }
  | { readonly type: 'list'; readonly items: readonly RichText[]; readonly ordered: boolean }
  | { readonly type: 'image'; readonly image: Image }
  | { readonly type: 'faq'; readonly faq: Faq };

export interface Article {
  /** The schema.org type that matched, e.g. `NewsArticle`. */
  readonly type: string;
  readonly headline: string;
  readonly dek?: string;
  readonly authors: readonly Party[];
  readonly publisher?: Party;
  readonly datePublished?: DateValue;
  readonly dateModified?: DateValue;
  readonly image?: Image;
  readonly section?: string;
  readonly keywords: readonly string[];
  readonly url?: string;
  readonly inLanguage?: string;
  readonly body: readonly Block[];
  /** From `hasPart` FAQPage. */
  readonly faq?: Faq;
  /** Words in the headline-less body text, for the reading-time estimate. */
  readonly wordCount: number;
}

/** What a normalize step returns: the value, and what it skipped (`path: reason`). */
export interface Normalized<T> {
  readonly value: T;
  readonly dropped: readonly string[];
}
