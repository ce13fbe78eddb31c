import { CONTENT_ATTRIBUTE } from '../base/light-dom.js';
import { scoped, sharedContentRules } from '../base/content.styles.js';

/** `<news-faq>`'s questions and answers (light DOM); its frame is in news-faq.styles.ts. */
export const faqContentCss = scoped(
  `news-faq > [${CONTENT_ATTRIBUTE}]`,
  `${sharedContentRules}
  :where(:scope) .list { display: block; border-block-start: 1px solid var(--_border-color); }
  :where(:scope) .item { display: block; border-block-end: 1px solid var(--_border-color); }
  /*
   * In a long list (items.ts LONG_LIST), items off screen skip style, layout and paint until
   * they come near the viewport (the browser keeps their text findable and in the accessibility
   * tree); a long FAQ then costs about what the screenful a reader sees costs. The remembered
   * size keeps scrolling steady.
   */
  :where(:scope) .long > .item { content-visibility: auto; contain-intrinsic-size: auto 3.5em; }
  :where(:scope) .heading { display: block; margin: 0; font: inherit; }
  /* Block, not flex: the question text and its <mark>s must flow as one run of text. */
  :where(:scope) .question {
    display: block;
    position: relative;
    box-sizing: border-box;
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
  :where(:scope) .question:hover {
    color: var(--_accent-color);
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.2em;
  }
  :where(:scope) .question:focus-visible { outline-offset: -2px; }
  /* A chevron from two borders of a pseudo-element; physical sides: "down" is the same in RTL. */
  :where(:scope) .question::after {
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
  :where(:scope) .question[aria-expanded='true']::after { transform: translateY(0.25em) rotate(-135deg); }
  /*
   * The panel has no box styles: under hidden="until-found" it is laid out (with
   * content-visibility: hidden), so padding or borders here would show while closed.
   */
  :where(:scope) .answer-body { display: block; padding-inline: 0.25rem; }
  :where(:scope) .answer-body > :first-child { margin-block-start: 0; }
  :where(:scope) .answer-body > :last-child { margin-block-end: 0; }
  :where(:scope) .answer-body.plain { white-space: pre-line; }
  :where(:scope) .answer-body :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 1em 0.25em;
    font-size: 1em;
    font-weight: bold;
    font-family: var(--news-heading-font-family, inherit);
  }
  :where(:scope) .answer-body :is(ul, ol) { padding-inline-start: 1.5em; }
  :where(:scope) .answer-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: calc(var(--_space) * 0.5) 0.25rem var(--_space);
    font-size: 0.85em;
  }
  :where(:scope) .copy-link {
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
  :where(:scope) .copy-link:hover { color: var(--_accent-color); }
  :where(:scope) .copied { color: var(--_muted-color); }
  @media (prefers-reduced-motion: reduce) { :where(:scope) .question::after { transition: none; } }
  @media (forced-colors: active) {
    :where(:scope) .list, :where(:scope) .item { border-color: CanvasText; }
    :where(:scope) .question:focus-visible, :where(:scope) .copy-link:focus-visible { outline: 2px solid Highlight; }
    :where(:scope) .question::after { border-color: ButtonText; }
  }
  /*
   * Without scripting (a reader without JavaScript, a sandboxed frame) and on paper, every
   * answer shows, closed or not, and the controls that need the script do not.
   */
  @media (scripting: none) {
    :where(:scope) .answer[hidden] { display: block; content-visibility: visible; }
    :where(:scope) .answer-footer, :where(:scope) .question::after { display: none; }
    :where(:scope) .question { cursor: auto; }
  }
  @media print {
    :where(:scope) .answer-footer, :where(:scope) .question::after { display: none !important; }
    :where(:scope) .answer[hidden] { display: block !important; content-visibility: visible !important; }
    :where(:scope) .question { padding-block-end: 0.25rem; cursor: auto; }
    /* Every item laid out on paper, whether or not it was ever near the viewport. */
    :where(:scope) .item { break-inside: avoid; content-visibility: visible; }
  }
`,
);
