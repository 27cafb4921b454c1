// The embedded data are chunks fetched on first use. On a phone, that fetch can fail (the connection
// dropped after the page loaded): the failure is not kept, so the next use tries again.

/** `load` run once, on the first call; concurrent calls share it; after a failure, the next call runs it again. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
