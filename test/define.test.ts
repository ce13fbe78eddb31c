import { expect } from '@open-wc/testing';
import { defineElements, version } from '../src/base/define.js';

describe('defineElements', () => {
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('carries the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(version).to.equal(pkg.version);
  });

  it('defines a tag once and ignores a second definition silently', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElements({ 'define-test-once': First });
    expect(() => defineElements({ 'define-test-once': Second })).not.to.throw();
    expect(customElements.get('define-test-once')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once when a tag is owned by something else, however often it is loaded', () => {
    customElements.define('define-test-foreign', class extends HTMLElement {});
    customElements.define('define-test-foreign-2', class extends HTMLElement {});
    const mine = {
      'define-test-foreign': class extends HTMLElement {},
      'define-test-foreign-2': class extends HTMLElement {},
    };
    defineElements(mine);
    defineElements(mine);
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]?.[0]))
      .to.contain('<define-test-foreign>')
      .and.contain('<define-test-foreign-2>');
  });
});
