// Writes dist/news-elements.css (run by `npm run build`, after tsc): every style of both elements
// in one minified file, for server-rendered pages whose Content-Security-Policy forbids inline
// styles (`renderArticle(input, {styles: 'link', stylesHref})` links it from the light DOM and
// from the declarative shadow root). The frame's rules (`:host`, `.root`) match only inside the
// shadow roots, the content's are `@scope`d to the elements: nothing applies to the rest of the page.
import { writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { baseStyles } from '../dist/lib/base/base.styles.js';
import { articleStyles } from '../dist/lib/article/news-article.styles.js';
import { faqStyles } from '../dist/lib/faq/news-faq.styles.js';
import { articleContentCss } from '../dist/lib/article/article-content.styles.js';
import { faqContentCss } from '../dist/lib/faq/faq-content.styles.js';

const css = [
  baseStyles.cssText,
  articleStyles.cssText,
  faqStyles.cssText,
  articleContentCss,
  faqContentCss,
].join('\n');
const { code } = await transform(css, { loader: 'css', minify: true });
writeFileSync(new URL('../dist/news-elements.css', import.meta.url), code);
console.log(`css: dist/news-elements.css ${code.length} B`);
