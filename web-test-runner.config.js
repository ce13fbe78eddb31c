// Runs every test file in Chromium, Firefox and WebKit, using the browsers the machine has
// (Debian's chromium, firefox-esr and webkit2gtk-driver; nothing is downloaded). Locally a missing
// Firefox or WebKit is skipped with a notice; with CI=true every engine is required.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './scripts/chromium-args.js';
import { testMiddleware } from './test/server/middleware.js';
import { cspMiddleware } from './test/server/csp.js';

// Dates in tests are checked against a pinned zone.
process.env.TZ = 'UTC';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const which = (names) => names.find((path) => existsSync(path));

const chromiumPath =
  process.env.CHROME_PATH ??
  which([
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ]);
const firefoxPath = process.env.FIREFOX_PATH ?? which(['/usr/bin/firefox-esr', '/usr/bin/firefox']);
const webkitDriverPath = which(['/usr/bin/WebKitWebDriver']);
const miniBrowserPath = which([
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
]);
const xvfbRun = which(['/usr/bin/xvfb-run']);

/** Engines to run: all available, or those named in ENGINES (comma separated). */
const wanted = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const waitForPort = async (port, timeoutMs = 20000) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
};

const browsers = [];
const ran = [];
const missing = [];

let chromium;
if (wanted.includes('chromium')) {
  if (chromiumPath) {
    chromium = chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    });
    browsers.push(chromium);
    ran.push('Chromium');
  } else missing.push('Chromium (install chromium, or set CHROME_PATH)');
}

if (wanted.includes('firefox')) {
  if (firefoxPath) {
    browsers.push(
      chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
      }),
    );
    ran.push('Firefox');
  } else missing.push('Firefox (install firefox-esr, or set FIREFOX_PATH)');
}

if (wanted.includes('webkit')) {
  if (webkitDriverPath && miniBrowserPath && xvfbRun) {
    const port = await freePort();
    const driver = spawn(xvfbRun, ['-a', webkitDriverPath, `--port=${port}`], {
      stdio: 'ignore',
      detached: true,
    });
    const stop = () => {
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    process.on('exit', stop);
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(1)));
    await waitForPort(port);
    const webkit = webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
    // With concurrency above 1 the webdriver launcher runs each test file in an iframe, and
    // WebKitWebDriver refuses to switch into it for sendKeys: one file at a time, top level.
    webkit.concurrency = 1;
    const initialize = webkit.initialize.bind(webkit);
    webkit.initialize = (config, files) => initialize({ ...config, concurrency: 1 }, files);
    browsers.push(webkit);
    ran.push('WebKit');
  } else missing.push('WebKit (install webkit2gtk-driver and xvfb)');
}

if (missing.length && (ci || browsers.length === 0)) {
  console.error(`\nMissing browser engines: ${missing.join(', ')}.`);
  console.error(ci ? 'CI=true requires all three engines.' : 'No engine to run tests in.');
  process.exit(1);
}
console.log(
  `\nEngines: ${ran.join(', ')}${missing.length ? ` (skipped: ${missing.join(', ')})` : ''}\n`,
);

export default {
  files: process.env.TEST_FILES ?? ['test/**/*.test.ts', '!test/memory.test.ts'],
  // Forced garbage collection exists only in Chromium (--js-flags=--expose-gc).
  groups:
    process.env.TEST_FILES || !chromium
      ? []
      : [{ name: 'memory', files: 'test/memory.test.ts', browsers: [chromium] }],
  nodeResolve: true,
  browsers,
  // One test file at a time per browser, in CI and locally. Three browsers share two cores in CI,
  // and timing-sensitive tests (timeouts, animation frames, fuzzing) must not starve. Locally,
  // two files at once let test/src-faults.test.ts (responses that never end) and another file
  // share one browser's six connections to the test server, and the run could stall for good.
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
  middleware: [cspMiddleware, testMiddleware],
  // Tests run Lit's development build on purpose (it warns about misuse); its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
