import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { convert, expectedTypes } from '../convert-source.ts';
import { BASE, REPO, runsExternalTool, withFixture } from './helpers.ts';

describe('convert', () => {
    it('passes when package.xml lists every type present', runsExternalTool, async () => {
        assert.deepEqual(await withFixture('base', (root) => convert(root).lines()), []);
    });

    it('fails when the converter drops a class without -meta.xml', runsExternalTool, async () => {
        const lines = await withFixture('missing-meta', (root) => convert(root).lines());
        assert.ok(
            lines.some((l) => /ApexClass PlanService is missing from the converted package/.test(l)),
            lines.join('\n')
        );
    });
});

describe('convert, its expectations', () => {
    it('expects a type for every non-empty metadata folder, custom objects and their child folders', async () => {
        const types = await withFixture('base', (root) => [...expectedTypes(path.join(root, BASE))].sort(), {
            [`${BASE}/objects/Account_Plan__c/validationRules/R.validationRule-meta.xml`]: () => '<ValidationRule/>\n',
            [`${BASE}/objects/Account_Plan__c/unknownChild/x.xml`]: () => '<X/>\n',
            [`${BASE}/unknownFolder/x.xml`]: () => '<X/>\n',
            [`${BASE}/pages/.keep`]: () => '\n'
        });
        assert.deepEqual(types, [
            'ApexClass',
            'ApexPage',
            'CompactLayout',
            'CustomApplication',
            'CustomField',
            'CustomLabels',
            'CustomObject',
            'CustomPermission',
            'CustomTab',
            'Dashboard',
            'FlexiPage',
            'LightningComponentBundle',
            'ListView',
            'PermissionSet',
            'Report',
            'ReportType',
            'ValidationRule'
        ]);
        assert.deepEqual([...expectedTypes('/no/such/folder')], []);
    });

    it('names the converter failure with its output', () => {
        const root = mkdtempSync(path.join(REPO, 'tmp', 'convert-empty-'));
        try {
            writeFileSync(
                path.join(root, 'sfdx-project.json'),
                JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }], sourceApiVersion: '65.0' })
            );
            const lines = convert(root).lines();
            assert.equal(lines.length, 1, lines.join('\n'));
            assert.match(lines[0], /^sfdx-project\.json:1: sf project convert source failed: \S/);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});
