import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
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
interface FaqShorthand {
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

function isBlockElement(node: Node): boolean {
  return node instanceof Element && BLOCK_ELEMENTS.has(node.localName);
}

function stopInner(event: Event): void {
  // The embedded FAQ's content comes from this article: its load and error events would reach
  // the page looking like a second load of the article (the shadow boundary retargets them).
  event.stopPropagation();
}

/**
 * The article body: its blocks and its FAQ sections. It keeps the sanitized nodes of each rich
 * text and the shorthand of each FAQ per model object, so re-renders reuse them.
 */
export class ArticleBody {
  readonly #rich = new WeakMap<RichText, { level: number; nodes: Node[] }>();
  readonly #faqs = new WeakMap<Faq, FaqShorthand[]>();

  /**
   * The body blocks. Each run of plain-text paragraphs, most of a long article, is built as DOM
   * directly, one `<p>` and one text node each: through a template per paragraph, Lit would add
   * three marker comments to every one of them.
   */
  render(body: readonly Block[], context: BodyContext): (TemplateResult | DocumentFragment)[] {
    const parts: (TemplateResult | DocumentFragment)[] = [];
    let run: DocumentFragment | undefined;
    body.forEach((block, index) => {
      if (block.type === 'paragraph' && !hasMarkup(block.text.html)) {
        const paragraph = document.createElement('p');
        paragraph.textContent = block.text.html;
        if (!run) parts.push((run = document.createDocumentFragment()));
        run.append(paragraph);
      } else {
        run = undefined;
        parts.push(this.#block(block, index, context));
      }
    });
    return parts;
  }

  /** An FAQ section: its heading one level below the headline, the questions one further. */
  faq(faq: Faq, id: string, context: BodyContext): TemplateResult {
    const inner = context.level + 1;
    return html`<section class="faq" aria-labelledby=${id}>
      ${heading(inner, faq.name ?? context.faqLabel, { id })}
      <news-faq
        .content=${this.#shorthand(faq)}
        .labels=${context.labelOverrides}
        heading-level=${Math.min(6, inner + 1)}
        locale=${context.locale}
        @news-load=${stopInner}
        @news-error=${stopInner}
      ></news-faq>
    </section>`;
  }

  /** One body block other than a plain-text paragraph (see `render`). */
  #block(block: Block, index: number, context: BodyContext): TemplateResult {
    const { level } = context;
    switch (block.type) {
      case 'paragraph': {
        // Headings inside rich text rank with the heading blocks, one below the headline.
        const nodes = this.#richNodes(block.text, level);
        const content = nodes.length === 1 ? nodes[0] : nodes;
        return nodes.some(isBlockElement)
          ? html`<div class="rich">${content}</div>`
          : html`<p>${content}</p>`;
      }
      case 'heading':
        return heading(level + 1, block.text);
      case 'quote':
        return html`<figure class="quote">
          <blockquote><p>${block.text}</p></blockquote>
          ${block.cite ? html`<figcaption>— <cite>${block.cite}</cite></figcaption>` : nothing}
        </figure>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${this.#richNodes(item, level)}</li>`);
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

  /** Sanitized nodes of a rich text under a heading at `level`; built once per text and level. */
  #richNodes(text: RichText, level: number): Node[] {
    const hit = this.#rich.get(text);
    if (hit?.level === level) return hit.nodes;
    const nodes = Array.from(renderRichText(text, level).childNodes);
    this.#rich.set(text, { level, nodes });
    return nodes;
  }
}
