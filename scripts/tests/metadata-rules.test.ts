/**
 * One failing fixture per permission-set rule and per metadata cross-reference kind of check:metadata: each case
 * edits the valid base fixture in one place and expects exactly the findings it causes, each as the whole line the
 * developer reads, in the gate's order. The field lists of the contract (field-policy.ts) are asserted entry by
 * entry, so none can be dropped unnoticed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkMetadata } from '../check-metadata.ts';
import type { FieldInfo } from '../lib/metadata-index.ts';
import {
    ADMIN_SET,
    ENGINE_FIELDS,
    MANAGER_AND_ADMIN_EDIT,
    MANAGER_FIELDS,
    MANAGER_SET,
    USER_SET,
    expectedEditable,
    isListedEngineField,
    isListedManagerField
} from '../lib/metadata/field-policy.ts';
import { BASE, replaceOnce, withFixture, type Edits } from './helpers.ts';

const SETS = `${BASE}/permissionsets`;
const USER = `${SETS}/Account_Planning_User.permissionset-meta.xml`;
const MANAGER = `${SETS}/Account_Planning_Manager.permissionset-meta.xml`;
const ADMIN = `${SETS}/Account_Planning_Admin.permissionset-meta.xml`;
const PLAN = `${BASE}/objects/Account_Plan__c`;
const PAGE = `${BASE}/flexipages/Account_Plan_Record_Page.flexipage-meta.xml`;
const REPORT = `${BASE}/reports/PlanReports/Plans_By_Status.report-meta.xml`;
const REPORT_TYPE = `${BASE}/reportTypes/Plans_with_Objectives.reportType-meta.xml`;
const DASHBOARD = `${BASE}/dashboards/PlanDashboards/Plan_Overview.dashboard-meta.xml`;
const APP = `${BASE}/applications/Plans.app-meta.xml`;
const TAB = `${BASE}/tabs/Account_Plan__c.tab-meta.xml`;

const add = (text: string) => (): string => text;
const insertBefore = (anchor: string, text: string) => replaceOnce(anchor, `${text}${anchor}`);
const xml = (root: string, body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://soap.sforce.com/2006/04/metadata">\n${body}\n</${root}>\n`;
const grant = (element: string, body: string): string => `    <${element}>\n${body}\n    </${element}>\n`;

interface Case {
    name: string;
    edits: Edits;
    /** every finding, in the gate's order: the whole line, or a pattern where the text is not ours */
    expect: Array<string | RegExp>;
}

const PERMISSION_SET_CASES: Case[] = [
    {
        name: 'unknown object',
        edits: {
            [USER]: replaceOnce('<object>Account_Plan_Objective__c</object>', '<object>Account_Plan_Goal__c</object>')
        },
        expect: [
            `${USER}:47: unknown object 'Account_Plan_Goal__c'`,
            `${USER}:1: Account_Planning_User has no object permissions for Account_Plan_Objective__c`
        ]
    },
    {
        name: 'unknown field',
        edits: {
            [USER]: replaceOnce('<field>Account_Plan__c.Status__c</field>', '<field>Account_Plan__c.Statuz__c</field>')
        },
        expect: [
            `${USER}:21: unknown field 'Account_Plan__c.Statuz__c'`,
            `${USER}:1: Account_Planning_User forgets field Account_Plan__c.Status__c (expected readable=true editable=true)`
        ]
    },
    {
        name: 'field permission on a required or master-detail field',
        edits: {
            [USER]: insertBefore(
                '    <fieldPermissions>',
                grant(
                    'fieldPermissions',
                    '        <editable>false</editable>\n        <field>Account_Plan_Objective__c.Account_Plan__c</field>\n        <readable>true</readable>'
                )
            )
        },
        expect: [
            `${USER}:6: 'Account_Plan_Objective__c.Account_Plan__c' is required or master-detail: it cannot carry field permissions`
        ]
    },
    {
        name: 'unknown Apex class',
        edits: {
            [USER]: insertBefore(
                '    <description>',
                grant('classAccesses', '        <apexClass>NoSuchClass</apexClass>\n        <enabled>true</enabled>')
            )
        },
        expect: [`${USER}:4: unknown Apex class 'NoSuchClass'`]
    },
    {
        name: 'unknown tab',
        edits: { [ADMIN]: replaceOnce('<tab>Account_Plan__c</tab>', '<tab>Account_Goal__c</tab>') },
        expect: [`${ADMIN}:72: unknown tab 'Account_Goal__c'`]
    },
    {
        name: 'unknown application',
        edits: { [ADMIN]: replaceOnce('<application>Plans</application>', '<application>Planz</application>') },
        expect: [`${ADMIN}:4: unknown application 'Planz'`]
    },
    {
        name: 'unknown custom permission',
        edits: { [ADMIN]: replaceOnce('<name>Manage_Plans</name>', '<name>Manage_Plan</name>') },
        expect: [`${ADMIN}:13: unknown custom permission 'Manage_Plan'`]
    },
    {
        name: 'unknown custom metadata type',
        edits: { [ADMIN]: replaceOnce('<name>Plan_Setting__mdt</name>', '<name>Plan_Settings__mdt</name>') },
        expect: [`${ADMIN}:9: unknown custom metadata type 'Plan_Settings__mdt'`]
    },
    {
        name: 'unknown Visualforce page',
        edits: {
            [ADMIN]: insertBefore(
                '    <tabSettings>',
                grant('pageAccesses', '        <apexPage>PlanPdf</apexPage>\n        <enabled>true</enabled>')
            )
        },
        expect: [`${ADMIN}:72: unknown Visualforce page 'PlanPdf'`]
    },
    {
        name: 'a persona set is missing',
        edits: { [MANAGER]: () => null },
        expect: [`${SETS}:1: permission set 'Account_Planning_Manager' is missing`]
    },
    {
        name: 'a persona set does not grant its controller',
        edits: {
            [`${BASE}/classes/AccountPlanCardController.cls`]: add(
                "public with sharing class AccountPlanCardController {\n    @AuraEnabled(cacheable=true)\n    public static String name() {\n        return 'x';\n    }\n}\n"
            ),
            [`${BASE}/classes/AccountPlanCardController.cls-meta.xml`]: add(
                xml('ApexClass', '    <apiVersion>65.0</apiVersion>\n    <status>Active</status>')
            )
        },
        expect: [
            `${USER}:1: Account_Planning_User must grant Apex class 'AccountPlanCardController'`,
            `${MANAGER}:1: Account_Planning_Manager must grant Apex class 'AccountPlanCardController'`,
            `${ADMIN}:1: Account_Planning_Admin must grant Apex class 'AccountPlanCardController'`
        ]
    },
    {
        name: 'a field is forgotten',
        edits: {
            [USER]: replaceOnce(
                '    <fieldPermissions>\n        <editable>true</editable>\n        <field>Account_Plan__c.Status__c</field>\n        <readable>true</readable>\n    </fieldPermissions>\n',
                ''
            )
        },
        expect: [
            `${USER}:1: Account_Planning_User forgets field Account_Plan__c.Status__c (expected readable=true editable=true)`
        ]
    },
    {
        name: 'a field is not readable',
        edits: {
            [MANAGER]: replaceOnce(
                '<field>Account_Plan__c.Status__c</field>\n        <readable>true</readable>',
                '<field>Account_Plan__c.Status__c</field>\n        <readable>false</readable>'
            )
        },
        expect: [`${MANAGER}:21: Account_Plan__c.Status__c must be readable in Account_Planning_Manager`]
    },
    {
        name: 'an editable field is read-only',
        edits: {
            [ADMIN]: replaceOnce(
                '<editable>true</editable>\n        <field>Account_Plan__c.Status__c</field>',
                '<editable>false</editable>\n        <field>Account_Plan__c.Status__c</field>'
            )
        },
        expect: [
            `${ADMIN}:33: Account_Plan__c.Status__c must be editable in Account_Planning_Admin (contract field rule)`
        ]
    },
    {
        name: 'a formula is editable',
        edits: {
            [MANAGER]: replaceOnce(
                '<editable>false</editable>\n        <field>Account_Plan__c.Forecast__c</field>',
                '<editable>true</editable>\n        <field>Account_Plan__c.Forecast__c</field>'
            )
        },
        expect: [
            `${MANAGER}:11: Account_Plan__c.Forecast__c must be read-only in Account_Planning_Manager (contract field rule)`
        ]
    },
    {
        name: 'a rep may edit the key account flag (managers and admins only)',
        edits: {
            [USER]: replaceOnce(
                '<editable>false</editable>\n        <field>Account.Key_Account__c</field>',
                '<editable>true</editable>\n        <field>Account.Key_Account__c</field>'
            )
        },
        expect: [`${USER}:6: Account.Key_Account__c must be read-only in Account_Planning_User (contract field rule)`]
    },
    {
        name: 'object access flag differs from the persona',
        edits: {
            [USER]: replaceOnce(
                '<modifyAllRecords>false</modifyAllRecords>',
                '<modifyAllRecords>true</modifyAllRecords>'
            )
        },
        expect: [`${USER}:47: Account_Planning_User: Account_Plan_Objective__c modifyAllRecords must be false`]
    },
    {
        name: 'no object permissions for a package object',
        edits: {
            [ADMIN]: (t) =>
                t.replace(
                    /    <objectPermissions>\n(?:(?!<\/objectPermissions>)[\s\S])*<object>Account_Plan_Objective__c<\/object>[\s\S]*?<\/objectPermissions>\n/,
                    ''
                )
        },
        expect: [`${ADMIN}:1: Account_Planning_Admin has no object permissions for Account_Plan_Objective__c`]
    }
];

const LOG_OBJECT = `${BASE}/objects/Account_Planning_Log__c`;
const LOG_EDITS: Edits = {
    [`${LOG_OBJECT}/Account_Planning_Log__c.object-meta.xml`]: add(
        xml(
            'CustomObject',
            '    <deploymentStatus>Deployed</deploymentStatus>\n    <description>Engine log fixture.</description>\n    <label>Account Planning Log</label>\n    <nameField>\n        <displayFormat>LOG-{0000}</displayFormat>\n        <label>Log Number</label>\n        <type>AutoNumber</type>\n    </nameField>\n    <pluralLabel>Account Planning Logs</pluralLabel>\n    <sharingModel>ReadWrite</sharingModel>'
        )
    ),
    [ADMIN]: insertBefore(
        '    <objectPermissions>',
        grant(
            'objectPermissions',
            '        <allowCreate>false</allowCreate>\n        <allowDelete>true</allowDelete>\n        <allowEdit>false</allowEdit>\n        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n        <object>Account_Planning_Log__c</object>\n        <viewAllRecords>true</viewAllRecords>'
        )
    )
};

const ADMIN_ONLY_CASES: Case[] = [
    {
        name: 'a rep set grants the admin-only log',
        edits: {
            ...LOG_EDITS,
            [USER]: insertBefore(
                '    <objectPermissions>',
                grant(
                    'objectPermissions',
                    '        <allowCreate>false</allowCreate>\n        <allowDelete>false</allowDelete>\n        <allowEdit>false</allowEdit>\n        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n        <object>Account_Planning_Log__c</object>\n        <viewAllRecords>false</viewAllRecords>'
                )
            )
        },
        expect: [`${USER}:47: Account_Planning_Log__c is admin-only: Account_Planning_User must not grant it`]
    },
    {
        name: 'the admin set may not edit the log',
        edits: {
            ...LOG_EDITS,
            [ADMIN]: (t) =>
                LOG_EDITS[ADMIN](t)!.replace(
                    '<allowEdit>false</allowEdit>\n        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n        <object>Account_Planning_Log__c</object>',
                    '<allowEdit>true</allowEdit>\n        <allowRead>true</allowRead>\n        <modifyAllRecords>false</modifyAllRecords>\n        <object>Account_Planning_Log__c</object>'
                )
        },
        expect: [`${ADMIN}:59: Account_Planning_Admin: Account_Planning_Log__c allowEdit must be false`]
    }
];

const LOG_FIELD = `${BASE}/objects/Account_Planning_Log__c/fields/Message__c.field-meta.xml`;
const logFieldGrant = (editable: boolean): string =>
    grant(
        'fieldPermissions',
        `        <editable>${editable}</editable>\n        <field>Account_Planning_Log__c.Message__c</field>\n        <readable>true</readable>`
    );

ADMIN_ONLY_CASES.push({
    name: 'a rep set grants a field of the admin-only log',
    edits: {
        ...LOG_EDITS,
        [LOG_FIELD]: add(
            xml(
                'CustomField',
                '    <fullName>Message__c</fullName>\n    <description>What the engine logged.</description>\n    <inlineHelpText>The log text.</inlineHelpText>\n    <label>Message</label>\n    <length>255</length>\n    <type>Text</type>'
            )
        ),
        [ADMIN]: (t) => insertBefore('    <fieldPermissions>', logFieldGrant(false))(LOG_EDITS[ADMIN](t)!),
        [USER]: insertBefore('    <fieldPermissions>', logFieldGrant(false))
    },
    expect: [`${USER}:6: Account_Planning_Log__c.Message__c is admin-only: Account_Planning_User must not grant it`]
});

PERMISSION_SET_CASES.push({
    name: 'a persona set lists its controller but does not enable it',
    edits: {
        ...PERMISSION_SET_CASES.find((c) => c.name === 'a persona set does not grant its controller')!.edits,
        ...Object.fromEntries(
            [USER, MANAGER, ADMIN].map((set) => [
                set,
                insertBefore(
                    '    <description>',
                    grant(
                        'classAccesses',
                        `        <apexClass>AccountPlanCardController</apexClass>\n        <enabled>${set !== USER}</enabled>`
                    )
                )
            ])
        )
    },
    expect: [`${USER}:1: Account_Planning_User must grant Apex class 'AccountPlanCardController'`]
});
PERMISSION_SET_CASES.push({
    name: 'unknown standard object',
    edits: { [USER]: replaceOnce('<object>Account_Plan_Objective__c</object>', '<object>Acount</object>') },
    expect: [
        `${USER}:47: unknown object 'Acount'`,
        `${USER}:1: Account_Planning_User has no object permissions for Account_Plan_Objective__c`
    ]
});

const CROSS_REFERENCE_CASES: Case[] = [
    {
        name: 'apiVersion differs from the package',
        edits: { [`${BASE}/classes/PlanService.cls-meta.xml`]: replaceOnce('65.0', '61.0') },
        expect: [`${BASE}/classes/PlanService.cls-meta.xml:3: apiVersion 61.0 (the package uses 65.0)`]
    },
    {
        name: 'search layout field',
        edits: {
            [`${PLAN}/Account_Plan__c.object-meta.xml`]: insertBefore(
                '    <sharingModel>',
                '    <searchLayouts>\n        <searchResultsAdditionalFields>Statuz__c</searchResultsAdditionalFields>\n    </searchLayouts>\n'
            )
        },
        expect: [
            `${PLAN}/Account_Plan__c.object-meta.xml:14: search layout on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c`
        ]
    },
    {
        name: 'compact layout assignment',
        edits: {
            [`${PLAN}/Account_Plan__c.object-meta.xml`]: insertBefore(
                '    <deploymentStatus>',
                '    <compactLayoutAssignment>Plan_Compactt</compactLayoutAssignment>\n'
            )
        },
        expect: [`${PLAN}/Account_Plan__c.object-meta.xml:3: compactLayoutAssignment 'Plan_Compactt' does not exist`]
    },
    {
        name: 'layout field, related list and quick action',
        edits: {
            [`${BASE}/layouts/Account_Plan__c-Plan Layout.layout-meta.xml`]: add(
                xml(
                    'Layout',
                    [
                        '    <layoutSections>',
                        '        <layoutColumns>',
                        '            <layoutItems>',
                        '                <behavior>Edit</behavior>',
                        '                <field>Statuz__c</field>',
                        '            </layoutItems>',
                        '        </layoutColumns>',
                        '        <style>TwoColumnsTopToBottom</style>',
                        '    </layoutSections>',
                        '    <platformActionList>',
                        '        <actionListContext>Record</actionListContext>',
                        '        <platformActionListItems>',
                        '            <actionName>Account_Plan__c.Add_Goal</actionName>',
                        '            <actionType>QuickAction</actionType>',
                        '            <sortOrder>0</sortOrder>',
                        '        </platformActionListItems>',
                        '    </platformActionList>',
                        '    <relatedLists>',
                        '        <fields>NAME</fields>',
                        '        <relatedList>Account_Plan_Objective__c.Plan__c</relatedList>',
                        '    </relatedLists>'
                    ].join('\n')
                )
            )
        },
        expect: [
            `${BASE}/layouts/Account_Plan__c-Plan Layout.layout-meta.xml:7: layout on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c`,
            `${BASE}/layouts/Account_Plan__c-Plan Layout.layout-meta.xml:22: related list 'Account_Plan_Objective__c.Plan__c': Account_Plan_Objective__c.Plan__c does not exist`,
            `${BASE}/layouts/Account_Plan__c-Plan Layout.layout-meta.xml:15: quick action 'Account_Plan__c.Add_Goal' does not exist`
        ]
    },
    {
        name: 'quick action target, field and component',
        edits: {
            [`${BASE}/quickActions/Account_Plan_Goal__c.New_Goal.quickAction-meta.xml`]: add(
                xml(
                    'QuickAction',
                    '    <label>New Goal</label>\n    <lightningWebComponent>c:noSuchModal</lightningWebComponent>\n    <optionsCreateFeedItem>false</optionsCreateFeedItem>\n    <type>LightningWebComponent</type>'
                )
            )
        },
        expect: [
            `${BASE}/quickActions/Account_Plan_Goal__c.New_Goal.quickAction-meta.xml:1: quick action target object 'Account_Plan_Goal__c' does not exist`,
            `${BASE}/quickActions/Account_Plan_Goal__c.New_Goal.quickAction-meta.xml:4: quick action LWC 'c:noSuchModal' does not exist`
        ]
    },
    {
        name: 'quick action component and field',
        edits: {
            [`${BASE}/quickActions/Account_Plan__c.Add_Goal.quickAction-meta.xml`]: add(
                xml(
                    'QuickAction',
                    '    <fieldOverrides>\n        <field>Statuz__c</field>\n        <formula>&quot;Draft&quot;</formula>\n    </fieldOverrides>\n    <label>Add Goal</label>\n    <lightningWebComponent>c:noSuchModal</lightningWebComponent>\n    <optionsCreateFeedItem>false</optionsCreateFeedItem>\n    <type>LightningWebComponent</type>'
                )
            )
        },
        expect: [
            `${BASE}/quickActions/Account_Plan__c.Add_Goal.quickAction-meta.xml:4: quick action on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c`,
            `${BASE}/quickActions/Account_Plan__c.Add_Goal.quickAction-meta.xml:8: quick action LWC 'c:noSuchModal' does not exist`
        ]
    },
    {
        name: 'quick action field',
        edits: {
            [`${BASE}/quickActions/Account_Plan__c.Add_Goal.quickAction-meta.xml`]: add(
                xml(
                    'QuickAction',
                    '    <fieldOverrides>\n        <field>Statuz__c</field>\n        <formula>&quot;Draft&quot;</formula>\n    </fieldOverrides>\n    <label>Add Goal</label>\n    <optionsCreateFeedItem>false</optionsCreateFeedItem>\n    <targetObject>Account_Plan__c</targetObject>\n    <type>Create</type>'
                )
            )
        },
        expect: [
            `${BASE}/quickActions/Account_Plan__c.Add_Goal.quickAction-meta.xml:4: quick action on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c`
        ]
    },
    {
        name: 'dashboard chart on a report without groupings',
        edits: {
            [REPORT]: (t) => t.replace(/    <groupingsDown>[\s\S]*?<\/groupingsDown>\n/, '')
        },
        expect: [`${DASHBOARD}:13: Bar chart needs a report with groupings; 'PlanReports/Plans_By_Status' has none`]
    },
    {
        name: 'dashboard grouped chart on a report with one grouping',
        edits: {
            [DASHBOARD]: replaceOnce('<componentType>Bar</componentType>', '<componentType>BarGrouped</componentType>')
        },
        expect: [`${DASHBOARD}:13: BarGrouped chart needs two groupings; 'PlanReports/Plans_By_Status' has 1`]
    },
    {
        name: 'FlexiPage sobjectType',
        edits: {
            [PAGE]: replaceOnce(
                '<sobjectType>Account_Plan__c</sobjectType>',
                '<sobjectType>Account_Plann__c</sobjectType>'
            )
        },
        expect: [`${PAGE}:31: sobjectType 'Account_Plann__c' does not exist`]
    },
    {
        name: 'FlexiPage component target',
        edits: {
            [`${BASE}/lwc/planCard/planCard.js-meta.xml`]: replaceOnce(
                '<target>lightning__RecordPage</target>',
                '<target>lightning__AppPage</target>'
            )
        },
        expect: [`${PAGE}:10: component 'c:planCard' does not declare target lightning__RecordPage for this RecordPage`]
    },
    {
        name: 'FlexiPage component not exposed',
        edits: {
            [`${BASE}/lwc/planCard/planCard.js-meta.xml`]: replaceOnce(
                '<isExposed>true</isExposed>',
                '<isExposed>false</isExposed>'
            )
        },
        expect: [`${PAGE}:10: component 'c:planCard' is not exposed (isExposed false)`]
    },
    {
        name: 'FlexiPage visibility rule field',
        edits: {
            [PAGE]: replaceOnce(
                '                <identifier>RecordStatus_cField</identifier>\n',
                '                <identifier>RecordStatus_cField</identifier>\n                <visibilityRule>\n                    <criteria>\n                        <leftValue>{!Record.Statuz__c}</leftValue>\n                        <operator>EQUAL</operator>\n                        <rightValue>Active</rightValue>\n                    </criteria>\n                </visibilityRule>\n'
            )
        },
        expect: [`${PAGE}:20: visibility rule: unknown field 'Statuz__c' on Account_Plan__c`]
    },
    {
        name: 'tab FlexiPage, object and component',
        edits: {
            [`${BASE}/tabs/Plan_Home.tab-meta.xml`]: add(
                xml(
                    'CustomTab',
                    '    <flexiPage>Plan_Home</flexiPage>\n    <label>Plan Home</label>\n    <motif>Custom64: Compass</motif>'
                )
            )
        },
        expect: [`${BASE}/tabs/Plan_Home.tab-meta.xml:3: tab FlexiPage 'Plan_Home' does not exist`]
    },
    {
        name: 'tab of an object that does not exist',
        edits: {
            [`${BASE}/tabs/Account_Goal__c.tab-meta.xml`]: add(
                xml('CustomTab', '    <customObject>true</customObject>\n    <motif>Custom78: Map</motif>')
            )
        },
        expect: [`${BASE}/tabs/Account_Goal__c.tab-meta.xml:1: tab object 'Account_Goal__c' does not exist`]
    },
    {
        name: 'tab component',
        edits: {
            [`${BASE}/tabs/Plan_Board.tab-meta.xml`]: add(
                xml(
                    'CustomTab',
                    '    <label>Plan Board</label>\n    <lwcComponent>planBoard</lwcComponent>\n    <motif>Custom64: Compass</motif>'
                )
            )
        },
        expect: [`${BASE}/tabs/Plan_Board.tab-meta.xml:4: tab LWC 'planBoard' does not exist`]
    },
    {
        name: 'app tab',
        edits: { [APP]: replaceOnce('<tabs>Account_Plan__c</tabs>', '<tabs>Account_Plann__c</tabs>') },
        expect: [`${APP}:9: app tab 'Account_Plann__c' does not exist`]
    },
    {
        name: 'app override FlexiPage and utility bar',
        edits: {
            [APP]: replaceOnce(
                '    <description>',
                '    <actionOverrides>\n        <actionName>View</actionName>\n        <content>Plan_Page</content>\n        <formFactor>Large</formFactor>\n        <skipRecordTypeSelect>false</skipRecordTypeSelect>\n        <type>Flexipage</type>\n        <pageOrSobjectType>Account_Plan__c</pageOrSobjectType>\n    </actionOverrides>\n    <description>'
            )
        },
        expect: [`${APP}:5: app override FlexiPage 'Plan_Page' does not exist`]
    },
    {
        name: 'app utility bar',
        edits: { [APP]: replaceOnce('    <uiType>', '    <utilityBar>Plans_UtilityBar</utilityBar>\n    <uiType>') },
        expect: [`${APP}:11: utility bar FlexiPage 'Plans_UtilityBar' does not exist`]
    },
    {
        name: 'tab of the app removed under it',
        edits: { [TAB]: () => null },
        expect: [`${ADMIN}:72: unknown tab 'Account_Plan__c'`, `${APP}:9: app tab 'Account_Plan__c' does not exist`]
    },
    {
        name: 'global value set',
        edits: {
            [`${PLAN}/fields/Status__c.field-meta.xml`]: replaceOnce(
                '<restricted>true</restricted>',
                '<restricted>true</restricted>\n        <valueSetName>Plan_Statuses</valueSetName>'
            )
        },
        expect: [
            `${PLAN}/fields/Status__c.field-meta.xml:1: Account_Plan__c.Status__c uses global value set 'Plan_Statuses', which does not exist`
        ]
    },
    {
        name: 'validation rule formula and error field',
        edits: {
            [`${PLAN}/validationRules/Status_Required.validationRule-meta.xml`]: add(
                xml(
                    'ValidationRule',
                    '    <fullName>Status_Required</fullName>\n    <active>true</active>\n    <errorConditionFormula>ISBLANK(TEXT(Statuz__c))</errorConditionFormula>\n    <errorDisplayField>Stage__c</errorDisplayField>\n    <errorMessage>Choose a status.</errorMessage>'
                )
            )
        },
        expect: [
            `${PLAN}/validationRules/Status_Required.validationRule-meta.xml:5: formula on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c`,
            `${PLAN}/validationRules/Status_Required.validationRule-meta.xml:1: errorDisplayField 'Stage__c' does not exist on Account_Plan__c`
        ]
    },
    {
        name: 'formula custom permission',
        edits: {
            [`${PLAN}/fields/Forecast__c.field-meta.xml`]: replaceOnce(
                'BLANKVALUE(Won_Amount__c, 0)',
                'IF($Permission.Manage_Planz, 0, BLANKVALUE(Won_Amount__c, 0))'
            )
        },
        expect: [`${PLAN}/fields/Forecast__c.field-meta.xml:5: formula uses unknown custom permission 'Manage_Planz'`]
    },
    {
        name: 'label used in a FlexiPage',
        edits: { [PAGE]: replaceOnce('<value>Plans</value>', '<value>{!$Label.c.Plan_Titel}</value>') },
        expect: [`${PAGE}:8: custom label 'Plan_Titel' does not exist`]
    },
    {
        name: 'label format',
        edits: {
            [`${BASE}/labels/CustomLabels.labels-meta.xml`]: replaceOnce(
                '<protected>true</protected>',
                '<protected>false</protected>'
            )
        },
        expect: [`${BASE}/labels/CustomLabels.labels-meta.xml:4: label Plan_Title needs <protected>true</protected>`]
    },
    {
        name: 'sample data plan names a missing object and file',
        edits: {
            'data/Account_Plan__c-plan.json': (t) =>
                t
                    .replace('"sobject": "Account_Plan__c"', '"sobject": "Account_Plann__c"')
                    .replace('"Account.json"', '"Accounts.json"')
        },
        expect: [
            "data/Account_Plan__c-plan.json:2: plan names missing file 'Accounts.json'",
            "data/Account_Plan__c-plan.json:3: unknown object 'Account_Plann__c'"
        ]
    },
    {
        name: 'sample data record of an unknown object',
        edits: { 'data/Account_Plan__c.json': replaceOnce('"type": "Account_Plan__c"', '"type": "Account_Plann__c"') },
        expect: ["data/Account_Plan__c.json:4: unknown object 'Account_Plann__c'"]
    },
    {
        name: 'sample data is not JSON',
        edits: { 'data/Account_Plan__c.json': (t) => `${t}}` },
        expect: [/^data\/Account_Plan__c\.json:1: invalid JSON: \S/]
    },
    {
        name: 'report folder without its meta file',
        edits: { [`${BASE}/reports/PlanReports.reportFolder-meta.xml`]: () => null },
        expect: [`${BASE}/reports/PlanReports:1: report folder 'PlanReports' has no PlanReports.reportFolder-meta.xml`]
    },
    {
        name: 'dashboard folder without its meta file',
        edits: { [`${BASE}/dashboards/PlanDashboards.dashboardFolder-meta.xml`]: () => null },
        expect: [
            `${BASE}/dashboards/PlanDashboards:1: dashboard folder 'PlanDashboards' has no PlanDashboards.dashboardFolder-meta.xml`
        ]
    },
    {
        name: 'report type base object',
        edits: {
            [REPORT_TYPE]: replaceOnce(
                '<baseObject>Account_Plan__c</baseObject>',
                '<baseObject>Account_Plann__c</baseObject>'
            )
        },
        expect: [`${REPORT_TYPE}:3: report type base object 'Account_Plann__c' does not exist`]
    },
    {
        name: 'report type join',
        edits: {
            [REPORT_TYPE]: replaceOnce(
                '<relationship>Objectives__r</relationship>',
                '<relationship>Goals__r</relationship>'
            )
        },
        expect: [
            `${REPORT_TYPE}:9: report type join: 'Goals__r' is not a child relationship of Account_Plan__c`,
            `${REPORT_TYPE}:44: report type column table 'Account_Plan__c.Objectives__r' is not the base object or a join`
        ]
    },
    {
        name: 'report type column table',
        edits: {
            [REPORT_TYPE]: replaceOnce(
                '<table>Account_Plan__c.Objectives__r</table>',
                '<table>Account_Plan__c.Goals__r</table>'
            )
        },
        expect: [
            `${REPORT_TYPE}:44: report type column table 'Account_Plan__c.Goals__r' is not the base object or a join`,
            `${REPORT}:22: column 'Account_Plan__c.Objectives__r$Due_Date__c' is not a column of report type Plans_with_Objectives`
        ]
    },
    {
        name: 'report chart type',
        edits: { [REPORT]: (t) => t.replace(/<chartType>\w+<\/chartType>/, '<chartType>Radar</chartType>') },
        expect: [`${REPORT}:9: unknown chart type 'Radar'`]
    },
    {
        name: 'report on a custom report type named without __c',
        edits: {
            [REPORT]: replaceOnce(
                '<reportType>Plans_with_Objectives__c</reportType>',
                '<reportType>Plans_with_Objectives</reportType>'
            )
        },
        expect: [
            `${REPORT}:40: custom report type is named 'Plans_with_Objectives__c' in reports, not 'Plans_with_Objectives'`
        ]
    },
    {
        name: 'report on an unknown standard report type',
        edits: {
            [REPORT]: replaceOnce(
                '<reportType>Plans_with_Objectives__c</reportType>',
                '<reportType>PlanList</reportType>'
            )
        },
        expect: [`${REPORT}:40: unknown report type 'PlanList'`]
    },
    {
        name: 'report on a custom-object report type of a missing object',
        edits: {
            [REPORT]: replaceOnce(
                '<reportType>Plans_with_Objectives__c</reportType>',
                '<reportType>CustomEntity$Account_Goal__c</reportType>'
            )
        },
        expect: [
            `${REPORT}:40: report type 'CustomEntity$Account_Goal__c': object 'Account_Goal__c' does not exist`,
            `${REPORT}:15: column 'Account_Plan__c$Name' does not name a field of report type CustomEntity$Account_Goal__c`,
            `${REPORT}:7: column 'Account_Plan__c$Won_Amount__c' does not name a field of report type CustomEntity$Account_Goal__c`,
            `${REPORT}:22: column 'Account_Plan__c.Objectives__r$Due_Date__c': unknown field 'Objectives__r$Due_Date__c' on Account_Plan__c`,
            `${REPORT}:10: grouping 'Account_Plan__c$Status__c' does not name a field of report type CustomEntity$Account_Goal__c`,
            `${REPORT}:10: filter 'Account_Plan__c$Status__c' does not name a field of report type CustomEntity$Account_Goal__c`,
            `${REPORT}:10: chart grouping 'Account_Plan__c$Status__c' does not name a field of report type CustomEntity$Account_Goal__c`,
            `${REPORT}:7: chart summary 'Account_Plan__c$Won_Amount__c' does not name a field of report type CustomEntity$Account_Goal__c`
        ]
    },
    {
        name: 'cross filter object and join column',
        edits: {
            [REPORT]: replaceOnce(
                '<filter>',
                '<crossFilters>\n        <operation>with</operation>\n        <primaryTableColumn>Account_Plan__c$Id</primaryTableColumn>\n        <relatedTable>Account_Goal__c</relatedTable>\n        <relatedTableJoinColumn>Account_Plan__c</relatedTableJoinColumn>\n    </crossFilters>\n    <filter>'
            )
        },
        expect: [`${REPORT}:27: cross filter object 'Account_Goal__c' does not exist`]
    },
    {
        name: 'dashboard without components',
        edits: {
            [DASHBOARD]: (t) => t.replace(/    <leftSection>[\s\S]*<\/rightSection>\n/, '')
        },
        expect: [`${DASHBOARD}:1: dashboard has no components`]
    }
];

async function findings(edits: Edits): Promise<string[]> {
    return withFixture('base', (root) => checkMetadata(root).lines(), edits);
}

for (const [suite, cases] of [
    ['permission-set rules', PERMISSION_SET_CASES],
    ['admin-only objects', ADMIN_ONLY_CASES],
    ['metadata cross-references', CROSS_REFERENCE_CASES]
] as const) {
    describe(`check:metadata ${suite}: one failing fixture each`, () => {
        for (const c of cases) {
            it(`fails on: ${c.name}`, async () => {
                const lines = await findings(c.edits);
                assert.equal(lines.length, c.expect.length, `got:\n${lines.join('\n') || '(none)'}`);
                c.expect.forEach((expected, i) => {
                    if (typeof expected === 'string') assert.equal(lines[i], expected);
                    else assert.match(lines[i], expected);
                });
            });
        }
    });
}

describe('check:metadata admin-only log: the valid grant passes', () => {
    it('accepts the admin set reading and deleting the log', async () => {
        assert.deepEqual(await findings(LOG_EDITS), []);
    });
});

describe('check:metadata permission sets: what passes', () => {
    it('accepts standard tabs and standard apps without looking them up', async () => {
        const lines = await findings({
            [ADMIN]: (t) =>
                insertBefore(
                    '    <tabSettings>',
                    grant(
                        'tabSettings',
                        '        <tab>standard-Account</tab>\n        <visibility>Visible</visibility>'
                    )
                )(t).replace(
                    '<application>Plans</application>',
                    '<application>Plans</application>\n        <default>false</default>\n    </applicationVisibilities>\n    <applicationVisibilities>\n        <application>standard__Sales</application>'
                )
        });
        assert.deepEqual(lines, []);
    });

    it('applies the persona rule only once a persona set exists', async () => {
        assert.deepEqual(await findings({ [USER]: () => null, [MANAGER]: () => null, [ADMIN]: () => null }), []);
    });
});

function field(key: string, extra: Partial<FieldInfo> = {}): FieldInfo {
    const [object, name] = key.split('.');
    return {
        name,
        object,
        type: 'Currency',
        custom: true,
        required: false,
        formula: false,
        description: '',
        inlineHelpText: '',
        referenceTo: [],
        relationshipName: '',
        ...extra
    };
}

describe('the contract field lists, entry by entry', () => {
    const EXPECTED_ENGINE_FIELDS = [
        'Account_Plan__c.Won_Amount__c',
        'Account_Plan__c.Lost_Amount__c',
        'Account_Plan__c.Open_Pipeline__c',
        'Account_Plan__c.Weighted_Pipeline__c',
        'Account_Plan__c.Won_Count__c',
        'Account_Plan__c.Lost_Count__c',
        'Account_Plan__c.Open_Count__c',
        'Account_Plan__c.Last_Activity_Date__c',
        'Account_Plan__c.Next_Activity_Date__c',
        'Account_Plan__c.Rollups_Calculated_At__c',
        'Account_Plan__c.Contact_Cadence_Days__c',
        'Account_Plan_Stakeholder__c.Unique_Key__c',
        'Account_Plan_Partner_Role__c.Unique_Key__c',
        'Opportunity.Account_Plan__c',
        'Account.Current_Account_Plan__c'
    ];

    it('ENGINE_FIELDS lists exactly the engine-written fields', () => {
        assert.deepEqual([...ENGINE_FIELDS].sort(), [...EXPECTED_ENGINE_FIELDS].sort());
    });

    for (const key of EXPECTED_ENGINE_FIELDS) {
        it(`${key} is engine-written: read-only for every persona, even without the description sentence`, () => {
            const f = field(key);
            assert.equal(isListedEngineField(f), true);
            for (const set of [USER_SET, MANAGER_SET, ADMIN_SET]) assert.equal(expectedEditable(f, set), false, set);
        });
    }

    it('MANAGER_FIELDS are editable by managers and admins only', () => {
        assert.deepEqual([...MANAGER_FIELDS].sort(), [
            'Account_Plan_Objective__c.Last_Reviewed_Date__c',
            'Account_Plan_Objective__c.Manager_Review_Comments__c',
            'Account_Plan__c.Manager_Review_Comments__c'
        ]);
        for (const key of MANAGER_FIELDS) {
            const f = field(key, { type: 'LongTextArea' });
            assert.equal(isListedManagerField(f), true, key);
            assert.deepEqual(
                [USER_SET, MANAGER_SET, ADMIN_SET].map((set) => expectedEditable(f, set)),
                [false, true, true],
                key
            );
        }
        assert.deepEqual(MANAGER_AND_ADMIN_EDIT, ['Account.Key_Account__c']);
    });

    it('an ordinary field is editable by every persona; a formula by none', () => {
        const plain = field('Account_Plan__c.Risks__c', { type: 'LongTextArea' });
        assert.deepEqual(
            [USER_SET, MANAGER_SET, ADMIN_SET].map((set) => expectedEditable(plain, set)),
            [true, true, true]
        );
        const formula = field('Account_Plan__c.Forecast__c', { formula: true });
        assert.deepEqual(
            [USER_SET, MANAGER_SET, ADMIN_SET].map((set) => expectedEditable(formula, set)),
            [false, false, false]
        );
    });
});
