import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMetadata, main } from '../check-metadata.ts';
import { BASE, replaceOnce, withFixture, type Edits, printed } from './helpers.ts';
import { LENGTH_RULES, charCount, valuesAt } from '../lib/metadata/lengths.ts';

/** Runs check:metadata on a fixture and returns its `file:line: message` lines. */
async function problems(caseName: string, edits: Edits = {}): Promise<string[]> {
    return withFixture(caseName, (root) => checkMetadata(root).lines(), edits);
}

const PLAN = `${BASE}/objects/Account_Plan__c`;
const USER_SET = `${BASE}/permissionsets/Account_Planning_User.permissionset-meta.xml`;
const PAGE = `${BASE}/flexipages/Account_Plan_Record_Page.flexipage-meta.xml`;
const REPORT = `${BASE}/reports/PlanReports/Plans_By_Status.report-meta.xml`;

describe('check:metadata, its command line', () => {
    it('prints each problem and their count on stderr and exits 1', async (t) => {
        const out = printed(t);
        assert.equal(await withFixture('length-over-limit', (root) => main([root])), 1);
        assert.deepEqual(out.error, [
            `${BASE}/customPermissions/Manage_Plans.customPermission-meta.xml:3: <description> of Manage_Plans.customPermission-meta.xml is 256 characters; the limit is 255 (Object Reference: CustomPermission.Description)`,
            'check:metadata: 1 problem(s)'
        ]);
        assert.deepEqual(out.log, []);
    });

    it('prints OK and exits 0 on a clean tree, the tree named after any flag', async (t) => {
        const out = printed(t);
        assert.equal(await withFixture('base', (root) => main(['--verbose', root])), 0);
        assert.deepEqual(out.log, ['check:metadata: OK']);
        assert.deepEqual(out.error, []);
    });
});

describe('check:metadata', () => {
    it('passes on the valid base fixture', async () => {
        assert.deepEqual(await problems('base'), []);
    });

    it('fails when an Apex class has no -meta.xml', async () => {
        assert.deepEqual(await problems('missing-meta'), [
            `${BASE}/classes/PlanService.cls:1: missing PlanService.cls-meta.xml`
        ]);
    });

    it('fails when an LWC bundle has no TypeScript source or js-meta.xml', async () => {
        const lines = await problems('base', {
            [`${BASE}/lwc/planCard/planCard.js-meta.xml`]: () => null,
            [`${BASE}/lwc/planCard/planCard.ts`]: () => null
        });
        assert.deepEqual(lines, [
            `${BASE}/lwc/planCard:1: LWC 'planCard' has no planCard.js-meta.xml`,
            `${BASE}/lwc/planCard:1: LWC 'planCard' has no TypeScript source planCard.ts`,
            `${PAGE}:10: component 'c:planCard' is not exposed (isExposed false)`,
            `${PAGE}:10: component 'c:planCard' does not declare target lightning__RecordPage for this RecordPage`,
            `${PAGE}:7: component 'c:planCard' has no property 'title' for lightning__RecordPage in planCard.js-meta.xml`
        ]);
    });

    it('fails when a custom field has no description or help text', async () => {
        const lines = await problems('base', {
            [`${PLAN}/fields/Status__c.field-meta.xml`]: (t) =>
                t
                    .replace(/<description>.*<\/description>\n\s*/, '')
                    .replace(/<inlineHelpText>.*<\/inlineHelpText>\n\s*/, '')
        });
        assert.deepEqual(lines, [
            `${PLAN}/fields/Status__c.field-meta.xml:1: Account_Plan__c.Status__c has no <description>`,
            `${PLAN}/fields/Status__c.field-meta.xml:1: Account_Plan__c.Status__c has no <inlineHelpText>`
        ]);
    });

    it('fails when an engine-written field loses its contract sentence', async () => {
        const lines = await problems('base', {
            [`${PLAN}/fields/Won_Amount__c.field-meta.xml`]: replaceOnce(
                ' Written by the Account Planning engine; read-only.',
                ''
            )
        });
        assert.deepEqual(lines, [
            `${PLAN}/fields/Won_Amount__c.field-meta.xml:1: Account_Plan__c.Won_Amount__c is engine-written: its description must end with 'Written by the Account Planning engine; read-only.'`
        ]);
    });

    it('fails when a permission set forgets a new field', async () => {
        const lines = await problems('permset-forgets-field');
        assert.deepEqual(lines, [
            `${USER_SET}:1: Account_Planning_User forgets field Account_Plan__c.Risks__c (expected readable=true editable=true)`,
            `${BASE}/permissionsets/Account_Planning_Manager.permissionset-meta.xml:1: Account_Planning_Manager forgets field Account_Plan__c.Risks__c (expected readable=true editable=true)`,
            `${BASE}/permissionsets/Account_Planning_Admin.permissionset-meta.xml:1: Account_Planning_Admin forgets field Account_Plan__c.Risks__c (expected readable=true editable=true)`
        ]);
    });

    it('fails when a roll-up is editable in a permission set', async () => {
        const lines = await problems('base', {
            [USER_SET]: replaceOnce(
                '<editable>false</editable>\n        <field>Account_Plan__c.Won_Amount__c</field>',
                '<editable>true</editable>\n        <field>Account_Plan__c.Won_Amount__c</field>'
            )
        });
        assert.deepEqual(lines, [
            `${USER_SET}:26: Account_Plan__c.Won_Amount__c must be read-only in Account_Planning_User (contract field rule)`
        ]);
    });

    it('fails when a rep can edit manager review comments', async () => {
        const lines = await problems('base', {
            [USER_SET]: replaceOnce(
                '<editable>false</editable>\n        <field>Account_Plan__c.Manager_Review_Comments__c</field>',
                '<editable>true</editable>\n        <field>Account_Plan__c.Manager_Review_Comments__c</field>'
            )
        });
        assert.deepEqual(lines, [
            `${USER_SET}:16: Account_Plan__c.Manager_Review_Comments__c must be read-only in Account_Planning_User (contract field rule)`
        ]);
    });

    describe('the review history (Account_Plan_Review__c): managers create reviews, reps read them', () => {
        const SET = (name: string): string => `${BASE}/permissionsets/Account_Planning_${name}.permissionset-meta.xml`;
        /** Grants on the review object and its Comments__c field, inserted before the plan's object permissions. */
        function commentsGrant(editable: boolean): Edits[string] {
            return (t) =>
                t.replace(
                    '    <fieldPermissions>\n        <editable>false</editable>\n        <field>Account_Plan__c.Forecast__c</field>',
                    `    <fieldPermissions>\n        <editable>${editable}</editable>\n        <field>Account_Plan_Review__c.Comments__c</field>\n        <readable>true</readable>\n    </fieldPermissions>\n` +
                        '    <fieldPermissions>\n        <editable>false</editable>\n        <field>Account_Plan__c.Forecast__c</field>'
                );
        }
        function grant(create: boolean, edit: boolean, all: boolean, commentsEditable: boolean): Edits[string] {
            return (t) =>
                (commentsGrant(commentsEditable)(t) ?? '').replace(
                    '    <objectPermissions>',
                    `    <objectPermissions>\n        <allowCreate>${create}</allowCreate>\n        <allowDelete>${all}</allowDelete>\n        <allowEdit>${edit}</allowEdit>\n        <allowRead>true</allowRead>\n        <modifyAllRecords>${all}</modifyAllRecords>\n        <object>Account_Plan_Review__c</object>\n        <viewAllRecords>${all}</viewAllRecords>\n    </objectPermissions>\n    <objectPermissions>`
                );
        }
        const correct: Edits = {
            [SET('User')]: grant(false, false, false, false),
            [SET('Manager')]: grant(true, false, false, true),
            [SET('Admin')]: grant(true, true, true, true)
        };

        it('passes when reps read, managers create and admins manage reviews', async () => {
            assert.deepEqual(await problems('review-object', correct), []);
        });

        it('fails when a manager may edit reviews or a rep may create them', async () => {
            const lines = await problems('review-object', {
                ...correct,
                [SET('User')]: grant(true, false, false, false),
                [SET('Manager')]: grant(true, true, false, true)
            });
            assert.deepEqual(lines, [
                `${USER_SET}:52: Account_Planning_User: Account_Plan_Review__c allowCreate must be false`,
                `${BASE}/permissionsets/Account_Planning_Manager.permissionset-meta.xml:52: Account_Planning_Manager: Account_Plan_Review__c allowEdit must be false`
            ]);
        });

        it('fails when a rep may set a review field or a manager may not', async () => {
            const lines = await problems('review-object', {
                ...correct,
                [SET('User')]: grant(false, false, false, true),
                [SET('Manager')]: grant(true, false, false, false)
            });
            assert.deepEqual(lines, [
                `${USER_SET}:11: Account_Plan_Review__c.Comments__c must be read-only in Account_Planning_User (contract field rule)`,
                `${BASE}/permissionsets/Account_Planning_Manager.permissionset-meta.xml:11: Account_Plan_Review__c.Comments__c must be editable in Account_Planning_Manager (contract field rule)`
            ]);
        });

        it('fails when a persona set forgets the review object', async () => {
            const lines = await problems('review-object', { ...correct, [SET('Manager')]: commentsGrant(true) });
            assert.deepEqual(lines, [
                `${BASE}/permissionsets/Account_Planning_Manager.permissionset-meta.xml:1: Account_Planning_Manager has no object permissions for Account_Plan_Review__c`
            ]);
        });
    });

    it('fails when a permission set names a missing field, class or object access is wrong', async () => {
        const lines = await problems('base', {
            [USER_SET]: (t) =>
                t
                    .replace('<field>Account_Plan__c.Status__c</field>', '<field>Account_Plan__c.Statuz__c</field>')
                    .replace(
                        '<hasActivationRequired>',
                        '<classAccesses>\n        <apexClass>NoSuchClass</apexClass>\n        <enabled>true</enabled>\n    </classAccesses>\n    <hasActivationRequired>'
                    )
                    .replace('<viewAllRecords>false</viewAllRecords>', '<viewAllRecords>true</viewAllRecords>')
        });
        assert.deepEqual(lines, [
            `${USER_SET}:21: unknown field 'Account_Plan__c.Statuz__c'`,
            `${USER_SET}:40: unknown Apex class 'NoSuchClass'`,
            `${USER_SET}:1: Account_Planning_User forgets field Account_Plan__c.Status__c (expected readable=true editable=true)`,
            `${USER_SET}:51: Account_Planning_User: Account_Plan_Objective__c viewAllRecords must be false`
        ]);
    });

    it('fails when a FlexiPage names an unknown component', async () => {
        assert.deepEqual(await problems('flexipage-unknown-component'), [
            `${PAGE}:10: component 'c:noSuchComponent' does not exist (no LWC or Aura 'noSuchComponent')`
        ]);
    });

    it('accepts an Aura component on a record page when it implements flexipage:availableForRecordHome', async () => {
        const guard = `${BASE}/aura/planGuard/planGuard.cmp`;
        const page = (t: string) => t.replace('c:noSuchComponent', 'c:planGuard');
        const placed = await problems('flexipage-unknown-component', {
            [PAGE]: page,
            [guard]: () => '<aura:component implements="flexipage:availableForRecordHome"></aura:component>'
        });
        assert.deepEqual(placed, [
            `${PAGE}:7: Aura component 'c:planGuard' has no property 'title' (the check reads no design file)`
        ]);
        const notForRecordPages = await problems('flexipage-unknown-component', {
            [PAGE]: page,
            [guard]: () => '<aura:component implements="force:hasRecordId"></aura:component>'
        });
        assert.deepEqual(notForRecordPages, [
            `${PAGE}:10: Aura component 'c:planGuard' does not implement flexipage:availableForRecordHome for this RecordPage`,
            `${PAGE}:7: Aura component 'c:planGuard' has no property 'title' (the check reads no design file)`
        ]);
    });

    it('fails when a FlexiPage sets a property the component does not declare, or an unknown field', async () => {
        const lines = await problems('base', {
            [PAGE]: (t) =>
                t.replace('<name>title</name>', '<name>titel</name>').replace('Record.Status__c', 'Record.Statuz__c')
        });
        assert.deepEqual(lines, [
            `${PAGE}:7: component 'c:planCard' has no property 'titel' for lightning__RecordPage in planCard.js-meta.xml`,
            `${PAGE}:16: field instance: unknown field 'Statuz__c' on Account_Plan__c`
        ]);
    });

    it('fails when a list view or compact layout names an unknown field', async () => {
        const lines = await problems('base', {
            [`${PLAN}/listViews/All.listView-meta.xml`]: replaceOnce(
                '<columns>Won_Amount__c</columns>',
                '<columns>Won_Amout__c</columns>'
            ),
            [`${PLAN}/compactLayouts/Plan_Compact.compactLayout-meta.xml`]: replaceOnce(
                '<fields>Status__c</fields>',
                '<fields>Stage__c</fields>'
            )
        });
        assert.deepEqual(lines, [
            `${PLAN}/listViews/All.listView-meta.xml:7: list view on Account_Plan__c: unknown field 'Won_Amout__c' on Account_Plan__c`,
            `${PLAN}/compactLayouts/Plan_Compact.compactLayout-meta.xml:5: compact layout on Account_Plan__c: unknown field 'Stage__c' on Account_Plan__c`
        ]);
    });

    it('fails when code uses a custom label that does not exist', async () => {
        const lines = await problems('base', {
            [`${BASE}/classes/PlanService.cls`]: replaceOnce('Label.Plan_Title', 'System.Label.Plan_Titel'),
            [`${BASE}/lwc/planCard/planCard.ts`]: replaceOnce('c.Plan_Title', 'c.Plan_Heading')
        });
        assert.deepEqual(lines, [
            `${BASE}/classes/PlanService.cls:43: custom label 'Plan_Titel' does not exist`,
            `${BASE}/lwc/planCard/planCard.ts:5: custom label 'Plan_Heading' does not exist`
        ]);
    });

    it('fails when sample data names an unknown field or child relationship', async () => {
        const lines = await problems('base', {
            'data/Account_Plan__c.json': (t) =>
                t.replace('"Status__c"', '"Statuz__c"').replace('"Objectives__r"', '"Objectivez__r"')
        });
        assert.deepEqual(lines, [
            "data/Account_Plan__c.json:7: unknown field 'Statuz__c' on Account_Plan__c",
            "data/Account_Plan__c.json:8: unknown child relationship 'Objectivez__r' on Account_Plan__c"
        ]);
    });

    it('fails when a report names a column its report type does not offer', async () => {
        const lines = await problems('base', {
            [REPORT]: replaceOnce(
                '<field>Account_Plan__c$Name</field>',
                '<field>Account_Plan__c$Lost_Amount__c</field>'
            )
        });
        assert.deepEqual(lines, [
            `${REPORT}:15: column 'Account_Plan__c$Lost_Amount__c' is not a column of report type Plans_with_Objectives`
        ]);
    });

    it('fails when a report cross filter names a field its related object does not have', async () => {
        const crossFilter = [
            '<crossFilters>',
            '        <criteriaItems>',
            '            <column>Statuz__c</column>',
            '            <columnToColumn>false</columnToColumn>',
            '            <isUnlocked>true</isUnlocked>',
            '            <operator>equals</operator>',
            '            <value>Active</value>',
            '        </criteriaItems>',
            '        <operation>without</operation>',
            '        <primaryTableColumn>Account_Plan__c$Id</primaryTableColumn>',
            '        <relatedTable>Account_Plan_Objective__c</relatedTable>',
            '        <relatedTableJoinColumn>Account_Plan__c</relatedTableJoinColumn>',
            '    </crossFilters>',
            '    <filter>'
        ].join('\n');
        const lines = await problems('base', { [REPORT]: replaceOnce('<filter>', crossFilter) });
        assert.deepEqual(lines, [
            `${REPORT}:26: cross filter column 'Account_Plan_Objective__c.Statuz__c' does not exist`
        ]);
    });

    it('fails when a report names a missing report type or a report type column names a missing field', async () => {
        const lines = await problems('base', {
            [REPORT]: replaceOnce(
                '<reportType>Plans_with_Objectives__c</reportType>',
                '<reportType>Plans_and_Things__c</reportType>'
            ),
            [`${BASE}/reportTypes/Plans_with_Objectives.reportType-meta.xml`]: replaceOnce(
                '<field>Due_Date__c</field>',
                '<field>Due__c</field>'
            )
        });
        assert.deepEqual(lines, [
            `${BASE}/reportTypes/Plans_with_Objectives.reportType-meta.xml:43: report type column Account_Plan__c.Objectives__r.Due__c: unknown field 'Due__c' on Account_Plan_Objective__c`,
            `${REPORT}:40: report type 'Plans_and_Things__c' does not exist (no reportTypes/Plans_and_Things.reportType-meta.xml)`
        ]);
    });

    it('fails when a dashboard names an unknown report or an invalid chart type', async () => {
        const lines = await problems('base', {
            [`${BASE}/dashboards/PlanDashboards/Plan_Overview.dashboard-meta.xml`]: (t) =>
                t
                    .replace(
                        '<report>PlanReports/Plans_By_Status</report>',
                        '<report>PlanReports/No_Such_Report</report>'
                    )
                    .replace('<componentType>Metric</componentType>', '<componentType>Pyramid</componentType>')
        });
        assert.deepEqual(lines, [
            `${BASE}/dashboards/PlanDashboards/Plan_Overview.dashboard-meta.xml:13: dashboard component names report 'PlanReports/No_Such_Report', which does not exist`,
            `${BASE}/dashboards/PlanDashboards/Plan_Overview.dashboard-meta.xml:20: unknown dashboard component type 'Pyramid'`
        ]);
    });

    it('fails when a formula names an unknown field', async () => {
        const lines = await problems('base', {
            [`${PLAN}/fields/Forecast__c.field-meta.xml`]: replaceOnce(
                'BLANKVALUE(Won_Amount__c, 0)',
                'BLANKVALUE(Won_Amount__c, 0) + Weighted_Pipeline__c'
            )
        });
        assert.deepEqual(lines, [
            `${PLAN}/fields/Forecast__c.field-meta.xml:5: formula on Account_Plan__c: unknown field 'Weighted_Pipeline__c' on Account_Plan__c`
        ]);
    });

    it('fails when a text is longer than its Metadata API limit (one finding per element, naming the limit)', async () => {
        const over = (n: number): string => 'a'.repeat(n);
        const lines = await problems('length-over-limit', {
            [`${PLAN}/fields/Status__c.field-meta.xml`]: (t) =>
                t
                    .replace('<label>Status</label>', `<label>${over(41)}</label>`)
                    .replace(
                        '<inlineHelpText>Draft, Active, Closed or Cancelled.</inlineHelpText>',
                        `<inlineHelpText>${over(511)}</inlineHelpText>`
                    )
                    .replace(
                        '<description>Lifecycle status of the plan.</description>',
                        `<description>${over(1001)}</description>`
                    ),
            [USER_SET]: replaceOnce(
                '<description>Account_Planning_User fixture.</description>',
                `<description>${over(256)}</description>`
            ),
            [`${BASE}/labels/CustomLabels.labels-meta.xml`]: (t) =>
                t
                    .replace('<value>Account Plans</value>', `<value>${over(1001)}</value>`)
                    .replace(
                        '<shortDescription>Plan list title</shortDescription>',
                        `<shortDescription>${over(81)}</shortDescription>`
                    ),
            [REPORT]: replaceOnce('<name>Plans by Status</name>', `<name>${over(41)}</name>`),
            [`${PLAN}/listViews/All.listView-meta.xml`]: replaceOnce(
                '<label>All Plans</label>',
                `<label>${over(41)}</label>`
            )
        });
        assert.deepEqual(lines, [
            `${BASE}/customPermissions/Manage_Plans.customPermission-meta.xml:3: <description> of Manage_Plans.customPermission-meta.xml is 256 characters; the limit is 255 (Object Reference: CustomPermission.Description)`,
            `${BASE}/labels/CustomLabels.labels-meta.xml:9: <labels.value> of CustomLabels.labels-meta.xml is 1001 characters; the limit is 1000 (Metadata API: CustomLabels (value))`,
            `${BASE}/labels/CustomLabels.labels-meta.xml:8: <labels.shortDescription> of CustomLabels.labels-meta.xml is 81 characters; the limit is 80 (Metadata API: CustomLabels (shortDescription))`,
            `${PLAN}/fields/Status__c.field-meta.xml:6: <label> of Status__c.field-meta.xml is 41 characters; the limit is 40 (Metadata API: CustomField)`,
            `${PLAN}/fields/Status__c.field-meta.xml:4: <description> of Status__c.field-meta.xml is 1001 characters; the limit is 1000 (Metadata API: CustomField)`,
            `${PLAN}/fields/Status__c.field-meta.xml:5: <inlineHelpText> of Status__c.field-meta.xml is 511 characters; the limit is 510 (Metadata API: CustomField)`,
            `${PLAN}/listViews/All.listView-meta.xml:9: <label> of All.listView-meta.xml is 41 characters; the limit is 40 (Metadata API: ListView)`,
            `${USER_SET}:3: <description> of Account_Planning_User.permissionset-meta.xml is 256 characters; the limit is 255 (Metadata API: PermissionSet (description); Object Reference: PermissionSet.Description)`,
            `${REPORT}:39: <name> of Plans_By_Status.report-meta.xml is 41 characters; the limit is 40 (Metadata API: Report (name))`
        ]);
    });

    it('accepts texts exactly at their limit, counting characters (not bytes or UTF-16 units) after XML entities', async () => {
        const lines = await problems('base', {
            [USER_SET]: replaceOnce(
                '<description>Account_Planning_User fixture.</description>',
                `<description>${'é'.repeat(250)}&apos;&amp;😀🚀x</description>`
            ),
            [`${PLAN}/fields/Status__c.field-meta.xml`]: replaceOnce(
                '<label>Status</label>',
                `<label>${'b'.repeat(40)}</label>`
            )
        });
        assert.deepEqual(lines, []);
        assert.equal(charCount('😀é'), 2, 'an emoji is one character');
    });

    it('reads repeated and nested elements for the length rules', () => {
        const root = {
            labels: [{ value: 'a' }, { value: 'bb' }],
            valueSet: { valueSetDefinition: { value: { label: 'c' } } }
        };
        assert.deepEqual(valuesAt(root, 'labels[].value'), ['a', 'bb']);
        assert.deepEqual(valuesAt(root, 'valueSet.valueSetDefinition.value[].label'), ['c']);
        assert.deepEqual(valuesAt(root, 'missing.path'), []);
        const limits = Object.fromEntries(LENGTH_RULES.map((r) => [`${r.suffix} ${r.element}`, r.limit]));
        // the limits the deploy enforces on this package today (contract and Metadata API reference)
        assert.equal(limits['.permissionset-meta.xml description'], 255);
        assert.equal(limits['.customPermission-meta.xml description'], 255);
        assert.equal(limits['.field-meta.xml label'], 40);
        assert.equal(limits['.field-meta.xml inlineHelpText'], 510);
        assert.equal(limits['.field-meta.xml description'], 1000);
        assert.equal(limits['.labels-meta.xml labels[].value'], 1000);
        assert.equal(limits['.labels-meta.xml labels[].shortDescription'], 80);
        assert.ok(
            LENGTH_RULES.every((r) => r.source.length > 10),
            'every limit names its source'
        );
    });
});
