import { css } from '@lit/reactive-element/css-tag.js';

/**
 * `<news-article>`'s frame (shadow DOM), beside the shared one in base/base.styles.ts. The
 * article itself is light-DOM content, styled by article-content.styles.ts.
 */
export const articleStyles = css`
  .root {
    display: block;
  }
  /* A theme paints a background: keep the text off its edges. */
  :host([theme]) .root {
    padding: calc(var(--_space) * 1.25);
  }
`;
