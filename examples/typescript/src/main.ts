import 'news-elements';
import type { FaqInput } from 'news-elements';

const faq = document.querySelector('news-faq'); // NewsFaq | null
if (faq) {
  const content: FaqInput = [{ question: 'What are ballistic missiles?', answer: 'Rockets.' }];
  faq.content = content;
  faq.addEventListener('news-toggle', (event) => {
    console.log(event.detail.index, event.detail.open); // event: CustomEvent<NewsToggleDetail>
  });
}
