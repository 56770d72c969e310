// Waiting for the page to catch up without timing anything: read, check, and read again until the check
// passes. The limit only stops a stuck test; the assertion that fails is the caller's own expect().

const LIMIT_MS = 20_000;
const INTERVAL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `read` until `check(value)` stops throwing; returns that value. When the limit is reached the
 * last failure is thrown as is, so the message is the jest matcher's.
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    try {
      check(value);
      return value;
    } catch (error) {
      if (Date.now() - start > LIMIT_MS) throw error;
    }
    await sleep(INTERVAL_MS);
  }
}
