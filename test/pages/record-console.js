// Loaded first by the test pages: records warnings and uncaught errors for the test to read.
window.__warnings = [];
window.__errors = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn(...args);
};
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) =>
  window.__errors.push(String(event.reason)),
);
