// Injected by bench/run.js into the whole-page samples before anything of the page runs
// (puppeteer's evaluateOnNewDocument), so a page without any script of its own can be measured.
// Collects, in performance.now() time from navigation start: first (contentful) paint, the
// largest contentful paint, Element Timing for headings and paragraphs (tagged with
// `elementtiming` as they are inserted, before they paint), layout shifts, and `news-load`.
(() => {
  const probe = {
    paint: {},
    lcp: undefined,
    shifts: [],
    painted: [],
    tagged: [],
    loaded: undefined,
  };
  window.__benchProbe = probe;
  const observe = (type, callback) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this browser does not have: its figure stays empty.
    }
  };
  observe('paint', (entry) => {
    probe.paint[entry.name] = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    probe.lcp = entry.renderTime || entry.startTime;
  });
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) probe.shifts.push({ value: entry.value, time: entry.startTime });
  });
  observe('element', (entry) => {
    probe.painted.push({ element: entry.element, time: entry.renderTime || entry.loadTime });
  });
  // The first headings and paragraphs inserted (by the parser or by a script) get
  // `elementtiming`; mutation callbacks run before the next paint, so none is missed.
  const tag = (element) => {
    if (probe.tagged.length >= 40 || element.hasAttribute('elementtiming')) return;
    element.setAttribute('elementtiming', element.localName);
    probe.tagged.push(element);
  };
  const wanted = /^(h[1-6]|p)$/;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        if (wanted.test(node.localName)) tag(node);
        for (const element of node.querySelectorAll('h1, h2, h3, h4, h5, h6, p')) tag(element);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  addEventListener('news-load', () => {
    probe.loaded ??= performance.now();
  });

  /** What run.js reads at the end of a sample. */
  probe.collect = (headline, firstParagraph) => {
    const when = (text) =>
      probe.painted.find((entry) => entry.element?.textContent.trim() === text)?.time;
    return {
      fcp: probe.paint['first-contentful-paint'],
      lcp: probe.lcp,
      headline: when(headline),
      paragraph: when(firstParagraph),
      cls: probe.shifts.reduce((sum, shift) => sum + shift.value, 0),
      shifts: probe.shifts.length,
      loaded: probe.loaded,
      // Hydration adopts the server's nodes: every node tagged before the script ran is
      // still in the page afterwards.
      replaced: probe.tagged.filter((element) => !element.isConnected).length,
      tagged: probe.tagged.length,
      // Scripts that run (JSON-LD and other data blocks do not).
      scripts: [...document.scripts].filter((script) =>
        /^(|module|(text|application)\/(java|ecma)script)$/i.test(script.type.trim()),
      ).length,
    };
  };
})();
