/**
 * Real custom label text in Jest, for tests that assert what the user reads ("Behind target", not the default
 * stub "c.Scorecard_Behind"). One module, three uses:
 *   - every label of a test file: `import '<path>/jest/useRealLabels';` FIRST, before the component under test;
 *   - one label: `jest.mock('@salesforce/label/c.X', () => require('<path>/jest/realLabels').labelModule('X'),
 *     { virtual: true });` (Jest hoists the factory, hence the require);
 *   - the expected text: `label('X', 3, 'Acme')` fills `{0}`, `{1}`... as formatLabel does.
 * The values come from jest/labels.js, the transform that gives the listed bundles their real text, so there is
 * one reader of CustomLabels.labels-meta.xml.
 */
const { labelValues } = require('./labels') as { labelValues: () => Map<string, string> };

/** The label's value as CustomLabels.labels-meta.xml has it; an unknown name fails the test. */
export function labelText(name: string): string {
    const value = labelValues().get(name);
    if (value === undefined) {
        throw new Error(`No custom label ${name} in CustomLabels.labels-meta.xml`);
    }
    return value;
}

/** The label's text with `{0}`, `{1}`... filled in. */
export function label(name: string, ...values: (string | number)[]): string {
    return labelText(name).replace(/\{(\d+)\}/g, (whole, index: string) => String(values[Number(index)] ?? whole));
}

/** The shape of an `@salesforce/label` import, for a jest.mock factory. */
export function labelModule(name: string): { __esModule: true; default: string } {
    return { __esModule: true, default: labelText(name) };
}

/** Mocks every `@salesforce/label/c.<name>` import with its real text (call before the component is loaded). */
export function useRealLabels(): void {
    for (const [name, value] of labelValues()) {
        jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: value }), { virtual: true });
    }
}
