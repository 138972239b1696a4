/**
 * Import this module FIRST in a test file (before the component) for real custom label text: see realLabels.ts.
 * `import '../../../../../../jest/useRealLabels';`
 */
import { useRealLabels } from './realLabels';

useRealLabels();
