/**
 * The attributes and properties of both elements, as the framework declarations in this folder
 * share them. Attribute names are kebab-case, as written in markup; values are what a template
 * may bind (an attribute value may also be its string form).
 */
import type { ArticleInput, FaqInput } from '../content/input.js';

/** What both elements accept. */
export interface NewsElementAttributes<Content> {
  /** The content: an object (set as a property) or its JSON text. Last set wins. */
  content?: Content;
  /** URL of a JSON or JSON-LD document to render (fetched without credentials). */
  src?: string;
  /** BCP 47 locale for dates and labels; default: the nearest `lang`, then the browser. */
  locale?: string;
  /** `light`, `dark` or `auto`; unset, the host page's colours are inherited. */
  theme?: 'light' | 'dark' | 'auto';
  /** Also put the content's JSON-LD into the page for crawlers. */
  'structured-data'?: boolean;
  /** Milliseconds before a `src` fetch gives up with `TIMEOUT` (default 10000). */
  'src-timeout'?: number | `${number}`;
}

/** The attributes of `<news-article>`. */
export interface NewsArticleAttributes extends NewsElementAttributes<ArticleInput> {
  /** Level of the headline, 1 to 6 (default 2); inner headings follow it. */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';
}

/** The attributes of `<news-faq>`. */
export interface NewsFaqAttributes extends NewsElementAttributes<FaqInput> {
  /** Level of each question heading, 1 to 6 (default 3). */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';
  /** Opening one question closes the others. */
  exclusive?: boolean;
  /** A search box filters questions and answers as you type. */
  searchable?: boolean;
  /** Visible "Expand all" / "Collapse all" buttons. */
  controls?: boolean;
}
