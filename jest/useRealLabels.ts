/**
 * Import FIRST in a test file, before the component: every custom label its components import resolves to the
 * label's real text (see realLabels.ts). `import '../../../../../../jest/useRealLabels';`
 */
import { useRealLabels } from './realLabels';

useRealLabels();
