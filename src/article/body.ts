import { html, nothing, type TemplateResult } from 'lit-html';
import { heading } from '../base/heading.js';
import { reuseView } from '../base/reuse.js';
import type { Article, Block, Faq, RichText } from '../content/types.js';
import type { Labels } from '../i18n/labels.js';
import { hasMarkup, renderRichText } from '../rich-text/sanitize.js';
import { renderFigure } from './header.js';

/** What the body's rendering depends on besides the blocks. */
export interface BodyContext {
  /** The headline's level: body headings rank one below it. */
  readonly level: number;
  readonly locale: string;
  /** Heading of an FAQ without a name of its own. */
  readonly faqLabel: string;
  /** Before an image credit. */
  readonly photoLabel: string;
  /** The article's own `labels` overrides, handed on to its FAQ. */
  readonly labelOverrides: Partial<Labels>;
}

/** The `<news-faq>` shorthand content built from a normalized FAQ. */
export interface FaqShorthand {
  id: string;
  question: string;
  answer: string;
}

/** Elements the sanitizer keeps that cannot sit inside a `<p>`: such rich text goes in a `<div>`. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'ol', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]); // prettier-ignore

/** Every rich text of the article, its FAQs' answers included. */
export function* richTexts(article: Article): Generator<RichText> {
  for (const block of article.body) {
    if (block.type === 'paragraph') yield block.text;
    else if (block.type === 'list') yield* block.items;
    else if (block.type === 'faq') yield* block.faq.items.map((item) => item.answer);
  }
  if (article.faq) yield* article.faq.items.map((item) => item.answer);
}

/** Whether the article embeds an FAQ (a `<news-faq>`), after its body or within it. */
export function hasFaq(article: Article): boolean {
  return article.faq !== undefined || article.body.some((block) => block.type === 'faq');
}

function isBlockElement(node: Node): boolean {
  return node instanceof Element && BLOCK_ELEMENTS.has(node.localName);
}

/** Whether a tag name is one that cannot sit inside a `<p>` (see BLOCK_ELEMENTS). */
export function isBlockTag(name: string): boolean {
  return BLOCK_ELEMENTS.has(name);
}

/**
 * What the body's templates insert as values: DOM nodes in the browser (DomBodyValues), HTML on
 * the server (src/server). The templates around them are the same, so server output hydrates.
 */
export interface BodyValues {
  /** A run of plain-text paragraphs, each a `<p>`, as one value. */
  paragraphs(texts: readonly string[]): unknown;
  /** Sanitized rich text under a heading at `level`, and whether it holds block elements. */
  rich(text: RichText, level: number): { readonly value: unknown; readonly block: boolean };
  /** The children of an embedded `<news-faq>`: its server output; nothing in the browser. */
  faqChildren(faq: Faq, shorthand: readonly FaqShorthand[], context: BodyContext): unknown;
}

/** The browser's values: nodes, each rich text sanitized once per text and level. */
export class DomBodyValues implements BodyValues {
  readonly #rich = new WeakMap<RichText, { level: number; nodes: Node[]; block: boolean }>();

  /**
   * Built as DOM directly, one `<p>` and one text node each: through a template per paragraph,
   * Lit would add three marker comments to every one of them.
   */
  paragraphs(texts: readonly string[]): DocumentFragment {
    const run = document.createDocumentFragment();
    for (const text of texts) {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      run.append(paragraph);
    }
    return run;
  }

  /**
   * A new fragment holding the text's nodes: rendered again, the same nodes move into it, so a
   * re-render never sanitizes again.
   */
  rich(text: RichText, level: number): { value: DocumentFragment; block: boolean } {
    let hit = this.#rich.get(text);
    if (hit?.level !== level) {
      const nodes = Array.from(renderRichText(text, level).childNodes);
      hit = { level, nodes, block: nodes.some(isBlockElement) };
      this.#rich.set(text, hit);
    }
    const value = document.createDocumentFragment();
    for (const node of hit.nodes) value.append(node);
    return { value, block: hit.block };
  }

  faqChildren(): unknown {
    return nothing;
  }
}

function stopInner(event: Event): void {
  // The embedded FAQ's content comes from this article: its load and error events would reach
  // the page looking like a second load of the article (the shadow boundary retargets them).
  event.stopPropagation();
}

/**
 * The article body: its blocks and its FAQ sections, in the browser and on the server (see
 * BodyValues). It keeps the shorthand of each FAQ per model object, so re-renders reuse it.
 */
export class ArticleBody {
  readonly #faqs = new WeakMap<Faq, FaqShorthand[]>();
  /** The context last rendered with: kept while equal, so the body is not rendered again. */
  #context?: BodyContext;

  constructor(readonly values: BodyValues = new DomBodyValues()) {}

  /** `next`, or the previous context while every field is equal. */
  context(next: BodyContext): BodyContext {
    return (this.#context = reuseView(this.#context, next));
  }

  /** The body blocks; each run of plain-text paragraphs, most of a long article, is one value. */
  render(body: readonly Block[], context: BodyContext): unknown[] {
    const parts: unknown[] = [];
    let run: string[] | undefined;
    body.forEach((block, index) => {
      if (block.type === 'paragraph' && !hasMarkup(block.text.html)) {
        if (!run) parts.push((run = []));
        run.push(block.text.html);
      } else {
        run = undefined;
        parts.push(this.#block(block, index, context));
      }
    });
    return parts.map((part) =>
      Array.isArray(part) ? this.values.paragraphs(part as string[]) : part,
    );
  }

  /** An FAQ section: its heading one level below the headline, the questions one further. */
  faq(faq: Faq, id: string, context: BodyContext): TemplateResult {
    const inner = context.level + 1;
    const shorthand = this.#shorthand(faq);
    // No id to label the section by: ids in the light DOM share the page's id space.
    return html`<section class="faq" data-faq=${id}>
      ${heading(inner, faq.name ?? context.faqLabel)}
      <news-faq
        .content=${shorthand}
        .labels=${context.labelOverrides}
        heading-level=${Math.min(6, inner + 1)}
        locale=${context.locale}
        @news-load=${stopInner}
        @news-error=${stopInner}
        >${this.values.faqChildren(faq, shorthand, context)}</news-faq
      >
    </section>`;
  }

  /** One body block other than a plain-text paragraph (see `render`). */
  #block(block: Block, index: number, context: BodyContext): TemplateResult {
    const { level } = context;
    switch (block.type) {
      case 'paragraph': {
        // Headings inside rich text rank with the heading blocks, one below the headline.
        const { value, block: isBlock } = this.values.rich(block.text, level);
        return isBlock ? html`<div class="rich">${value}</div>` : html`<p>${value}</p>`;
      }
      case 'heading':
        return heading(level + 1, block.text);
      case 'quote':
        return html`<figure class="quote">
          <blockquote><p>${block.text}</p></blockquote>
          ${block.cite ? html`<figcaption>— <cite>${block.cite}</cite></figcaption>` : nothing}
        </figure>`;
      case 'list': {
        const items = block.items.map(
          (item) => html`<li>${this.values.rich(item, level).value}</li>`,
        );
        return block.ordered
          ? html`<ol>
              ${items}
            </ol>`
          : html`<ul>
              ${items}
            </ul>`;
      }
      case 'image':
        return renderFigure(block.image, { photo: context.photoLabel });
      case 'faq':
        return this.faq(block.faq, `faq-${index}`, context);
    }
  }

  /** The same array for the same FAQ, so `<news-faq>` is not reloaded by every render. */
  #shorthand(faq: Faq): FaqShorthand[] {
    let shorthand = this.#faqs.get(faq);
    if (!shorthand) {
      shorthand = faq.items.map((item) => ({
        id: item.id,
        question: item.question,
        answer: item.answer.html,
      }));
      this.#faqs.set(faq, shorthand);
    }
    return shorthand;
  }
}
