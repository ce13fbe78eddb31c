import { scoped, sharedContentRules } from '../base/content.styles.js';
import { CONTENT_ATTRIBUTE } from '../base/light-dom.js';

/**
 * `<news-article>`'s content (light DOM): everything but the frame in base/base.styles.ts. The
 * scope ends at an embedded `<news-faq>`, which has its own.
 */
export const articleContentCss = scoped(
  `news-article > [${CONTENT_ATTRIBUTE}]`,
  `${sharedContentRules}
  /* Lets the headline scale with the element's width rather than the viewport's. */
  :where(:scope) { margin: 0; container-type: inline-size; }


  :where(:scope) header {
    margin-block-end: calc(var(--_space) * 1.5);
  }

  :where(:scope) .kicker {
    margin: 0 0 calc(var(--_space) * 0.5);
    color: var(--_accent-color);
    font-size: 0.875em;
    font-weight: 600;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.06em;
    line-height: 1.3;
  }

  :where(:scope) [part='headline'] {
    margin: 0;
    font-family: var(--news-heading-font-family, inherit);
    font-size: clamp(1.625rem, 1.2rem + 2vw, 2.5rem);
    font-size: clamp(1.625rem, 1.05rem + 3.6cqi, 2.75rem);
    font-weight: 700;
    line-height: 1.15;
    letter-spacing: -0.01em;
    text-wrap: balance;
  }

  :where(:scope) [part='dek'] {
    margin: calc(var(--_space) * 0.75) 0 0;
    color: var(--_muted-color);
    font-size: 1.2em;
    line-height: 1.45;
    text-wrap: pretty;
  }

  :where(:scope) [part='byline'],
  :where(:scope) .meta {
    margin: 0;
    color: var(--_muted-color);
    font-size: 0.9em;
    line-height: 1.5;
  }
  :where(:scope) [part='byline'] {
    margin-block-start: var(--_space);
  }
  :where(:scope) [part='author'] {
    font-weight: 600;
  }
  /*
   * Names and captions come from many hands: each is its own bidi isolate, so a name ending in an
   * unterminated right-to-left override cannot reorder the next name or the element's own words.
   */
  :where(:scope) [part='author'],
  :where(:scope) .publisher,
  :where(:scope) .caption-text {
    unicode-bidi: isolate;
  }
  :where(:scope) span[part='author'] {
    color: var(--news-text-color, inherit);
  }
  :where(:scope) .meta {
    margin-block-start: 0.25em;
  }
  :where(:scope) .nowrap {
    white-space: nowrap;
  }

  :where(:scope) figure {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  :where(:scope) [part='image'] {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }
  :where(:scope) [part='caption'] {
    margin-block-start: 0.5em;
    color: var(--_muted-color);
    font-size: 0.85em;
    line-height: 1.45;
  }
  :where(:scope) .credit {
    font-size: 0.92em;
    letter-spacing: 0.01em;
  }
  :where(:scope) .caption-text + .credit {
    margin-inline-start: 0.5em;
  }

  :where(:scope) [part='body'] > *,
  :where(:scope) .rich > * {
    margin-block: 0 var(--_space);
  }
  :where(:scope) .rich > :last-child {
    margin-block-end: 0;
  }
  :where(:scope) [part='body'] :is(h1, h2, h3, h4, h5, h6),
  :where(:scope) .faq > :is(h1, h2, h3, h4, h5, h6) {
    margin-block: calc(var(--_space) * 1.75) calc(var(--_space) * 0.5);
    font-family: var(--news-heading-font-family, inherit);
    font-size: 1.3em;
    line-height: 1.25;
    text-wrap: balance;
  }
  :where(:scope) .rich :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.1em;
  }
  :where(:scope) [part='body'] :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  :where(:scope) [part='body'] li + li {
    margin-block-start: 0.35em;
  }
  :where(:scope) .quote {
    margin-block: calc(var(--_space) * 1.5);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_accent-color);
  }
  :where(:scope) .quote blockquote {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.45;
  }
  :where(:scope) .quote blockquote p {
    margin: 0;
  }
  :where(:scope) .quote figcaption {
    margin-block-start: 0.5em;
    color: var(--_muted-color);
    font-size: 0.9em;
  }

  :where(:scope) .faq {
    margin-block: calc(var(--_space) * 2) var(--_space);
  }
  :where(:scope) .faq > :is(h1, h2, h3, h4, h5, h6) {
    margin-block-start: 0;
  }

  :where(:scope) .topics {
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border-color);
    font-size: 0.875em;
  }
  :where(:scope) .topics-label {
    margin: 0 0 0.5em;
    color: var(--_muted-color);
    font-weight: 600;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.06em;
  }
  :where(:scope) .topics ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(:scope) .topics li {
    max-inline-size: 100%;
    padding: 0.15em 0.75em;
    border: 1px solid var(--_border-color);
    border-radius: 999px;
    overflow-wrap: anywhere;
  }

  /* Narrow columns: hyphenate rather than leave ragged gaps; long URLs may break anywhere. */
  @container (max-width: 30rem) {
    :where(:scope) [part='body'],
    :where(:scope) [part='dek'] {
      hyphens: auto;
    }
    :where(:scope) a {
      overflow-wrap: anywhere;
    }
  }

  @media (forced-colors: active) {
    :where(:scope) .quote,
    :where(:scope) .topics,
    :where(:scope) .topics li {
      border-color: CanvasText;
    }
  }

  @media print {
    :where(:scope) figure,
    :where(:scope) .quote,
    :where(:scope) [part='image'] {
      break-inside: avoid;
    }
    :where(:scope) [part='headline'],
    :where(:scope) [part='body'] :is(h1, h2, h3, h4, h5, h6),
    :where(:scope) .faq > :is(h1, h2, h3, h4, h5, h6) {
      break-after: avoid;
    }
    /* On paper a link is only useful with its address. */
    :where(:scope) [part='body'] a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`,
  'news-faq',
);
