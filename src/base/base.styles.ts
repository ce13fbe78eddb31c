import { css } from '@lit/reactive-element/css-tag.js';

/**
 * Shared by both elements. By default everything inherits the host page's font and colour, so
 * the elements are readable on any page; `theme` opts into an explicit palette. Every custom
 * property is read with its fallback where it is used, so `:host` sets only `display` and the
 * inherited defaults (STYLE.md).
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--news-max-width, 42rem);
    font-family: var(--news-font-family, inherit);
    line-height: var(--news-line-height, 1.6);
    color: var(--news-text-color, inherit);
    background: var(--news-background, transparent);
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /*
   * Explicit palettes; unset, the host page's colours are inherited. One palette of light-dark()
   * pairs serves all three themes: color-scheme picks the side (auto: the reader's preference).
   */
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    color: var(--news-text-color, light-dark(#1b1b1f, #e8e8ec));
    background: var(--news-background, light-dark(#ffffff, #16171b));
    --_muted: light-dark(#5b5d66, #a9abb5);
    --_accent: light-dark(#0b57d0, #8ab4f8);
    --_border: light-dark(#d4d5da, #3c3e46);
  }

  /*
   * Internal tokens used by the element styles. Unthemed, they derive from the inherited text
   * colour (currentColor), which keeps contrast on both light and dark host pages.
   */
  .root {
    --_muted-color: var(--news-muted-color, var(--_muted, currentColor));
    --_accent-color: var(--news-accent-color, var(--_accent, currentColor));
    --_border-color: var(
      --news-border-color,
      var(--_border, color-mix(in srgb, currentColor 25%, transparent))
    );
    --_radius: var(--news-radius, 0.375rem);
    --_space: var(--news-spacing, 1rem);
    --_focus: var(--news-focus-ring-color, var(--_accent-color));
  }

  :focus-visible {
    outline: 2px solid var(--news-focus-ring-color, var(--_focus, currentColor));
    outline-offset: 2px;
  }

  a {
    color: var(--news-accent-color, var(--_accent, inherit));
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  [part='error'] {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--news-border-color, currentColor);
    border-inline-start-width: 4px;
    border-radius: var(--news-radius, 0.375rem);
    font-size: 0.95em;
  }

  @media (forced-colors: active) {
    [part='error'] {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;
