/**
 * check:metadata's permission-set rule (scripts/lib/metadata/permission-sets.ts), in-process on the base fixture with
 * one edit: which files are permission sets, which objects and Visualforce pages a set may name, and how an object
 * permission's flags are read. The persona rules themselves are asserted case by case in metadata-rules.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPermissionSets } from '../lib/metadata/permission-sets.ts';
import { BASE, replaceOnce, type Edits, ruleFindings } from './helpers.ts';

/** The findings of the rule on the base fixture with `edits`. */
const run = (edits: Edits = {}): Promise<string[]> => ruleFindings(checkPermissionSets, edits);

const add = (text: string) => (): string => text;
const SETS = `${BASE}/permissionsets`;
const USER = `${SETS}/Account_Planning_User.permissionset-meta.xml`;
const ADMIN = `${SETS}/Account_Planning_Admin.permissionset-meta.xml`;
const insertBefore = (anchor: string, text: string) => replaceOnce(anchor, `${text}${anchor}`);
const objectPermissions = (object: string, flags: Record<string, boolean>): string =>
    [
        '    <objectPermissions>',
        ...Object.entries(flags).map(([flag, value]) => `        <${flag}>${value}</${flag}>`),
        `        <object>${object}</object>`,
        '    </objectPermissions>',
        ''
    ].join('\n');

describe('permission set files', () => {
    it('reads only .permissionset-meta.xml files (not a backup left beside one)', async () => {
        const lines = await run({
            [`${USER}.orig`]: add(
                `<PermissionSet>\n${objectPermissions('Account_Plan_Goal__c', { allowRead: true })}</PermissionSet>\n`
            )
        });
        assert.deepEqual(lines, []);
    });
});

describe('objects a permission set may name', () => {
    it('a standard object, or a custom object the project defines; not one whose folder lacks its object-meta.xml', async () => {
        const lines = await run({
            [`${BASE}/objects/Partner_Plan__c/fields/Tier__c.field-meta.xml`]: add(
                // required: no field permission is expected for it
                '<CustomField>\n    <fullName>Tier__c</fullName>\n    <required>true</required>\n    <type>Text</type>\n</CustomField>\n'
            ),
            [USER]: insertBefore(
                '    <objectPermissions>',
                objectPermissions('Account', { allowRead: true }) +
                    objectPermissions('Partner_Plan__c', { allowRead: true })
            )
        });
        assert.deepEqual(lines, [`${USER}:47: unknown object 'Partner_Plan__c'`]);
    });
});

describe('Visualforce pages a permission set may name', () => {
    it('a page must have its .page file in pages/', async () => {
        const page = (name: string): string =>
            `    <pageAccesses>\n        <apexPage>${name}</apexPage>\n        <enabled>true</enabled>\n    </pageAccesses>\n`;
        const lines = await run({
            [`${BASE}/pages/PlanPdf.page`]: add('<apex:page>Plan</apex:page>\n'),
            [ADMIN]: insertBefore('    <tabSettings>', page('PlanPdf') + page('PlanPrint'))
        });
        assert.deepEqual(lines, [`${ADMIN}:76: unknown Visualforce page 'PlanPrint'`]);
    });
});

describe('object permission flags', () => {
    const PLAN_FLAGS =
        '        <allowCreate>true</allowCreate>\n        <allowDelete>true</allowDelete>\n        <allowEdit>true</allowEdit>\n        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n        <object>Account_Plan__c</object>\n        <viewAllRecords>false</viewAllRecords>\n';

    it('a flag left out counts as false', async () => {
        const lines = await run({
            [USER]: replaceOnce(
                PLAN_FLAGS,
                '        <allowCreate>true</allowCreate>\n        <allowEdit>true</allowEdit>\n        <allowRead>true</allowRead>\n        <object>Account_Plan__c</object>\n'
            )
        });
        assert.deepEqual(lines, [`${USER}:54: Account_Planning_User: Account_Plan__c allowDelete must be true`]);
    });
});
