import 'news-elements';
import 'news-elements/react-jsx';
import type { FaqInput } from 'news-elements';

export function Faq({ faq }: { faq: FaqInput }) {
  return (
    <news-faq
      content={faq}
      heading-level={3}
      controls
      onnews-toggle={(event) => console.log(event.detail.id, event.detail.open)}
    />
  );
}
