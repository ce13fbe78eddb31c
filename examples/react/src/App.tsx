// The seed, rendered with the React components of news-elements/react (made with @lit/react):
// camelCase props set as properties, typed onNewsLoad / onNewsToggle / onNewsError; importing
// it registers the tags. Story.tsx and Faq.tsx are the README's two snippets.
import { useState } from 'react';
import { NewsArticle, NewsFaq } from 'news-elements/react';
import type { ArticleInput, FaqInput, NewsToggleEvent } from 'news-elements';
import seedArticle from '../../../demo/data/seed-article.json';
import seedFaq from '../../../demo/data/seed-faq.json';
import { Faq } from './Faq.js';
import { Story } from './Story.js';

// The seed's FAQ is shown by <NewsFaq> below, so the article goes without its `hasPart`.
const { hasPart: _faq, ...withoutFaq } = seedArticle;
const article: ArticleInput = withoutFaq;
const faq: FaqInput = seedFaq;

export function App() {
  const [opened, setOpened] = useState<string>('');
  const onToggle = (event: NewsToggleEvent) => {
    if (event.detail.open) setOpened(event.detail.id);
  };
  return (
    <main>
      <NewsArticle
        content={article}
        headingLevel={1}
        theme="auto"
        onNewsLoad={(event) => console.info('article from', event.detail.source)}
        onNewsError={(event) => console.warn(event.detail.code, event.detail.message)}
      />
      <NewsFaq content={faq} searchable exclusive onNewsToggle={onToggle} />
      <p aria-live="polite">{opened ? `Last opened: ${opened}` : ''}</p>
      <Story article={article} faq={faq} />
      <Faq faq={faq} />
    </main>
  );
}
