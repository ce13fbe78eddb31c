// A hostile host page: before our bundle loads, it pollutes Object.prototype with the names of
// the content fields we read, with values that would be visible or dangerous if they leaked.
const poison = {
  headline: 'POLLUTED headline',
  alternativeHeadline: 'POLLUTED dek',
  description: 'POLLUTED description',
  author: { name: 'POLLUTED author', url: 'javascript:alert(1)' },
  image: 'https://polluted.example/x.png',
  url: 'javascript:alert(1)',
  caption: 'POLLUTED caption',
  creditText: 'POLLUTED credit',
  articleSection: 'POLLUTED section',
  keywords: 'POLLUTED keyword',
  dateModified: '2030-01-01',
  publisher: { name: 'POLLUTED publisher' },
  hasPart: {
    '@type': 'FAQPage',
    mainEntity: [{ name: 'POLLUTED question?', acceptedAnswer: { text: 'x' } }],
  },
  body: ['POLLUTED body'],
  answer: 'POLLUTED answer',
  question: 'POLLUTED question',
  cite: 'POLLUTED cite',
  ordered: true,
  '@id': 'https://polluted.example/#polluted',
  onclick: 'alert(1)',
  onerror: 'alert(1)',
};
for (const [key, value] of Object.entries(poison)) {
  Object.defineProperty(Object.prototype, key, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}
window.__xss = [];
window.alert = (...args) => window.__xss.push(args);
