// The seed article, typed as the element's input; main.ts is the README's snippet.
import 'news-elements';
import type { ArticleInput } from 'news-elements';
import seedArticle from '../../../demo/data/seed-article.json';

const article = document.querySelector('news-article');
if (article) {
  const content: ArticleInput = seedArticle;
  article.content = content;
  article.addEventListener('news-load', (event) => console.info('from', event.detail.source));
}
