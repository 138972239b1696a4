import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMetadata } from '../check-metadata.ts';
import { BASE, withFixture, type Edits } from './helpers.ts';

/**
 * The read-only object rule (field-policy.ts READ_ONLY_OBJECTS): the plan snapshots are written by the engine only,
 * so every persona set grants Read (Admin also View All) and nothing else, and every field read-only.
 * Fixture: the base project plus scripts/fixtures/snapshot-read-only (the snapshot object and one currency field
 * whose description lacks the engine sentence, so only the object rule can make it read-only).
 */
const SETS = ['Account_Planning_User', 'Account_Planning_Manager', 'Account_Planning_Admin'];
const setFile = (name: string): string => `${BASE}/permissionsets/${name}.permissionset-meta.xml`;

interface Grant {
    create?: boolean;
    viewAll?: boolean;
    fieldEditable?: boolean;
}

/** Adds the snapshot object and field grants to one permission set, optionally wrong. */
function grant(setName: string, g: Grant = {}): (text: string) => string {
    const viewAll = g.viewAll ?? setName === 'Account_Planning_Admin';
    return (text) =>
        text
            .replace(
                '    <hasActivationRequired>',
                `    <fieldPermissions>
        <editable>${g.fieldEditable ?? false}</editable>
        <field>Account_Plan_Snapshot__c.Won_Amount__c</field>
        <readable>true</readable>
    </fieldPermissions>
    <hasActivationRequired>`
            )
            .replace(
                '</PermissionSet>',
                `    <objectPermissions>
        <allowCreate>${g.create ?? false}</allowCreate>
        <allowDelete>false</allowDelete>
        <allowEdit>false</allowEdit>
        <allowRead>true</allowRead>
        <modifyAllRecords>false</modifyAllRecords>
        <object>Account_Plan_Snapshot__c</object>
        <viewAllRecords>${viewAll}</viewAllRecords>
    </objectPermissions>
</PermissionSet>`
            );
}

function grants(overrides: Record<string, Grant> = {}, skip: string[] = []): Edits {
    const edits: Edits = {};
    for (const name of SETS) if (!skip.includes(name)) edits[setFile(name)] = grant(name, overrides[name]);
    return edits;
}

async function problems(edits: Edits): Promise<string[]> {
    return withFixture('snapshot-read-only', (root) => checkMetadata(root).lines(), edits);
}

function assertFinds(lines: string[], pattern: RegExp): void {
    assert.ok(
        lines.some((l) => pattern.test(l)),
        `expected a finding matching ${pattern}, got:\n${lines.join('\n') || '(none)'}`
    );
}

describe('check:metadata read-only object rule (plan snapshots)', () => {
    it('passes when every persona reads the snapshots and nobody writes them', async () => {
        assert.deepEqual(await problems(grants()), []);
    });

    it('fails when a persona set lets users create snapshots', async () => {
        const lines = await problems(grants({ Account_Planning_User: { create: true } }));
        assertFinds(lines, /Account_Planning_User: Account_Plan_Snapshot__c allowCreate must be false/);
    });

    it('fails when a snapshot field is editable, even without the engine sentence', async () => {
        const lines = await problems(grants({ Account_Planning_Manager: { fieldEditable: true } }));
        assertFinds(lines, /Account_Plan_Snapshot__c\.Won_Amount__c must be read-only in Account_Planning_Manager/);
    });

    it('fails when the Admin set has no View All or a persona set forgets the object', async () => {
        const lines = await problems(grants({ Account_Planning_Admin: { viewAll: false } }, ['Account_Planning_User']));
        assertFinds(lines, /Account_Planning_Admin: Account_Plan_Snapshot__c viewAllRecords must be true/);
        assertFinds(lines, /Account_Planning_User has no object permissions for Account_Plan_Snapshot__c/);
    });
});
