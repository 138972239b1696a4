/**
 * Runs after the test framework in every Jest test file (jest.config.js setupFilesAfterEnv): fails a test whose
 * component used an object or field name the simulated org does not know (jest/platform/org.ts).
 */
import { assertPlatformAccepted } from './platform/org';

afterEach(() => {
    assertPlatformAccepted();
});
