/**
 * Runs after the test framework in every Jest test file (jest.config.js setupFilesAfterEnv): fails a test whose
 * component used an object or field name the simulated org does not know (jest/platform/org.ts).
 */
import { assertPlatformAccepted } from './platform/org';

afterEach(() => {
    assertPlatformAccepted();
});

/**
 * A render still pending when a file's last test ends (a promise a timer resolves) would otherwise run after Jest's
 * teardown. LWC renders in a microtask (`Promise.resolve().then(flushCallbackQueue)` in @lwc/engine-dom), so an
 * error it throws there is an unhandled rejection with no Jest handler left, and Node's default for those ends the
 * process: the run, or Stryker's Jest worker, died without naming a test and without the file's results. One more
 * macrotask here lets it run while Jest still reports such an error as the file's failure.
 */
afterAll(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
});
