// Serves the pages under /test/csp/ with the strict Content-Security-Policy of SPEC section 7.
export const STRICT_CSP =
  "script-src 'self'; style-src 'self'; object-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html news-elements";

export async function cspMiddleware(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}
