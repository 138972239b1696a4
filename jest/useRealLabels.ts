/**
 * Import this module FIRST in a test file (before the component) for real custom label text: see labelValues.ts.
 * `import '../../../../../../jest/useRealLabels';`
 */
import { useRealLabels } from './labelValues';

useRealLabels();
