import { NewsArticle, NewsFaq } from 'news-elements/react';
import type { ArticleInput, FaqInput } from 'news-elements';

export function Story({ article, faq }: { article: ArticleInput; faq: FaqInput }) {
  return (
    <>
      <NewsArticle content={article} headingLevel={1} theme="auto" />
      <NewsFaq content={faq} searchable onNewsToggle={(event) => console.log(event.detail.id)} />
    </>
  );
}
