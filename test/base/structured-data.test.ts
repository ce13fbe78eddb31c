import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StructuredDataController } from '../../src/base/structured-data.js';

type Data = Record<string, unknown>;

/** A host whose JSON-LD is a promise the test settles: `data` changes with each `key`. */
class StructuredHost extends LitElement {
  key = 0;
  data: Promise<Data> | Data | undefined;
  readonly controller = new StructuredDataController(this, {
    data: () => this.data,
    dependencies: () => [this.key],
  });

  /** Sets what to publish, renders, and resolves when the write (if any) is done. */
  async publish(data: Promise<Data> | Data | undefined): Promise<void> {
    this.data = data;
    this.key++;
    this.requestUpdate();
    await this.updateComplete;
  }
}
customElements.define('test-structured-host', StructuredHost);

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<Data>; resolve: (data: Data) => void } {
  let resolve: (data: Data) => void = () => {};
  const promise = new Promise<Data>((settle) => (resolve = settle));
  return { promise, resolve };
}

const written = (host: Element) =>
  [...host.querySelectorAll(':scope > script[data-news-generated]')].map((script) => {
    expect(script.getAttribute('type')).to.equal('application/ld+json');
    return JSON.parse(script.textContent ?? '') as unknown;
  });

describe('StructuredDataController', () => {
  it('writes the JSON-LD once it is built, escaped for a script', async () => {
    const host = await fixture<StructuredHost>(html`<test-structured-host></test-structured-host>`);
    await host.publish(Promise.resolve({ name: '</script><b>' }));
    await host.controller.writeComplete;
    expect(written(host)).to.deep.equal([{ name: '</script><b>' }]);
    expect(host.querySelector('script')?.text).to.not.contain('<');
  });

  it('never writes the result of a superseded update', async () => {
    const host = await fixture<StructuredHost>(html`<test-structured-host></test-structured-host>`);
    const first = deferred();
    const second = deferred();
    await host.publish(first.promise);
    await host.publish(second.promise);
    second.resolve({ name: 'second' });
    await waitUntil(() => written(host).length === 1, 'the newer data is written');
    first.resolve({ name: 'first' });
    await first.promise;
    await host.controller.writeComplete;
    expect(written(host)).to.deep.equal([{ name: 'second' }]);
  });

  it('writes nothing when the option goes off while the data is built', async () => {
    const host = await fixture<StructuredHost>(html`<test-structured-host></test-structured-host>`);
    await host.publish({ name: 'shown' });
    await host.controller.writeComplete;
    expect(written(host)).to.have.length(1);
    const late = deferred();
    await host.publish(late.promise);
    await host.publish(undefined);
    expect(written(host), 'removed at once').to.deep.equal([]);
    late.resolve({ name: 'late' });
    await late.promise;
    await new Promise((resolve) => setTimeout(resolve));
    expect(written(host)).to.deep.equal([]);
  });

  it('removes the script when the data cannot be built or written, without an uncaught error', async () => {
    const errors: unknown[] = [];
    const onError = (event: Event) => errors.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const host = await fixture<StructuredHost>(
        html`<test-structured-host></test-structured-host>`,
      );
      await host.publish({ name: 'shown' });
      await host.controller.writeComplete;
      await host.publish(Promise.reject(new Error('cannot describe this content')));
      await host.controller.writeComplete;
      expect(written(host)).to.deep.equal([]);
      await host.publish({ name: 'shown' });
      await host.controller.writeComplete;
      const cyclic: Data = {};
      cyclic['self'] = cyclic;
      await host.publish(cyclic);
      await host.controller.writeComplete;
      expect(written(host)).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
