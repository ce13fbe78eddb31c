/**
 * The flags every headless run of Debian's Chromium here starts with (tests and benchmarks): new
 * headless, no sandbox (CI runs as root), no GPU, and nothing fetched or updated in the background.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
