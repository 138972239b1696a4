import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkMetadata } from '../check-metadata.ts';
import { Findings } from '../lib/diagnostics.ts';
import { checkLwcApiNames, componentSources } from '../lib/lwc-api-names.ts';
import { MetadataIndex } from '../lib/metadata-index.ts';
import { withFixture } from './helpers.ts';

/** The rule's own findings on a fixture tree. */
function names(root: string): string[] {
    const findings = new Findings(root);
    checkLwcApiNames(new MetadataIndex(root), findings);
    return findings.lines();
}

const COMPONENT = 'force-app/main/default/lwc/planNames/planNames';

describe('check:metadata: no custom API names written in components', () => {
    it('passes on the base fixture, whose component uses @salesforce/schema imports', async () => {
        assert.deepEqual(await withFixture('base', names), []);
    });

    it('reports names in strings, template literals, object keys, property reads and templates', async () => {
        const lines = await withFixture('lwc-api-name-strings', names);
        const at = (file: string, line: number, name: string) =>
            `${COMPONENT}.${file}:${line}: '${name}' is named directly: in a subscriber org of the namespaced ` +
            `package it is ns__${name}, so reference it through an @salesforce/schema import (or an Apex DTO)`;
        assert.deepEqual(lines, [
            at('html', 4, 'Manager_Review_Comments__c'),
            at('html', 7, 'Forecast__c'),
            at('ts', 9, 'Account_Plan__c'),
            at('ts', 10, 'Account__r'),
            at('ts', 11, 'Account_Planning_Setting__mdt'),
            at('ts', 14, 'Status__c'),
            at('ts', 18, 'Won_Amount__c')
        ]);
    });

    it('is part of check:metadata, which fails on the fixture', async () => {
        const lines = await withFixture('lwc-api-name-strings', (root) => checkMetadata(root).lines());
        assert.ok(
            lines.some((l) => l.includes("'Account_Plan__c' is named directly")),
            `check:metadata did not run the rule:\n${lines.join('\n')}`
        );
    });
});

describe('check:metadata: custom API names in component sources, case by case', () => {
    const DIR = 'force-app/main/default/lwc/planCard';
    const message = (name: string): string =>
        `'${name}' is named directly: in a subscriber org of the namespaced package it is ns__${name}, ` +
        'so reference it through an @salesforce/schema import (or an Apex DTO)';

    it('templates: quoted and unquoted attribute values and text, not comments or CSS classes, at their own line', async () => {
        const lines = await withFixture('base', names, {
            [`${DIR}/planCard.html`]: () =>
                [
                    '<template>',
                    '    <!-- a comment over two lines naming Status__c',
                    '         and Won_Amount__c -->',
                    "    <c-x class='a__c' data-f='Risks__c' value={Won_Amount__r} title=\"Plan_Setting__mdt\"></c-x>",
                    '    <p>Shown: Forecast__c</p>',
                    '    <p>{record.fields.Name.value}</p>',
                    '</template>'
                ].join('\n')
        });
        assert.deepEqual(lines, [
            `${DIR}/planCard.html:4: ${message('Risks__c')}`,
            `${DIR}/planCard.html:4: ${message('Won_Amount__r')}`,
            `${DIR}/planCard.html:4: ${message('Plan_Setting__mdt')}`,
            `${DIR}/planCard.html:5: ${message('Forecast__c')}`
        ]);
    });

    it('templates: markup inside comments is skipped, spaces around = and text after a > that opens a line count', async () => {
        const lines = await withFixture('base', names, {
            [`${DIR}/planCard.html`]: () =>
                [
                    '<template>',
                    '    <!-- old: <p title="Won_Amount__c">Status__c</p>',
                    '         <p data-f="Risks__c"></p> -->',
                    '    <c-x data-f = "Gap__c"></c-x>',
                    '    <p class="note"',
                    '>Forecast__c</p>',
                    '</template>'
                ].join('\n')
        });
        assert.deepEqual(lines, [
            `${DIR}/planCard.html:4: ${message('Gap__c')}`,
            `${DIR}/planCard.html:6: ${message('Forecast__c')}`
        ]);
    });

    it('scripts: template literal parts and private names count; schema and message channel re-exports do not', async () => {
        const lines = await withFixture('base', names, {
            [`${DIR}/extra.ts`]: () =>
                [
                    "export { default as STATUS } from '@salesforce/schema/Account_Plan__c.Status__c';",
                    "export { default as CHANNEL } from '@salesforce/messageChannel/Plan_Events__c';",
                    "import LABEL from '@salesforce/label/c.Plan__c';",
                    "import LOCAL from './copy-of-@salesforce/schema/Copy__c';",
                    'export class X {',
                    '    #Cache__c = 1;',
                    '    where(id: string): string {',
                    '        return `${id} Start__c ${id} Middle__c ${id} End__c`;',
                    '    }',
                    '}',
                    'export { LABEL, LOCAL };'
                ].join('\n')
        });
        assert.deepEqual(lines, [
            `${DIR}/extra.ts:3: ${message('Plan__c')}`,
            `${DIR}/extra.ts:4: ${message('Copy__c')}`,
            `${DIR}/extra.ts:6: ${message('Cache__c')}`,
            `${DIR}/extra.ts:8: ${message('Start__c')}`,
            `${DIR}/extra.ts:8: ${message('Middle__c')}`,
            `${DIR}/extra.ts:8: ${message('End__c')}`
        ]);
    });

    it('reads component .ts and .html under lwc/ only, not tests or typings', async () => {
        const rel = await withFixture(
            'base',
            (root) => componentSources(new MetadataIndex(root)).map((f) => path.relative(root, f)),
            {
                [`${DIR}/__tests__/planCard.test.ts`]: () => '// test\n',
                [`${DIR}/planCard.d.ts`]: () => '// typings\n',
                [`${DIR}/planCard.css`]: () => '.a__c {}\n',
                'force-app/main/default/staticresources/help/index.html': () => '<p>Status__c</p>\n'
            }
        );
        assert.deepEqual(rel, [`${DIR}/planCard.html`, `${DIR}/planCard.ts`]);
    });
});
