/**
 * check:metadata's UI metadata rule (lib/metadata/ui-metadata.ts), in-process on the base fixture with a few edits:
 * which field tokens list views, layouts, search layouts and quick actions may write, what FlexiPages, tabs and apps
 * may name, and what passes. Findings are asserted as the whole lines a developer reads, in the gate's order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkUiMetadata } from '../lib/metadata/ui-metadata.ts';
import { BASE, replaceOnce, type Edits, ruleFindings } from './helpers.ts';

/** The findings of the rule on the base fixture with `edits`. */
const run = (edits: Edits = {}): Promise<string[]> => ruleFindings(checkUiMetadata, edits);

const add = (text: string) => (): string => text;
const PLAN = `${BASE}/objects/Account_Plan__c`;
const LIST_VIEW = `${PLAN}/listViews/All.listView-meta.xml`;
const PLAN_OBJECT = `${PLAN}/Account_Plan__c.object-meta.xml`;
const LAYOUT = `${BASE}/layouts/Account_Plan__c-Plan Layout.layout-meta.xml`;
const FP = `${BASE}/flexipages`;
const APP = `${BASE}/applications/Plans.app-meta.xml`;
const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('the files read: each metadata type by its file suffix', () => {
    it('a backup a merge tool leaves beside a file (*.orig) is not metadata, so it is not read', async () => {
        const found = await run({
            [`${LIST_VIEW}.orig`]: add('<ListView>\n    <columns>Statuz__c</columns>\n</ListView>\n'),
            [`${PLAN}/compactLayouts/Plan_Compact.compactLayout-meta.xml.orig`]: add(
                '<CompactLayout>\n    <fields>Statuz__c</fields>\n</CompactLayout>\n'
            ),
            [`${LAYOUT}.orig`]: add(
                '<Layout>\n    <layoutSections><layoutColumns><layoutItems><field>Statuz__c</field></layoutItems></layoutColumns></layoutSections>\n</Layout>\n'
            ),
            [`${BASE}/quickActions/Account_Plan__c.Add_Goal.quickAction-meta.xml.orig`]: add(
                '<QuickAction>\n    <lightningWebComponent>c:noSuchModal</lightningWebComponent>\n</QuickAction>\n'
            ),
            [`${FP}/Account_Plan_Record_Page.flexipage-meta.xml.orig`]: add(
                '<FlexiPage>\n    <sobjectType>Account_Plann__c</sobjectType>\n    <type>RecordPage</type>\n</FlexiPage>\n'
            ),
            [`${BASE}/tabs/Account_Plan__c.tab-meta.xml.orig`]: add(
                '<CustomTab>\n    <lwcComponent>noSuchTab</lwcComponent>\n</CustomTab>\n'
            ),
            [`${APP}.orig`]: add('<CustomApplication>\n    <tabs>No_Such_Tab</tabs>\n</CustomApplication>\n')
        });
        assert.deepEqual(found, []);
    });
});

describe('field tokens: upper-case standard columns as written, API names resolved', () => {
    it('accepts upper-case column tokens without __ (NAME, CORE.USERS.ALIAS) and resolves every other token', async () => {
        const found = await run({
            [LIST_VIEW]: replaceOnce(
                '    <columns>Won_Amount__c</columns>\n',
                [
                    '    <columns>Won_Amount__c</columns>',
                    '    <columns>CORE.USERS.ALIAS</columns>',
                    '    <columns>UPDATEDBY_USER.ALIAS</columns>',
                    '    <columns>Nme</columns>',
                    '    <columns>Status_2</columns>',
                    '    <columns>WON_AMOUT__C</columns>',
                    '    <columns>Accounts</columns>',
                    ''
                ].join('\n')
            )
        });
        assert.deepEqual(found, [
            `${LIST_VIEW}:10: list view on Account_Plan__c: unknown field 'Nme' on Account_Plan__c`,
            `${LIST_VIEW}:11: list view on Account_Plan__c: unknown field 'Status_2' on Account_Plan__c`,
            `${LIST_VIEW}:12: list view on Account_Plan__c: unknown field 'WON_AMOUT__C' on Account_Plan__c`,
            `${LIST_VIEW}:13: list view on Account_Plan__c: unknown field 'Accounts' on Account_Plan__c`
        ]);
    });

    it('reads a leading object name as the object of the field, and any other head as a relationship', async () => {
        const found = await run({
            [LIST_VIEW]: replaceOnce(
                '    <columns>Won_Amount__c</columns>\n',
                [
                    '    <columns>Won_Amount__c</columns>',
                    '    <columns>Account_Plan__c.Status__c</columns>',
                    '    <columns>Account.Name</columns>',
                    '    <columns>Account__r.Name</columns>',
                    '    <columns>Account_Plan__c.Statuz__c</columns>',
                    '    <columns>Account.Nme</columns>',
                    '    <columns>Account__r.Nme</columns>',
                    '    <columns>Acount__r.Name</columns>',
                    ''
                ].join('\n')
            )
        });
        assert.deepEqual(found, [
            `${LIST_VIEW}:11: list view on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c`,
            `${LIST_VIEW}:12: list view on Account_Plan__c: unknown field 'Nme' on Account`,
            `${LIST_VIEW}:13: list view on Account_Plan__c: unknown field 'Nme' on Account (in 'Account__r.Nme')`,
            `${LIST_VIEW}:14: list view on Account_Plan__c: unknown relationship 'Acount__r' on Account_Plan__c (in 'Acount__r.Name')`
        ]);
    });
});

describe('search layouts: every kind of field list is checked', () => {
    it('names an unknown field in each of the five search layout lists, at its line, list by list', async () => {
        const kinds = [
            'customTabListAdditionalFields',
            'lookupDialogsAdditionalFields',
            'lookupPhoneDialogsAdditionalFields',
            'searchFilterFields',
            'searchResultsAdditionalFields'
        ];
        const found = await run({
            [PLAN_OBJECT]: replaceOnce(
                '    <sharingModel>',
                lines(
                    '    <searchLayouts>',
                    ...kinds.flatMap((kind, i) => [
                        `        <${kind}>Status__c</${kind}>`,
                        `        <${kind}>Bad_${i}__c</${kind}>`
                    ]),
                    '    </searchLayouts>'
                ) + '    <sharingModel>'
            )
        });
        assert.deepEqual(found, [
            `${PLAN_OBJECT}:15: search layout on Account_Plan__c: unknown field 'Bad_0__c' on Account_Plan__c`,
            `${PLAN_OBJECT}:17: search layout on Account_Plan__c: unknown field 'Bad_1__c' on Account_Plan__c`,
            `${PLAN_OBJECT}:23: search layout on Account_Plan__c: unknown field 'Bad_4__c' on Account_Plan__c`,
            `${PLAN_OBJECT}:19: search layout on Account_Plan__c: unknown field 'Bad_2__c' on Account_Plan__c`,
            `${PLAN_OBJECT}:21: search layout on Account_Plan__c: unknown field 'Bad_3__c' on Account_Plan__c`
        ]);
    });

    it('accepts a compact layout assignment that names an existing compact layout', async () => {
        const found = await run({
            [PLAN_OBJECT]: replaceOnce(
                '    <deploymentStatus>',
                '    <compactLayoutAssignment>Plan_Compact</compactLayoutAssignment>\n    <deploymentStatus>'
            )
        });
        assert.deepEqual(found, []);
    });
});

describe('page layouts', () => {
    it('skips blank spaces, and reads a layout without an action list', async () => {
        const found = await run({
            [LAYOUT]: add(
                lines(
                    '<Layout>',
                    '    <layoutSections>',
                    '        <layoutColumns>',
                    '            <layoutItems><emptySpace>true</emptySpace></layoutItems>',
                    '            <layoutItems><field>Status__c</field></layoutItems>',
                    '            <layoutItems><emptySpace>true</emptySpace></layoutItems>',
                    '            <layoutItems><field>Statuz__c</field></layoutItems>',
                    '        </layoutColumns>',
                    '    </layoutSections>',
                    '</Layout>'
                )
            )
        });
        assert.deepEqual(found, [
            `${LAYOUT}:7: layout on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c`
        ]);
    });

    it('related lists: a missing lookup is named once, without judging its columns; columns may carry the child prefix', async () => {
        const found = await run({
            [LAYOUT]: add(
                lines(
                    '<Layout>',
                    '    <relatedLists>',
                    '        <fields>Statuz__c</fields>',
                    '        <relatedList>Account_Plan_Objective__c.Plan__c</relatedList>',
                    '    </relatedLists>',
                    '    <relatedLists>',
                    '        <fields>NAME</fields>',
                    '        <fields>Account_Plan_Objective__c.CREATED_DATE</fields>',
                    '        <fields>account_plan_objective__c.LAST_UPDATE</fields>',
                    '        <fields>Account_Plan_Objective__c.Due_Datez__c</fields>',
                    '        <relatedList>Account_Plan_Objective__c.Account_Plan__c</relatedList>',
                    '    </relatedLists>',
                    '</Layout>'
                )
            )
        });
        assert.deepEqual(found, [
            `${LAYOUT}:4: related list 'Account_Plan_Objective__c.Plan__c': Account_Plan_Objective__c.Plan__c does not exist`,
            `${LAYOUT}:10: related list Account_Plan_Objective__c.Account_Plan__c: unknown field 'Due_Datez__c' on Account_Plan_Objective__c`
        ]);
    });

    it('actions: only quick actions of objects the project has are looked up; buttons, feed actions and installed global actions are not', async () => {
        const action = (name: string, type: string): string =>
            `        <platformActionListItems><actionName>${name}</actionName><actionType>${type}</actionType></platformActionListItems>`;
        const found = await run({
            // an action the project defines, so quickActions/ exists and each action is looked up by its own file
            [`${BASE}/quickActions/Account_Plan__c.Open_Card.quickAction-meta.xml`]: add(
                '<QuickAction>\n    <label>Open Card</label>\n    <lightningWebComponent>c:planCard</lightningWebComponent>\n    <type>LightningWebComponent</type>\n</QuickAction>\n'
            ),
            [LAYOUT]: add(
                lines(
                    '<Layout>',
                    '    <platformActionList>',
                    action('Account_Plan__c.Submit_For_Review', 'CustomButton'),
                    action('FeedItem.TextPost', 'QuickAction'),
                    action('Account.Log_Call', 'QuickAction'),
                    action('Account_Goal__c.New_Goal', 'QuickAction'),
                    action('Account_Plan__c.Open_Card', 'QuickAction'),
                    // a global action of an installed package: its namespace prefix names no object
                    action('acme__createCase', 'QuickAction'),
                    '    </platformActionList>',
                    '</Layout>'
                )
            )
        });
        assert.deepEqual(found, [
            `${LAYOUT}:5: quick action 'Account.Log_Call' does not exist`,
            `${LAYOUT}:6: quick action 'Account_Goal__c.New_Goal' does not exist`
        ]);
    });
});

describe('quick actions', () => {
    it('a global action, an action on a standard object and one opening an existing component pass', async () => {
        const QA = `${BASE}/quickActions`;
        const found = await run({
            [`${QA}/New_Plan.quickAction-meta.xml`]: add(
                '<QuickAction>\n    <label>New Plan</label>\n    <type>Create</type>\n</QuickAction>\n'
            ),
            [`${QA}/Account.Log_Call.quickAction-meta.xml`]: add(
                lines(
                    '<QuickAction>',
                    '    <fieldOverrides><field>Name</field><formula>&quot;x&quot;</formula></fieldOverrides>',
                    '    <label>Log Call</label>',
                    '    <quickActionLayout>',
                    '        <quickActionLayoutColumns>',
                    '            <quickActionLayoutItems><field>Phone</field></quickActionLayoutItems>',
                    '            <quickActionLayoutItems><field>Fone</field></quickActionLayoutItems>',
                    '        </quickActionLayoutColumns>',
                    '    </quickActionLayout>',
                    '    <type>Update</type>',
                    '</QuickAction>'
                )
            ),
            [`${QA}/Account_Plan__c.Open_Card.quickAction-meta.xml`]: add(
                '<QuickAction>\n    <label>Open Card</label>\n    <lightningWebComponent>c:planCard</lightningWebComponent>\n    <type>LightningWebComponent</type>\n</QuickAction>\n'
            )
        });
        assert.deepEqual(found, [
            `${QA}/Account.Log_Call.quickAction-meta.xml:7: quick action on Account: unknown field 'Fone' on Account`
        ]);
    });
});

describe('FlexiPages', () => {
    const page = (type: string, items: string, sobject = ''): string =>
        lines(
            '<FlexiPage>',
            '    <flexiPageRegions>',
            items,
            '        <name>main</name>',
            '    </flexiPageRegions>',
            '    <masterLabel>P</masterLabel>',
            ...(sobject ? [`    <sobjectType>${sobject}</sobjectType>`] : []),
            `    <type>${type}</type>`,
            '</FlexiPage>'
        );
    const component = (name: string, props: string[] = [], rules: string[] = []): string =>
        [
            '        <itemInstances>',
            '            <componentInstance>',
            ...props.map(
                (p) => `                <componentInstanceProperties><name>${p}</name></componentInstanceProperties>`
            ),
            `                <componentName>${name}</componentName>`,
            ...(rules.length
                ? [
                      '                <visibilityRule>',
                      ...rules.map((r) => `                    <criteria><leftValue>${r}</leftValue></criteria>`),
                      '                </visibilityRule>'
                  ]
                : []),
            '            </componentInstance>',
            '        </itemInstances>'
        ].join('\n');
    const field = (item: string): string =>
        `        <itemInstances>\n            <fieldInstance><fieldItem>${item}</fieldItem></fieldInstance>\n        </itemInstances>`;

    it('each page type asks the LWC for its own target', async () => {
        const found = await run({
            [`${FP}/Plan_Home.flexipage-meta.xml`]: add(page('HomePage', component('c:planCard'))),
            [`${FP}/Plan_Bar.flexipage-meta.xml`]: add(page('UtilityBar', component('c:planCard')))
        });
        assert.deepEqual(found, [
            `${FP}/Plan_Bar.flexipage-meta.xml:5: component 'c:planCard' does not declare target lightning__UtilityBar for this UtilityBar`,
            `${FP}/Plan_Home.flexipage-meta.xml:5: component 'c:planCard' does not declare target lightning__HomePage for this HomePage`
        ]);
    });

    it('a page type without an LWC target (an Experience Builder page) checks properties only, naming the page type', async () => {
        const found = await run({
            [`${FP}/Plan_Site.flexipage-meta.xml`]: add(page('CommAppPage', component('c:planCard', ['title'])))
        });
        assert.deepEqual(found, [
            `${FP}/Plan_Site.flexipage-meta.xml:5: component 'c:planCard' has no property 'title' for CommAppPage in planCard.js-meta.xml`
        ]);
    });

    it('a record page of a standard object: its fields and visibility rules are resolved on it', async () => {
        const found = await run({
            [`${FP}/Account_Page.flexipage-meta.xml`]: add(
                page(
                    'RecordPage',
                    [
                        field('Record.Name'),
                        field('Record.Nme'),
                        component(
                            'force:highlightsPanel',
                            [],
                            [
                                '{!Record.Owner.Name}',
                                '{!Record.Industri}',
                                '{!$Permission.CustomPermission.Manage_Plans}'
                            ]
                        )
                    ].join('\n'),
                    'Account'
                )
            )
        });
        assert.deepEqual(found, [
            `${FP}/Account_Page.flexipage-meta.xml:7: field instance: unknown field 'Nme' on Account`,
            `${FP}/Account_Page.flexipage-meta.xml:14: visibility rule: unknown field 'Industri' on Account`
        ]);
    });

    it('a page without a record (an app page) resolves no Record fields', async () => {
        const found = await run({
            [`${FP}/Plan_App.flexipage-meta.xml`]: add(
                page(
                    'AppPage',
                    [
                        field('Record.Account.Nme'),
                        component('force:highlightsPanel', [], ['{!Record.Account.Nme}'])
                    ].join('\n')
                )
            )
        });
        assert.deepEqual(found, []);
    });

    it('component visibility rules follow relationships of the record', async () => {
        const found = await run({
            [`${FP}/Plan_Page.flexipage-meta.xml`]: add(
                page(
                    'RecordPage',
                    component('force:highlightsPanel', [], ['{!Record.Account__r.Nme}', '{!Record.Account__r.Name}']),
                    'Account_Plan__c'
                )
            )
        });
        assert.deepEqual(found, [
            `${FP}/Plan_Page.flexipage-meta.xml:7: visibility rule: unknown field 'Nme' on Account (in 'Account__r.Nme')`
        ]);
    });

    it('Aura components: either record page interface passes; home pages need availableForAllPageTypes', async () => {
        const found = await run({
            [`${FP}/Plan_Record.flexipage-meta.xml`]: add(
                page('RecordPage', component('c:planAllPages'), 'Account_Plan__c')
            ),
            [`${FP}/Plan_Home.flexipage-meta.xml`]: add(
                page('HomePage', [component('c:planRecordHome'), component('c:planPlain')].join('\n'))
            ),
            [`${BASE}/aura/planAllPages/planAllPages.cmp`]: add(
                '<aura:component controller="PlanService" implements="flexipage:availableForAllPageTypes" access="global"></aura:component>'
            ),
            [`${BASE}/aura/planRecordHome/planRecordHome.cmp`]: add(
                '<aura:component implements="flexipage:availableForRecordHome"></aura:component>'
            ),
            [`${BASE}/aura/planPlain/planPlain.cmp`]: add('<aura:component access="global"></aura:component>')
        });
        assert.deepEqual(found, [
            `${FP}/Plan_Home.flexipage-meta.xml:5: Aura component 'c:planRecordHome' does not implement flexipage:availableForAllPageTypes for this HomePage`,
            `${FP}/Plan_Home.flexipage-meta.xml:10: Aura component 'c:planPlain' does not implement flexipage:availableForAllPageTypes for this HomePage`
        ]);
    });
});

describe('tabs and apps', () => {
    it('a tab opening an existing FlexiPage or component and a utility bar that exists pass, in any case', async () => {
        const found = await run({
            [`${BASE}/tabs/Plan_Home.tab-meta.xml`]: add(
                '<CustomTab>\n    <flexiPage>Account_Plan_Record_Page</flexiPage>\n    <label>Plan Home</label>\n</CustomTab>\n'
            ),
            [`${BASE}/tabs/Plan_Board.tab-meta.xml`]: add(
                '<CustomTab>\n    <label>Plan Board</label>\n    <lwcComponent>PlanCard</lwcComponent>\n</CustomTab>\n'
            ),
            [APP]: replaceOnce(
                '    <uiType>',
                '    <tabs>plan_home</tabs>\n    <utilityBar>Account_Plan_Record_Page</utilityBar>\n    <uiType>'
            )
        });
        assert.deepEqual(found, []);
    });
});
