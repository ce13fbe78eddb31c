/**
 * Styles of the light-DOM content, as plain text: the same sheet is adopted by the elements
 * (base/light-dom.ts), written by the server renderer into a `<style>`, and published as
 * `dist/news-elements.css`. Every rule is `@scope`d to an element's content container, so
 * nothing reaches the host page; the first rule of each scope reverts what the host page's own CSS
 * sets on the content (a reset, `p { margin: 0 }`, worse), except sizes, which would take the
 * images' width and height attributes with them, and the rules after it carry at least the
 * same specificity, so scope proximity decides for ours.
 */

/** `@scope (root) [to (limit)] { rules }`. */
export function scoped(root: string, rules: string, limit?: string): string {
  return `@scope (${root})${limit ? ` to (${limit})` : ''} {${rules}}`;
}

/** What both elements' content shares: the revert, links, focus, marks, reduced motion. */
export const sharedContentRules = `
  :scope, :scope * {
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
  :scope { display: block; }
  :scope [hidden]:not([hidden='until-found' i]) { display: none; }
  :scope [hidden='until-found' i] { content-visibility: hidden; }
  :scope a {
    color: var(--news-accent-color, var(--_accent, inherit));
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  :scope :focus-visible {
    outline: 2px solid var(--news-focus-ring-color, var(--_focus, currentColor));
    outline-offset: 2px;
  }
  :scope mark { padding-inline: 0.05em; border-radius: 0.15em; }
  @media (forced-colors: active) { :scope a { color: LinkText; } }
  @media (prefers-reduced-motion: reduce) {
    :scope *, :scope *::before, :scope *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
