import { css } from 'lit';

/** `<news-faq>`'s own styles (the shared frame is in base/base.styles.ts). */
export const faqStyles = css`
  .root {
    display: block;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .search {
    display: flex;
    flex: 1 1 14rem;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-inline-size: 0;
  }
  .search label {
    flex: 1 0 100%;
    font-size: 0.9em;
    font-weight: 600;
  }
  input[type='search'] {
    flex: 1 1 10rem;
    min-inline-size: 0;
    padding: 0.45em 0.7em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    font: inherit;
    color: inherit;
    background: transparent;
  }
  input[type='search']::-webkit-search-cancel-button {
    /* Our own "Clear search" button replaces it, the same in every engine. */
    -webkit-appearance: none;
    appearance: none;
  }
  input[type='search']::placeholder {
    color: var(--_muted-color);
    opacity: 1;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button {
    padding: 0.45em 0.9em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    font: inherit;
    font-size: 0.9em;
    color: var(--_accent-color);
    background: transparent;
    cursor: pointer;
  }
  .button:hover {
    border-color: currentColor;
  }

  .status {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 0.9em;
    color: var(--_muted-color);
  }
  .status.idle {
    margin: 0;
  }

  .list {
    border-block-start: 1px solid var(--_border-color);
  }
  /*
       * Items off screen skip style, layout and paint until they come near the viewport (the
       * browser keeps their text findable and in the accessibility tree); a long FAQ then costs
       * about what the screenful a reader sees costs. The remembered size keeps scrolling steady.
       */
  .item {
    border-block-end: 1px solid var(--_border-color);
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
  }
  .heading {
    margin: 0;
    font: inherit;
  }
  /* Block, not flex: the question text and its <mark>s must flow as one run of text. */
  .question {
    display: block;
    position: relative;
    inline-size: 100%;
    margin: 0;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) + 1.05em) calc(var(--_space) * 0.75)
      0.25rem;
    overflow-wrap: anywhere;
    border: 0;
    font: inherit;
    font-family: var(--news-heading-font-family, inherit);
    font-size: 1.05em;
    font-weight: 600;
    line-height: 1.4;
    text-align: start;
    color: inherit;
    background: none;
    cursor: pointer;
  }
  .question:hover {
    color: var(--_accent-color);
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.2em;
  }
  .question:focus-visible {
    outline-offset: -2px;
  }
  /*
       * A chevron drawn with two borders of a pseudo-element (no node per question); physical
       * sides, since "down" is the same in RTL.
       */
  .question::after {
    content: '';
    position: absolute;
    inset-block-start: calc(var(--_space) * 0.75 + 0.3em);
    inset-inline-end: 0.5em;
    inline-size: 0.55em;
    block-size: 0.55em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.2s ease;
  }
  .question[aria-expanded='true']::after {
    transform: translateY(0.25em) rotate(-135deg);
  }

  /*
       * The panel itself has no box styles: under hidden="until-found" it is laid out (with
       * content-visibility: hidden), so padding or borders here would show while closed. Its
       * children carry them instead.
       */
  .answer-body {
    padding-inline: 0.25rem;
  }
  .answer-body > :first-child {
    margin-block-start: 0;
  }
  .answer-body > :last-child {
    margin-block-end: 0;
  }
  .answer-body.plain {
    white-space: pre-line;
  }
  .answer-body :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 1em 0.25em;
    font-size: 1em;
    font-family: var(--news-heading-font-family, inherit);
  }
  .answer-body :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .answer-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: calc(var(--_space) * 0.5) 0.25rem var(--_space);
    font-size: 0.85em;
  }
  .copy-link {
    padding: 0.15em 0;
    border: 0;
    font: inherit;
    color: var(--_muted-color);
    background: none;
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .copy-link:hover {
    color: var(--_accent-color);
  }
  .copied {
    color: var(--_muted-color);
  }
  /* The one live region for "Link copied": read out, while the item shows the words. */
  .copy-status {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  mark {
    padding-inline: 0.05em;
    border-radius: 0.15em;
  }

  @media (prefers-reduced-motion: reduce) {
    .question::after {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .list,
    .item,
    input[type='search'],
    .button {
      border-color: CanvasText;
    }
    .question:focus-visible,
    .button:focus-visible,
    .copy-link:focus-visible,
    input[type='search']:focus-visible {
      outline: 2px solid Highlight;
    }
    .question::after {
      border-color: ButtonText;
    }
  }

  @media print {
    .toolbar,
    .status,
    .answer-footer,
    .question::after {
      display: none !important;
    }
    /* Every answer, closed or not, including hidden="until-found" ones. */
    .answer[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .question {
      padding-block-end: 0.25rem;
      cursor: auto;
    }
    .item {
      break-inside: avoid;
      /* Every item laid out on paper, whether or not it was ever near the viewport. */
      content-visibility: visible;
    }
  }
`;
