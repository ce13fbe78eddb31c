/**
 * What the elements accept as `content`: schema.org JSON-LD as publishers write it (SPEC section
 * 2), the FAQ shorthand, and the JSON text of the `content` attribute. These are the input
 * shapes; the normalized model the elements render is in types.ts (`Article`, `Faq`).
 *
 * The types are as permissive as JSON-LD itself: `@type` is a string or an array, almost every
 * value may be a list, a node may be an `@id` reference into the same document's `@graph`, and
 * other schema.org properties are allowed beside the ones the elements read.
 */

/** One value or a list of them, as JSON-LD allows for almost every property. */
export type OneOrMany<T> = T | readonly T[];

/** A reference to another node of the same document by its `@id` (e.g. in a `@graph`). */
export interface NodeReference {
  readonly '@id': string;
}

/** A JSON-LD value object: `{"@value": "Text", "@language": "en"}`. */
export interface ValueObject {
  readonly '@value': string | number | boolean;
  readonly '@language'?: string;
  readonly '@type'?: string;
}

/** A text property: a string, a value object, or a list of them (the first with text is used). */
export type TextInput = OneOrMany<string | ValueObject>;

/** What every schema.org node may carry. Other properties are allowed and ignored. */
export interface ThingInput {
  readonly '@context'?: unknown;
  readonly '@type'?: OneOrMany<string>;
  readonly '@id'?: string;
  readonly name?: TextInput;
  readonly url?: OneOrMany<string>;
  readonly description?: TextInput;
  readonly [property: string]: unknown;
}

/** An author, publisher or copyright holder: a Person or any Organization type. */
export interface PartyInput extends ThingInput {
  readonly givenName?: TextInput;
  readonly familyName?: TextInput;
  readonly legalName?: TextInput;
}

/** An author or publisher as written: a plain name, a Person/Organization, or a reference. */
export type PartyValue = string | PartyInput | NodeReference;

/** A schema.org ImageObject. `url` (or `contentUrl`) is required for the image to render. */
export interface ImageObjectInput extends ThingInput {
  readonly contentUrl?: OneOrMany<string>;
  /** Pixels: a number, a numeric string, or a QuantitativeValue `{value}`. */
  readonly width?: number | string | { readonly value: number | string };
  readonly height?: number | string | { readonly value: number | string };
  readonly caption?: TextInput;
  readonly creditText?: TextInput;
  readonly copyrightHolder?: PartyValue;
}

/** An image as written: a URL, an ImageObject, or a reference. */
export type ImageValue = string | ImageObjectInput | NodeReference;

/** A schema.org Answer; the elements read its `text` (simple HTML allowed), else its `name`. */
export interface AnswerInput extends ThingInput {
  readonly text?: TextInput;
}

/** A schema.org Question: `name` (or `text`) and `acceptedAnswer` (or `suggestedAnswer`). */
export interface QuestionInput extends ThingInput {
  readonly text?: TextInput;
  readonly acceptedAnswer?: OneOrMany<string | AnswerInput | NodeReference>;
  readonly suggestedAnswer?: OneOrMany<string | AnswerInput | NodeReference>;
}

/** The FAQ shorthand: `[{question, answer, id?}]`; `answer` may contain simple HTML. */
export interface FaqShorthandItem {
  readonly question: string;
  readonly answer: string;
  /** The item's id (its URL fragment); default: a slug of the question. */
  readonly id?: string;
}

/** A schema.org FAQPage whose `mainEntity` lists the questions. */
export interface FaqPageInput extends ThingInput {
  readonly mainEntity?: OneOrMany<QuestionInput | FaqShorthandItem | NodeReference>;
}

/**
 * A block of the `body` extension for rich articles: a string is a paragraph (simple HTML
 * allowed); the objects are SPEC section 2's block types.
 */
export type BlockInput =
  | string
  | { readonly type: 'paragraph'; readonly text: string | ValueObject }
  | { readonly type: 'heading'; readonly text: TextInput }
  | { readonly type: 'quote'; readonly text: TextInput; readonly cite?: TextInput }
  | {
      readonly type: 'list';
      readonly items: OneOrMany<string | ValueObject>;
      readonly ordered?: boolean;
    }
  | ({ readonly type: 'image' } & ImageObjectInput)
  | ({ readonly type: 'faq' } & FaqPageInput);

/**
 * A schema.org NewsArticle (or Article, ReportageNewsArticle, AnalysisNewsArticle,
 * OpinionNewsArticle, BlogPosting, Report ...): the fields `<news-article>` reads.
 */
export interface ArticleObjectInput extends ThingInput {
  readonly headline?: TextInput;
  readonly alternativeHeadline?: TextInput;
  readonly author?: OneOrMany<PartyValue>;
  readonly publisher?: OneOrMany<PartyValue>;
  /** ISO 8601 date or date-time. */
  readonly datePublished?: string;
  readonly dateModified?: string;
  /** The first image is the lead image. */
  readonly image?: OneOrMany<ImageValue>;
  readonly thumbnailUrl?: OneOrMany<string>;
  /** Plain text; blank lines separate paragraphs. */
  readonly articleBody?: TextInput;
  /** Rich body blocks, used instead of `articleBody` when present. */
  readonly body?: readonly BlockInput[];
  readonly articleSection?: TextInput;
  /** A comma-separated string, a list, or DefinedTerms. */
  readonly keywords?: OneOrMany<string | ThingInput>;
  readonly inLanguage?: OneOrMany<string | ThingInput>;
  readonly mainEntityOfPage?: OneOrMany<string | ThingInput>;
  /** An FAQPage here is rendered as an FAQ after the body. */
  readonly hasPart?: OneOrMany<FaqPageInput | ThingInput | NodeReference>;
}

/** A JSON-LD document whose `@graph` holds the nodes (as CMSes and SEO plugins publish them). */
export interface GraphDocumentInput {
  readonly '@context'?: unknown;
  readonly '@graph': readonly ThingInput[];
}

/**
 * What `<news-article>` accepts as `content`: an article node, a `@graph` document or a list of
 * nodes containing one (references resolved), or JSON text of any of these.
 */
export type ArticleInput = ArticleObjectInput | GraphDocumentInput | readonly ThingInput[] | string;

/**
 * What `<news-faq>` accepts as `content`: an FAQPage, a `@graph` document or a list of nodes
 * containing one, the `[{question, answer, id?}]` shorthand, or JSON text of any of these.
 */
export type FaqInput =
  FaqPageInput | GraphDocumentInput | readonly FaqShorthandItem[] | readonly ThingInput[] | string;
