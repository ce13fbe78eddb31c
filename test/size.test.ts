import { expect } from '@open-wc/testing';

/**
 * Bytes per page (issue 14): each scenario of scripts/scenarios.js is a plain page loaded in its
 * own iframe (its own document, so its own module graph), and the scripts it requested are read
 * from the browser: the frame's resource timing entries plus its `<script src>`s. The test
 * server (test/server/middleware.js) weighs them (gzip level 9, from dist/) and judges them
 * against the scenarios' budgets and goals. The table (with the layout-shift sum in Chromium,
 * and where the bytes come from, by group) is printed on every run; a scenario over its budget,
 * or one whose elements did not render, fails. Needs `npm run build`.
 */

interface Scenario {
  id: string;
  description: string;
  renders: string[];
  shadow?: Record<string, string[]>;
}

interface Probe {
  loaded: WeakSet<Element>;
  loads: { tag: string; at: number }[];
  errors: { tag: string; code?: string }[];
  painted: number | null;
  shifts: number | null;
}

type ScenarioWindow = Window & typeof globalThis & { __scenario?: Probe };

interface RequestedScript {
  url: string;
  start: number | null;
  end: number | null;
  initiator: string;
}

interface Result {
  id: string;
  engine: string;
  scripts: RequestedScript[];
  rendered: boolean;
  renderedAt: number | null;
  painted: number | null;
  shifts: number | null;
  problems: string[];
}

interface Row {
  id: string;
  engine: string;
  bytes: number;
  budget: number | null;
  rendered: boolean;
  problems: string[];
  withinBudget: boolean;
  ok: boolean;
}

const engine = / Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openScenario(
  id: string,
): Promise<{ frame: HTMLIFrameElement; win: ScenarioWindow }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test-api/scenario?id=${encodeURIComponent(id)}`;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as ScenarioWindow };
}

/** What still keeps the page from counting as rendered, or an empty list once it is. */
function missing(win: ScenarioWindow, scenario: Scenario): string[] {
  const probe = win.__scenario;
  if (!probe) return ['the page has no probe'];
  const out: string[] = [];
  for (const tag of scenario.renders) {
    const elements = [...win.document.querySelectorAll(tag)];
    if (!elements.length) out.push(`no <${tag}> on the page`);
    for (const element of elements) {
      // An FAQ inside the article's content reports through the article (it stops its own).
      const nested = element.parentElement?.closest('news-article, news-faq');
      if (!win.customElements.get(tag)) out.push(`<${tag}> is not defined`);
      else if (!nested && !probe.loaded.has(element)) out.push(`<${tag}> fired no news-load`);
      else if (!(element as Element & { hasUpdated?: boolean }).hasUpdated)
        out.push(`<${tag}> has not rendered`);
      else if (!element.querySelector(':scope > [data-news-content]'))
        out.push(`<${tag}> has no content container`);
      for (const selector of scenario.shadow?.[tag] ?? [])
        if (!element.shadowRoot?.querySelector(selector))
          out.push(`<${tag}> shows no ${selector} in its shadow root`);
    }
  }
  for (const error of probe.errors) out.push(`<${error.tag}> fired news-error ${error.code ?? ''}`);
  return out;
}

/** Every script the page requested: resource timing entries, and its own `<script src>`s. */
function requestedScripts(win: ScenarioWindow): RequestedScript[] {
  const scripts: RequestedScript[] = [];
  for (const entry of win.performance.getEntriesByType('resource')) {
    if (!(entry instanceof win.PerformanceResourceTiming)) continue;
    const { pathname } = new URL(entry.name);
    if (entry.initiatorType !== 'script' && !/\.m?js$/.test(pathname)) continue;
    scripts.push({
      url: entry.name,
      start: entry.startTime,
      end: entry.responseEnd,
      initiator: entry.initiatorType,
    });
  }
  for (const script of win.document.querySelectorAll('script[src]')) {
    const url = (script as HTMLScriptElement).src;
    if (!scripts.some((known) => known.url === url))
      scripts.push({ url, start: null, end: null, initiator: '<script src> (no timing entry)' });
  }
  return scripts;
}

const resourceCount = (win: ScenarioWindow) => win.performance.getEntriesByType('resource').length;

/** Loads one scenario's page, waits for its elements and for its requests to settle. */
async function measure(scenario: Scenario): Promise<Result> {
  const { frame, win } = await openScenario(scenario.id);
  try {
    let left = missing(win, scenario);
    for (const until = performance.now() + 15_000; left.length && performance.now() < until;) {
      await pause(25);
      left = missing(win, scenario);
    }
    // Requests after the render (a chunk loaded later) count too: wait until none arrives for
    // half a second.
    let count = resourceCount(win);
    for (let quiet = 0; quiet < 500; quiet += 50) {
      await pause(50);
      if (resourceCount(win) !== count) {
        count = resourceCount(win);
        quiet = 0;
      }
    }
    const loads = win.__scenario?.loads ?? [];
    return {
      id: scenario.id,
      engine,
      scripts: requestedScripts(win),
      rendered: left.length === 0,
      renderedAt: loads.length ? Math.max(...loads.map((load) => load.at)) : null,
      painted: win.__scenario?.painted ?? null,
      shifts: win.__scenario?.shifts ?? null,
      problems: left,
    };
  } finally {
    frame.remove();
  }
}

describe('bytes per page (scripts/scenarios.js)', () => {
  it('keeps every scenario within its budget, rendered', async function () {
    this.timeout(180_000);
    const scenarios = (await (await fetch('/test-api/scenarios')).json()) as Scenario[];
    const results: Result[] = [];
    for (const scenario of scenarios) results.push(await measure(scenario));
    const response = await fetch('/test-api/script-sizes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ results }),
    });
    const { rows, table } = (await response.json()) as { rows: Row[]; table: string };
    // Printed on every run, passing or not (the test runner shows the browser's console).
    console.log(`Bytes per page, ${engine} (gzip -9 of every script requested):\n${table}`);
    expect(rows.length).to.equal(scenarios.length);
    const failures = rows
      .filter((row) => !row.ok)
      .map(
        (row) =>
          `${row.id}: ${row.bytes} B (budget ${row.budget ?? 'none'} B)${row.rendered ? '' : ', not rendered'}${row.problems.length ? `; ${row.problems.join('; ')}` : ''}`,
      );
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
