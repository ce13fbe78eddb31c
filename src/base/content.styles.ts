/**
 * Styles of the light-DOM content, as plain text: the same sheet is adopted by the elements
 * (base/light-dom.ts), written by the server renderer into a `<style>`, and published as
 * `dist/news-elements.css`. Every rule is `@scope`d to an element's content container, so
 * nothing reaches the host page.
 *
 * Specificity is the design. `:where(:scope)` adds none, so each rule weighs what its own
 * selector weighs: the first rule reverts, on every element the content uses, what the page's
 * own CSS may set (a reset, `p { margin: 0 }`, worse) with the weight of an element selector,
 * and the rules after it weigh an element or a class. A page's rules of the same weight lose on
 * scope proximity; a publisher's deliberate rule through a hook, `news-article
 * [part~="headline"]`, weighs more and wins. Sizes are not reverted: that would take the images'
 * width and height attributes with them.
 */

/** `@scope (root) [to (limit)] { rules }`. */
export function scoped(root: string, rules: string, limit?: string): string {
  return `@scope (${root})${limit ? ` to (${limit})` : ''} {${rules}}`;
}

/** What both elements' content shares: the revert, links, focus, marks, reduced motion. */
export const sharedContentRules = `
  :where(:scope),
  :where(:scope)
    :is(article, header, section, div, p, span, a, b, strong, i, em, mark, bdi, cite, br, time,
      h1, h2, h3, h4, h5, h6, ul, ol, li, figure, figcaption, blockquote, img, button) {
    display: revert;
    float: revert;
    position: revert;
    visibility: revert;
    box-sizing: revert;
    margin: revert;
    padding: revert;
    border: revert;
    font-size: revert;
    font-weight: revert;
    font-style: revert;
    line-height: revert;
    letter-spacing: revert;
    text-transform: revert;
    text-align: revert;
    color: revert;
    background: revert;
    pointer-events: revert;
  }
  :where(:scope) { display: block; }
  :scope [hidden]:not([hidden='until-found' i]) { display: none; }
  :where(:scope) [hidden='until-found' i] { content-visibility: hidden; }
  :where(:scope) a {
    color: var(--news-accent-color, var(--_accent, inherit));
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  :where(:scope) :focus-visible {
    outline: 2px solid var(--news-focus-ring-color, var(--_focus, currentColor));
    outline-offset: 2px;
  }
  :where(:scope) mark { padding-inline: 0.05em; border-radius: 0.15em; }
  @media (forced-colors: active) { :where(:scope) a { color: LinkText; } }
  @media (prefers-reduced-motion: reduce) {
    :where(:scope) *, :where(:scope) *::before, :where(:scope) *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
