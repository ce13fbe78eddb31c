/**
 * A lazy chunk: a module imported on first use, once; an import that failed (offline, a deploy
 * replaced the file) is tried again on the next use. Each caller decides what a failure means
 * for it (render without, render afresh, report an error).
 */
export interface LazyChunk<T> {
  /** The module, importing it the first time. */
  load(): Promise<T>;
  /** The module if it has loaded, without importing it. */
  loaded(): T | undefined;
}

/** A lazy chunk of `load`, which must be a literal `() => import('...')` for the bundler to split. */
export function lazyChunk<T>(load: () => Promise<T>): LazyChunk<T> {
  let promise: Promise<T> | undefined;
  let module: T | undefined;
  return {
    load: () =>
      (promise ??= load().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          promise = undefined;
          throw error;
        },
      )),
    loaded: () => module,
  };
}
