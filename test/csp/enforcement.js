// Whether this engine enforces `require-trusted-types-for 'script'`: a plain string into an HTML
// sink throws where it does.
window.__enforcesTrustedTypes = (() => {
  try {
    new DOMParser().parseFromString('<b>x</b>', 'text/html');
    return false;
  } catch {
    return true;
  }
})();
