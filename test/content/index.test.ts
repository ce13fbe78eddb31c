import { expect } from '@open-wc/testing';
import * as content from '../../src/content/index.js';

describe('content index', () => {
  it('exports the whole pipeline', () => {
    for (const name of [
      'parseJson',
      'cleanValue',
      'safeUrl',
      'parseDate',
      'slugify',
      'isValidToken',
      'assignIds',
      'normalizeFaq',
      'normalizeArticle',
      'articleJsonLd',
      'faqJsonLd',
      'jsonLdText',
      'text',
      'asArray',
      'parseJsonText',
      'repairJson',
      'mergeDocuments',
      'decodeEntities',
      'loadEntityTable',
      'needsEntityTable',
      'plainText',
      'stripTags',
      'bylineName',
      'withoutByline',
    ]) {
      expect(content, name).to.have.property(name).that.is.a('function');
    }
    expect(content.MAX_JSON_BYTES).to.equal(1_048_576);
    expect(content.MAX_DEPTH).to.equal(64);
    expect(new content.ContentError('TOO_LARGE', 'm')).to.be.instanceOf(Error);
  });

  it('runs the pipeline end to end from JSON text', () => {
    const data = content.parseJson(
      '{"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "Q?", "acceptedAnswer": {"text": "A."}}]}',
    );
    const { value } = content.normalizeFaq(data, { baseUrl: 'https://news.example/' });
    expect(content.jsonLdText(content.faqJsonLd(value, 'https://news.example/faq'))).to.equal(
      '{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","@id":"https://news.example/faq#q","name":"Q?","acceptedAnswer":{"@type":"Answer","text":"A."}}]}',
    );
  });

  it('runs the pipeline on almost-JSON split over two scripts, in any language', async () => {
    const scripts = [
      '{"@type": "FAQPage", "name": "أسئلة &amp; أجوبة", "mainEntity": [[{"@id": "#q"}]],}',
      '{"@graph": [{"@type": "Question", "@id": "#q", "name": "מה&#8217;s חדש?",\n "suggestedAnswer": {"text": "הכול"}}]}',
    ];
    const parsed = scripts.map((text) => content.parseJsonText(text));
    expect(parsed.map((result) => result.repaired)).to.deep.equal([true, false]);
    const data = content.mergeDocuments(parsed.map((result) => result.data));
    if (content.needsEntityTable(data)) await content.loadEntityTable();
    const { value } = content.normalizeFaq(data);
    expect(value.name).to.equal('أسئلة & أجوبة');
    expect(value.items.map((item) => [item.question, item.answer.html])).to.deep.equal([
      ['מה’s חדש?', 'הכול'],
    ]);
  });
});
