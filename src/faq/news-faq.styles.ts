import { css } from '@lit/reactive-element/css-tag.js';

/** `<news-faq>`'s frame: toolbar and live regions (questions and answers: faq-content.styles.ts). */
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
  @media (forced-colors: active) {
    input[type='search'],
    .button {
      border-color: CanvasText;
    }
    .button:focus-visible,
    input[type='search']:focus-visible {
      outline: 2px solid Highlight;
    }
  }

  @media print {
    .toolbar,
    .status {
      display: none !important;
    }
  }
`;
