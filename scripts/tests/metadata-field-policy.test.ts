/**
 * The contract's persona policy (lib/metadata/field-policy.ts) as the permission set rule applies it: which Apex
 * classes each persona set must grant, which objects each must list, and the access flags each must set on every kind
 * of object (package, read-only history, manager-written reviews, the admin-only log). Findings are asserted as the
 * messages a developer reads, in the gate's order. The field lists are asserted entry by entry in
 * metadata-rules.test.ts and policy-units.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Findings } from '../lib/diagnostics.ts';
import { MetadataIndex } from '../lib/metadata-index.ts';
import type { FieldInfo } from '../lib/metadata-index.ts';
import { MANAGER_SENTENCE, isManagerField } from '../lib/metadata/field-policy.ts';
import { checkPermissionSets } from '../lib/metadata/permission-sets.ts';
import { BASE, withFixture, type Edits } from './helpers.ts';

const USER = 'Account_Planning_User';
const MANAGER = 'Account_Planning_Manager';
const ADMIN = 'Account_Planning_Admin';
const setFile = (name: string): string => `${BASE}/permissionsets/${name}.permissionset-meta.xml`;

/** The permission set findings on the base fixture with `edits`, as messages (without file and line). */
function messages(edits: Edits): Promise<string[]> {
    return withFixture(
        'base',
        (root) => {
            const findings = new Findings(root);
            checkPermissionSets(new MetadataIndex(root), findings);
            return findings.lines().map((line) => line.replace(/^[^:]+:\d+: /, ''));
        },
        edits
    );
}

const add = (text: string) => (): string => text;

describe('Apex classes: each persona set must grant the controllers its persona runs', () => {
    const ALL = [
        'AccountPlanWorkspaceController',
        'AccountPlanCardController',
        'PlanningHomeController',
        'CarryForwardController',
        'CarryForwardAccountPlansAction',
        'PlanReviewController',
        'PlanningSetupController',
        'PlanPageSettingsController',
        'RecalculateAccountPlansAction',
        'AccountPlanRecalculationBatch',
        'SnapshotSettingsController',
        'CarryForwardBatch'
    ];

    it('names every class a set does not grant, once the class exists', async () => {
        const edits: Edits = {};
        for (const name of ALL) edits[`${BASE}/classes/${name}.cls`] = add(`public with sharing class ${name} {}\n`);
        const rep = ALL.slice(0, 5);
        const must = (set: string, classes: string[]): string[] =>
            classes.map((c) => `${set} must grant Apex class '${c}'`);
        assert.deepEqual(await messages(edits), [
            ...must(USER, rep),
            ...must(MANAGER, [...rep, 'PlanReviewController']),
            ...must(ADMIN, ALL)
        ]);
    });
});

describe('object access per persona: every kind of object, every flag', () => {
    const PACKAGE = [
        'Account_Plan__c',
        'Account_Plan_Objective__c',
        'Account_Plan_Stakeholder__c',
        'Account_Plan_Partner_Role__c',
        'Account_Plan_White_Space__c'
    ];
    const SNAPSHOT = 'Account_Plan_Snapshot__c';
    const REVIEW = 'Account_Plan_Review__c';
    const LOG = 'Account_Planning_Log__c';
    const OBJECTS = [...PACKAGE, SNAPSHOT, REVIEW, LOG];
    const FLAGS = ['allowCreate', 'allowRead', 'allowEdit', 'allowDelete', 'viewAllRecords', 'modifyAllRecords'];

    /** Every object defined, and every persona set granting every flag `value` on every one of them. */
    function grantingAll(value: boolean): Edits {
        const edits: Edits = {};
        for (const object of OBJECTS.slice(2)) {
            edits[`${BASE}/objects/${object}/${object}.object-meta.xml`] = add(
                `<CustomObject>\n    <label>${object}</label>\n</CustomObject>\n`
            );
        }
        const permissions = OBJECTS.map(
            (object) =>
                `    <objectPermissions>\n${FLAGS.map((f) => `        <${f}>${value}</${f}>\n`).join('')}        <object>${object}</object>\n    </objectPermissions>\n`
        ).join('');
        for (const set of [USER, MANAGER, ADMIN]) {
            edits[setFile(set)] = (text) =>
                text
                    .replace(/ {4}<objectPermissions>[\s\S]*?<\/objectPermissions>\n/g, '')
                    .replace('</PermissionSet>', `${permissions}</PermissionSet>`);
        }
        return edits;
    }
    const must = (set: string, object: string, flags: string[], value: boolean): string[] =>
        flags.map((flag) => `${set}: ${object} ${flag} must be ${value}`);
    const CRUD = FLAGS.slice(0, 4);

    it('with nothing granted: the flags each persona must have', async () => {
        assert.deepEqual(await messages(grantingAll(false)), [
            ...PACKAGE.flatMap((object) => must(USER, object, CRUD, true)),
            ...must(USER, SNAPSHOT, ['allowRead'], true),
            ...must(USER, REVIEW, ['allowRead'], true),
            ...PACKAGE.flatMap((object) => must(MANAGER, object, CRUD, true)),
            ...must(MANAGER, SNAPSHOT, ['allowRead'], true),
            ...must(MANAGER, REVIEW, ['allowCreate', 'allowRead'], true),
            ...PACKAGE.flatMap((object) => must(ADMIN, object, FLAGS, true)),
            ...must(ADMIN, SNAPSHOT, ['allowRead', 'viewAllRecords'], true),
            ...must(ADMIN, REVIEW, FLAGS, true),
            ...must(ADMIN, LOG, ['allowRead', 'allowDelete', 'viewAllRecords'], true)
        ]);
    });

    it('with everything granted: the flags each persona must not have, and the log for admins only', async () => {
        const history = ['allowCreate', 'allowEdit', 'allowDelete', 'viewAllRecords', 'modifyAllRecords'];
        assert.deepEqual(await messages(grantingAll(true)), [
            `${LOG} is admin-only: ${USER} must not grant it`,
            ...PACKAGE.flatMap((object) => must(USER, object, ['viewAllRecords', 'modifyAllRecords'], false)),
            ...must(USER, SNAPSHOT, history, false),
            ...must(USER, REVIEW, history, false),
            `${LOG} is admin-only: ${MANAGER} must not grant it`,
            ...PACKAGE.flatMap((object) => must(MANAGER, object, ['viewAllRecords', 'modifyAllRecords'], false)),
            ...must(MANAGER, SNAPSHOT, history, false),
            ...must(MANAGER, REVIEW, ['allowEdit', 'allowDelete', 'viewAllRecords', 'modifyAllRecords'], false),
            ...must(ADMIN, SNAPSHOT, ['allowCreate', 'allowEdit', 'allowDelete', 'modifyAllRecords'], false),
            ...must(ADMIN, LOG, ['allowCreate', 'allowEdit', 'modifyAllRecords'], false)
        ]);
    });
});

describe('manager-only fields', () => {
    it('the contract sentence may be followed by white space, as an editor leaves it', () => {
        const f: FieldInfo = {
            name: 'Coaching_Notes__c',
            object: 'Account_Plan__c',
            type: 'LongTextArea',
            custom: true,
            required: false,
            formula: false,
            description: `Coaching notes. ${MANAGER_SENTENCE}\n`,
            inlineHelpText: '',
            referenceTo: [],
            relationshipName: ''
        };
        assert.equal(isManagerField(f), true);
    });
});
