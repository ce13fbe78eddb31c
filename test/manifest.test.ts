import { expect } from '@open-wc/testing';

/**
 * custom-elements.json (made by `npm run build` from the classes' JSDoc) describes the whole
 * public contract of SPEC sections 3 to 6, and package.json points at it.
 */
interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
  members?: (Named & { kind: string })[];
}

const customProperties = [
  '--news-font-family',
  '--news-heading-font-family',
  '--news-text-color',
  '--news-muted-color',
  '--news-background',
  '--news-accent-color',
  '--news-border-color',
  '--news-radius',
  '--news-spacing',
  '--news-max-width',
  '--news-line-height',
  '--news-focus-ring-color',
];
const shared = ['content', 'src', 'heading-level', 'locale', 'theme', 'structured-data'];

async function declaration(tag: string): Promise<Declaration> {
  const pkg = (await (await fetch('/package.json')).json()) as { customElements: string };
  const manifest = (await (await fetch(`/${pkg.customElements}`)).json()) as {
    modules: { declarations?: Declaration[] }[];
  };
  const found = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in the manifest`);
  return found;
}

const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name);

describe('custom-elements.json', () => {
  it('describes <news-article>', async () => {
    const d = await declaration('news-article');
    expect(names(d.attributes)).to.include.members(shared);
    expect(names(d.events)).to.have.members(['news-load', 'news-error']);
    expect(names(d.cssParts)).to.have.members([
      'article', 'headline', 'dek', 'byline', 'author', 'date', 'figure', 'image', 'caption', 'body', 'error',
    ]); // prettier-ignore
    expect(names(d.cssProperties)).to.include.members(customProperties);
    expect(names(d.slots)).to.have.members(['before', 'after']);
  });

  it('describes <news-faq>', async () => {
    const d = await declaration('news-faq');
    expect(names(d.attributes)).to.include.members([
      ...shared,
      'exclusive',
      'searchable',
      'controls',
    ]);
    expect(names(d.events)).to.have.members(['news-load', 'news-toggle', 'news-error']);
    expect(names(d.cssParts)).to.have.members([
      'list', 'item', 'question', 'answer', 'toolbar', 'search', 'error',
    ]); // prettier-ignore
    expect(names(d.cssProperties)).to.include.members(customProperties);
    expect(names(d.slots)).to.have.members(['before', 'after']);
    const methods = (d.members ?? []).filter((m) => m.kind === 'method').map((m) => m.name);
    expect(methods).to.include.members(['expandAll', 'collapseAll', 'toggle']);
  });
});
