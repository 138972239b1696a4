/**
 * jest/labels.js: the components listed there get the real text of their custom labels in Jest, so tests assert
 * what the user reads; the others keep the "c.Name" stand-in until they move.
 */
import path from 'node:path';
const labels = require('../labels') as {
    REAL_LABEL_BUNDLES: string[];
    usesRealLabels(filePath: string): boolean;
    withRealLabels(source: string, filePath: string): string;
    labelsVersion(): string;
    labelValues(): Map<string, string>;
};

const LWC = path.join('force-app', 'main', 'default', 'lwc');

describe('jest/labels', () => {
    it('reads every label of the package, entities decoded', () => {
        const values = labels.labelValues();
        expect(values.get('Scorecard_Behind')).toBe('Behind target');
        expect(values.get('Workspace_Tab_Narrative')).toBe('SWOT & Narrative');
        expect(values.size).toBeGreaterThan(100);
    });

    it('applies to the sources of the listed bundles only, not to their tests', () => {
        expect(labels.usesRealLabels(path.join(LWC, 'planScorecard', 'planScorecard.ts'))).toBe(true);
        expect(labels.usesRealLabels(path.join(LWC, 'planScorecard', '__tests__', 'planScorecard.test.ts'))).toBe(
            false
        );
        expect(labels.usesRealLabels(path.join(LWC, 'errorPanel', 'errorPanel.ts'))).toBe(false);
        expect(labels.usesRealLabels(path.join('jest', 'testUtils.ts'))).toBe(false);
    });

    it('replaces each label import with a constant holding the text', () => {
        const source = [
            "import BEHIND from '@salesforce/label/c.Scorecard_Behind';",
            'import TAB from "@salesforce/label/c.Workspace_Tab_Narrative"',
            "import { api } from 'lwc';"
        ].join('\n');
        expect(labels.withRealLabels(source, 'x.ts')).toBe(
            ['const BEHIND = "Behind target";', 'const TAB = "SWOT & Narrative";', "import { api } from 'lwc';"].join(
                '\n'
            )
        );
    });

    it('fails on a label that does not exist', () => {
        expect(() => labels.withRealLabels("import X from '@salesforce/label/c.No_Such_Label';", 'x.ts')).toThrow(
            'x.ts: custom label c.No_Such_Label does not exist in CustomLabels.labels-meta.xml'
        );
    });

    it('versions the transform by the labels file content', () => {
        expect(labels.labelsVersion()).toMatch(/^[0-9a-f]{40}$/);
    });
});
