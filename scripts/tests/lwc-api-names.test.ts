import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMetadata } from '../check-metadata.ts';
import { Findings } from '../lib/diagnostics.ts';
import { checkLwcApiNames } from '../lib/lwc-api-names.ts';
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
