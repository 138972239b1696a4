/**
 * check:metadata's and check:apex's rules one at a time, in-process on the base fixture with one edit: custom
 * labels, field documentation and formulas, LWC module imports, sample data dates and the Metadata API length
 * limits (each exactly at its limit and one over). Findings are asserted as the whole lines a developer reads.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { Findings } from '../lib/diagnostics.ts';
import { checkLwcImports, lwcSourceFiles } from '../lib/lwc-imports.ts';
import { checkSoql } from '../lib/soql.ts';
import { MetadataIndex } from '../lib/metadata-index.ts';
import { ENGINE_SENTENCE, MANAGER_SENTENCE } from '../lib/metadata/field-policy.ts';
import { checkFieldDocs } from '../lib/metadata/fields.ts';
import { checkLabels } from '../lib/metadata/labels.ts';
import { LENGTH_RULES, checkLengths, valuesAt } from '../lib/metadata/lengths.ts';
import { checkMetaFiles } from '../lib/metadata/meta-files.ts';
import { checkReports } from '../lib/metadata/reports.ts';
import { checkUiMetadata, customComponentName } from '../lib/metadata/ui-metadata.ts';
import {
    STANDARD_DATE_FIELDS,
    checkSampleData,
    dateFieldKind,
    sampleDateProblem
} from '../lib/metadata/sample-data.ts';
import { BASE, fixtureTree, removeTree, replaceOnce, ruleFindings, withFixture, type Edits } from './helpers.ts';

type Check = (index: MetadataIndex, findings: Findings) => void;

/** The findings of one rule on the base fixture with `edits`. */
const run = (check: Check, edits: Edits = {}): Promise<string[]> => ruleFindings(check, edits);

const add = (text: string) => (): string => text;
const PLAN = `${BASE}/objects/Account_Plan__c`;
const LABELS = `${BASE}/labels/CustomLabels.labels-meta.xml`;

describe('custom labels', () => {
    it('the base fixture uses only labels that exist, in the contract format', async () => {
        assert.deepEqual(await run(checkLabels), []);
    });

    it('reports unknown labels read by Apex classes and triggers, not method calls, comments or strings', async () => {
        const lines = await run(checkLabels, {
            [`${BASE}/classes/LabelUser.cls`]: add(
                [
                    'public with sharing class LabelUser {',
                    '    public static String texts() {',
                    '        String a = Label.Plan_Title + label.plan_title;',
                    '        String b = System.Label.Plan_Titel;',
                    '        String c = Label.No_Such_Label;',
                    '        String d = MyLabel.Not_A_Label + x.Label.Not_Either;',
                    '        // Label.In_A_Comment',
                    "        String e = 'Label.In_A_String';",
                    "        return Label.get('ns', 'Dynamic_Name') + Label.get ('x');",
                    '    }',
                    '}'
                ].join('\n')
            ),
            [`${BASE}/triggers/PlanLabels.trigger`]: add(
                'trigger PlanLabels on Account_Plan__c (before insert) {\n    String t = Label.Trigger_Label;\n}\n'
            )
        });
        assert.deepEqual(lines, [
            `${BASE}/classes/LabelUser.cls:4: custom label 'Plan_Titel' does not exist`,
            `${BASE}/classes/LabelUser.cls:5: custom label 'No_Such_Label' does not exist`,
            `${BASE}/triggers/PlanLabels.trigger:2: custom label 'Trigger_Label' does not exist`
        ]);
    });

    it('reports unknown labels imported by components, hand-written .js and typings, not by emitted .js', async () => {
        const lines = await run(checkLabels, {
            [`${BASE}/lwc/planCard/planCard.js`]: add("import X from '@salesforce/label/c.Emitted_Label';\n"),
            [`${BASE}/lwc/legacy/legacy.js`]: add("\nimport X from '@salesforce/label/c.Legacy_Label';\n"),
            [`${BASE}/lwc/planCard/__tests__/planCard.test.ts`]: add(
                "jest.mock('@salesforce/label/c.Plan_Title');\njest.mock('@salesforce/label/c.Test_Label');\n"
            ),
            'types/labels.d.ts': add("declare module '@salesforce/label/c.Typed_Label' {}\n")
        });
        assert.deepEqual(lines, [
            `${BASE}/lwc/planCard/__tests__/planCard.test.ts:2: custom label 'Test_Label' does not exist`,
            `${BASE}/lwc/legacy/legacy.js:2: custom label 'Legacy_Label' does not exist`,
            `types/labels.d.ts:1: custom label 'Typed_Label' does not exist`
        ]);
    });

    it('reports unknown $Label references in tabs, apps and objects', async () => {
        const lines = await run(checkLabels, {
            [`${BASE}/tabs/Account_Plan__c.tab-meta.xml`]: replaceOnce(
                '<motif>',
                '<description>{!$Label.c.Tab_Label}</description>\n    <motif>'
            ),
            [`${BASE}/applications/Plans.app-meta.xml`]: replaceOnce(
                '<label>Plans</label>',
                '<label>{!$Label.c.App_Label} {!$Label.c.Plan_Title}</label>'
            ),
            [`${PLAN}/Account_Plan__c.object-meta.xml`]: replaceOnce(
                '<description>',
                '<description>$Label.c.Object_Label '
            )
        });
        assert.deepEqual(lines, [
            `${BASE}/applications/Plans.app-meta.xml:7: custom label 'App_Label' does not exist`,
            `${PLAN}/Account_Plan__c.object-meta.xml:4: custom label 'Object_Label' does not exist`,
            `${BASE}/tabs/Account_Plan__c.tab-meta.xml:4: custom label 'Tab_Label' does not exist`
        ]);
    });

    it('names every missing part of a label at the line of its name', async () => {
        const lines = await run(checkLabels, {
            [LABELS]: (t) =>
                t
                    .replace('<categories>Fixture</categories>', '')
                    .replace('<language>en_US</language>', '<language>de</language>')
                    .replace('<protected>true</protected>', '')
                    .replace('<shortDescription>Plan list title</shortDescription>', '<shortDescription/>')
                    .replace('<value>Account Plans</value>', '<value></value>')
        });
        assert.deepEqual(lines, [
            `${LABELS}:4: label Plan_Title needs <categories>, <language>en_US</language>, <protected>true</protected>, <shortDescription>, <value>`
        ]);
        const second = await run(checkLabels, {
            [LABELS]: replaceOnce(
                '</CustomLabels>',
                '    <labels>\n        <fullName>Plan_Hint</fullName>\n        <categories>Fixture</categories>\n        <language>en_US</language>\n        <protected>true</protected>\n        <shortDescription>Hint</shortDescription>\n    </labels>\n</CustomLabels>'
            )
        });
        assert.deepEqual(second, [`${LABELS}:12: label Plan_Hint needs <value>`]);
    });

    it('a project without labels has nothing to check', async () => {
        assert.deepEqual(
            await run(checkLabels, {
                [LABELS]: () => null,
                [`${BASE}/classes/PlanService.cls`]: replaceOnce('Label.Plan_Title', "'Account Plans'"),
                [`${BASE}/lwc/planCard/planCard.ts`]: (t) =>
                    t
                        .replace("import PLAN_TITLE from '@salesforce/label/c.Plan_Title';\n", '')
                        .replace('= PLAN_TITLE', "= 'Plans'")
            }),
            []
        );
    });
});

describe('custom field documentation and formulas', () => {
    it('the base fixture documents every field', async () => {
        assert.deepEqual(await run(checkFieldDocs), []);
    });

    it('requires a description and help text, except help text on unique keys and custom metadata fields', async () => {
        const undocumented = (name: string, type = 'Text'): string =>
            `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n    <description> </description>\n    <label>${name}</label>\n    <type>${type}</type>\n</CustomField>\n`;
        const lines = await run(checkFieldDocs, {
            [`${PLAN}/fields/Risks__c.field-meta.xml`]: add(undocumented('Risks__c')),
            [`${PLAN}/fields/Unique_Key__c.field-meta.xml`]: add(undocumented('Unique_Key__c')),
            [`${BASE}/objects/Plan_Setting__mdt/fields/Threshold__c.field-meta.xml`]: add(
                undocumented('Threshold__c', 'Number')
            )
        });
        assert.deepEqual(lines, [
            `${PLAN}/fields/Risks__c.field-meta.xml:1: Account_Plan__c.Risks__c has no <description>`,
            `${PLAN}/fields/Risks__c.field-meta.xml:1: Account_Plan__c.Risks__c has no <inlineHelpText>`,
            `${PLAN}/fields/Unique_Key__c.field-meta.xml:1: Account_Plan__c.Unique_Key__c has no <description>`,
            `${BASE}/objects/Plan_Setting__mdt/fields/Threshold__c.field-meta.xml:1: Plan_Setting__mdt.Threshold__c has no <description>`
        ]);
    });

    it("requires the contract's sentence at the end of engine-written and manager-only descriptions", async () => {
        const lines = await run(checkFieldDocs, {
            [`${PLAN}/fields/Won_Amount__c.field-meta.xml`]: replaceOnce(
                ` ${ENGINE_SENTENCE}`,
                ` ${ENGINE_SENTENCE} Summed nightly.`
            ),
            [`${PLAN}/fields/Manager_Review_Comments__c.field-meta.xml`]: replaceOnce(` ${MANAGER_SENTENCE}`, '')
        });
        assert.deepEqual(lines, [
            `${PLAN}/fields/Manager_Review_Comments__c.field-meta.xml:1: Account_Plan__c.Manager_Review_Comments__c is manager-only: its description must end with 'Editable by managers only.'`,
            `${PLAN}/fields/Won_Amount__c.field-meta.xml:1: Account_Plan__c.Won_Amount__c is engine-written: its description must end with 'Written by the Account Planning engine; read-only.'`
        ]);
    });

    it('accepts a global value set that exists', async () => {
        assert.deepEqual(
            await run(checkFieldDocs, {
                [`${PLAN}/fields/Status__c.field-meta.xml`]: replaceOnce(
                    '<restricted>true</restricted>',
                    '<restricted>true</restricted>\n        <valueSetName>Plan_Statuses</valueSetName>'
                ),
                [`${BASE}/globalValueSets/Plan_Statuses.globalValueSet-meta.xml`]: add('<GlobalValueSet/>\n')
            }),
            []
        );
    });

    it('checks formula fields, ignoring text in quotes, $User and standard names; known permissions pass', async () => {
        const lines = await run(checkFieldDocs, {
            [`${PLAN}/fields/Forecast__c.field-meta.xml`]: replaceOnce(
                'BLANKVALUE(Won_Amount__c, 0)',
                'IF(AND($Permission.Manage_Plans, $User.Id != null, Name != &quot;Lost_Amount__c&quot;, ' +
                    "TEXT(Status__c) != 'Statuz__c'), Account__r.Key_Account__c, Account__r.Key_Acount__c)"
            )
        });
        assert.deepEqual(lines, [
            `${PLAN}/fields/Forecast__c.field-meta.xml:5: formula on Account_Plan__c: unknown field 'Key_Acount__c' on Account (in 'Account__r.Key_Acount__c')`
        ]);
    });

    it('checks validation rules: formula fields and the error display field, at the line that names them', async () => {
        const rule = (formula: string, field: string): string =>
            `<?xml version="1.0" encoding="UTF-8"?>\n<ValidationRule xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>R</fullName>\n    <active>true</active>\n    <errorConditionFormula>${formula}</errorConditionFormula>\n    <errorDisplayField>${field}</errorDisplayField>\n    <errorMessage>Choose a status.</errorMessage>\n</ValidationRule>\n`;
        const lines = await run(checkFieldDocs, {
            [`${PLAN}/validationRules/Good.validationRule-meta.xml`]: add(
                rule('ISBLANK(TEXT(Status__c)) &amp;&amp; $Permission.Manage_Plans', 'Status__c')
            ),
            [`${PLAN}/validationRules/Bad.validationRule-meta.xml`]: add(
                rule('ISBLANK(TEXT(Statuz__c)) || $Permission.Manage_Planz', 'Stage__c')
            )
        });
        assert.deepEqual(lines, [
            `${PLAN}/validationRules/Bad.validationRule-meta.xml:5: formula on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c`,
            `${PLAN}/validationRules/Bad.validationRule-meta.xml:5: formula uses unknown custom permission 'Manage_Planz'`,
            `${PLAN}/validationRules/Bad.validationRule-meta.xml:1: errorDisplayField 'Stage__c' does not exist on Account_Plan__c`
        ]);
    });
});

describe('meta files and API versions', () => {
    it('names the class or trigger without its -meta.xml and the file with another API version', async () => {
        const lines = await run(checkMetaFiles, {
            [`${BASE}/triggers/PlanAudit.trigger`]: add('trigger PlanAudit on Account_Plan__c (before insert) {}\n'),
            [`${BASE}/classes/PlanService.cls-meta.xml`]: replaceOnce('65.0', ' 64.0 '),
            [`${BASE}/flows/Plan_Flow.flow-meta.xml`]: add('<Flow>\n    <apiVersion>62.0</apiVersion>\n</Flow>\n')
        });
        assert.deepEqual(lines, [
            `${BASE}/triggers/PlanAudit.trigger:1: missing PlanAudit.trigger-meta.xml`,
            `${BASE}/classes/PlanService.cls-meta.xml:3: apiVersion  64.0  (the package uses 65.0)`
        ]);
    });
});

describe('LWC @salesforce imports', () => {
    const IMPORTS = `${BASE}/lwc/planCard/imports.ts`;
    const lines = (...modules: string[]): Promise<string[]> =>
        run(checkLwcImports, {
            [IMPORTS]: add(modules.map((m, i) => `import m${i} from '${m}';`).join('\n'))
        });

    it('the base fixture imports only what exists', async () => {
        assert.deepEqual(await run(checkLwcImports), []);
    });

    it('reads LWC sources: .ts (tests too), .js without a .ts twin, and the typings', async () => {
        await withFixture(
            'base',
            (root) => {
                const rel = lwcSourceFiles(new MetadataIndex(root)).map((f) => path.relative(root, f));
                assert.deepEqual(rel, [
                    `${BASE}/lwc/planCard/__tests__/planCard.test.ts`,
                    `${BASE}/lwc/planCard/format.json.ts`,
                    `${BASE}/lwc/planCard/planCard.d.ts`,
                    `${BASE}/lwc/planCard/planCard.ts`,
                    `${BASE}/lwc/legacy/legacy.js`,
                    'types/salesforce.d.ts'
                ]);
            },
            {
                [`${BASE}/lwc/planCard/planCard.js`]: add('// emitted\n'),
                [`${BASE}/lwc/planCard/planCard.d.ts`]: add('// typings next to the component\n'),
                [`${BASE}/lwc/planCard/format.json.ts`]: add('// source\n'),
                [`${BASE}/lwc/planCard/format.json.js`]: add('// emitted\n'),
                [`${BASE}/staticresources/chartjs/chart.js`]: add('// a library, not a component\n'),
                'types/README.md': add('# typings\n'),
                [`${BASE}/lwc/legacy/legacy.js`]: add('// hand-written\n'),
                [`${BASE}/lwc/planCard/__tests__/planCard.test.ts`]: add('// test\n')
            }
        );
    });

    it('Apex methods: Class.method, an existing class and method, @AuraEnabled', async () => {
        assert.deepEqual(
            await lines(
                '@salesforce/apex/PlanService',
                '@salesforce/apex/PlanService.getPlans.extra',
                '@salesforce/apex/planservice.GETPLANS'
            ),
            [
                `${IMPORTS}:1: @salesforce/apex/PlanService: expected Class.method`,
                `${IMPORTS}:2: @salesforce/apex/PlanService.getPlans.extra: expected Class.method`
            ]
        );
    });

    it('Apex methods: an overload with @AuraEnabled is enough', async () => {
        const found = await run(checkLwcImports, {
            [IMPORTS]: add("import m0 from '@salesforce/apex/PlanOverloads.find';\n"),
            [`${BASE}/classes/PlanOverloads.cls`]: add(
                [
                    'public with sharing class PlanOverloads {',
                    '    public static String find(Id planId, Boolean deep) {',
                    '        return null;',
                    '    }',
                    '    @AuraEnabled',
                    '    public static String find(Id planId) {',
                    '        return null;',
                    '    }',
                    '}'
                ].join('\n')
            )
        });
        assert.deepEqual(found, []);
    });

    it('schema: only names ending in __c or __mdt are custom objects (not a __ChangeEvent)', async () => {
        assert.deepEqual(
            await run(checkLwcImports, {
                [IMPORTS]: add(
                    [
                        "import a from '@salesforce/schema/Account_Plan__ChangeEvent';",
                        "import b from '@salesforce/schema/Account_Goal__ChangeEvent';"
                    ].join('\n')
                ),
                [`${BASE}/objects/Account_Plan__ChangeEvent/fields/Note.field-meta.xml`]: add(
                    '<CustomField>\n    <fullName>Note</fullName>\n</CustomField>\n'
                )
            }),
            []
        );
    });

    it('schema: custom objects must be the project objects; standard objects and their fields are checked when known', async () => {
        assert.deepEqual(
            await lines(
                '@salesforce/schema/Account_Plan__c',
                '@salesforce/schema/Account_Goal__c',
                '@salesforce/schema/Account_Goal__c.Name',
                '@salesforce/schema/Plan_Settingz__mdt',
                '@salesforce/schema/Plan_Setting__mdt',
                '@salesforce/schema/Account.Nmae',
                '@salesforce/schema/SomeFutureObject.Field',
                '@salesforce/schema/Account_Plan__c.Account__r.Key_Account__c'
            ),
            [
                `${IMPORTS}:2: @salesforce/schema/Account_Goal__c: object 'Account_Goal__c' does not exist`,
                `${IMPORTS}:3: @salesforce/schema/Account_Goal__c.Name: object 'Account_Goal__c' does not exist`,
                `${IMPORTS}:4: @salesforce/schema/Plan_Settingz__mdt: object 'Plan_Settingz__mdt' does not exist`,
                `${IMPORTS}:6: @salesforce/schema/Account.Nmae: unknown field 'Nmae' on Account`
            ]
        );
    });

    it('labels need the c. prefix; custom permissions may carry a namespace; wildcard typings are skipped', async () => {
        assert.deepEqual(
            await lines(
                '@salesforce/label/Plan_Title',
                '@salesforce/label/c.Plan_Title',
                '@salesforce/customPermission/Manage_Plans',
                '@salesforce/customPermission/acme__Manage_Plans',
                '@salesforce/customPermission/acme__Manage_Planz',
                '@salesforce/customPermission/Manage_Planz',
                '@salesforce/resourceUrl/*',
                '@salesforce/messageChannel/*'
            ),
            [
                `${IMPORTS}:1: @salesforce/label/Plan_Title: expected c.LabelName`,
                `${IMPORTS}:5: @salesforce/customPermission/acme__Manage_Planz: custom permission 'acme__Manage_Planz' does not exist`,
                `${IMPORTS}:6: @salesforce/customPermission/Manage_Planz: custom permission 'Manage_Planz' does not exist`
            ]
        );
    });

    it('static resources and message channels by name, in any quote style', async () => {
        const found = await run(checkLwcImports, {
            [IMPORTS]: add(
                [
                    'import a from "@salesforce/resourceUrl/chartjs";',
                    'const b = `@salesforce/messageChannel/Plan_Events__c`;',
                    "import c from '@salesforce/messageChannel/Plan_Events__c';",
                    "import d from '@salesforce/resourceUrl/Chartjs';"
                ].join('\n')
            ),
            [`${BASE}/staticresources/chartjs.resource-meta.xml`]: add('<StaticResource/>\n'),
            [`${BASE}/messageChannels/Plan_Events.messageChannel-meta.xml`]: add('<LightningMessageChannel/>\n')
        });
        assert.deepEqual(found, []);
        assert.deepEqual(await lines('@salesforce/resourceUrl/chartjs', '@salesforce/messageChannel/Plan_Events__c'), [
            `${IMPORTS}:1: @salesforce/resourceUrl/chartjs: static resource 'chartjs' does not exist`,
            `${IMPORTS}:2: @salesforce/messageChannel/Plan_Events__c: message channel 'Plan_Events__c' does not exist`
        ]);
    });
});

describe('sample data dates', () => {
    it('knows the date fields: custom ones by their type, standard ones from the Object Reference', () => {
        const root = fixtureTree('base');
        try {
            const index = new MetadataIndex(root);
            assert.equal(dateFieldKind(index, 'Account_Plan_Objective__c', 'Due_Date__c'), 'date');
            assert.equal(dateFieldKind(index, 'opportunity', 'closedate'), 'date');
            assert.equal(dateFieldKind(index, 'Task', 'ReminderDateTime'), 'datetime');
            assert.equal(dateFieldKind(index, 'Event', 'StartDateTime'), 'datetime');
            assert.equal(dateFieldKind(index, 'Account_Plan__c', 'Status__c'), undefined);
            assert.equal(dateFieldKind(index, 'Account', 'Name'), undefined);
            assert.equal(dateFieldKind(index, 'Account', 'No_Such_Field__c'), undefined);
        } finally {
            removeTree(root);
        }
        assert.deepEqual(STANDARD_DATE_FIELDS, {
            Contact: { Birthdate: 'date' },
            Event: {
                ActivityDate: 'date',
                ActivityDateTime: 'datetime',
                EndDate: 'date',
                EndDateTime: 'datetime',
                ReminderDateTime: 'datetime',
                StartDateTime: 'datetime'
            },
            Opportunity: { CloseDate: 'date' },
            OpportunityLineItem: { ServiceDate: 'date' },
            OpportunityLineItemSchedule: { ScheduleDate: 'date' },
            Task: { ActivityDate: 'date', ReminderDateTime: 'datetime' }
        });
    });

    it('a Date field takes YYYY-MM-DD, a DateTime field an ISO 8601 date/time; other fields no date', () => {
        assert.equal(sampleDateProblem('date', '2026-11-30'), undefined);
        assert.equal(
            sampleDateProblem('date', '2026-11-30T10:00:00Z'),
            "is a Date field: '2026-11-30T10:00:00Z' is not YYYY-MM-DD"
        );
        assert.equal(sampleDateProblem('date', '30/11/2026'), "is a Date field: '30/11/2026' is not YYYY-MM-DD");
        for (const ok of [
            '2026-11-30T10:00',
            '2026-11-30T10:00:00',
            '2026-11-30T10:00:00.000Z',
            '2026-11-30T10:00:00+01:00',
            '2026-11-30T10:00:00-0500'
        ])
            assert.equal(sampleDateProblem('datetime', ok), undefined, ok);
        for (const bad of [
            '2026-11-30',
            '2026-11-30 10:00',
            '2026-11-30T10',
            'x2026-11-30T10:00',
            '2026-11-30T10:00Zx'
        ])
            assert.equal(
                sampleDateProblem('datetime', bad),
                `is a DateTime field: '${bad}' is not an ISO 8601 date/time`,
                bad
            );
        assert.equal(
            sampleDateProblem(undefined, '2026-11-30'),
            "holds the date '2026-11-30' but is not a Date or DateTime field: the scratch-org loader would not move it with the other dates"
        );
        assert.equal(
            sampleDateProblem(undefined, '2026-11-30T10:00:00Z'),
            "holds the date '2026-11-30T10:00:00Z' but is not a Date or DateTime field: the scratch-org loader would not move it with the other dates"
        );
        assert.equal(sampleDateProblem(undefined, 'Q4 2026 plan'), undefined);
        assert.equal(sampleDateProblem('date', 20261130), undefined, 'only text is checked');
        assert.equal(sampleDateProblem('datetime', null), undefined);
    });

    it('reports each record field with a date problem, in nested child records too', async () => {
        const lines = await run(checkSampleData, {
            'data/Account_Plan__c.json': (t) =>
                t
                    .replace('"Name": "Acme FY"', '"Name": "2026-10-01"')
                    .replace('"Due_Date__c": "2027-03-31"', '"Due_Date__c": "31/03/2027"'),
            'data/Opportunity.json': add(
                JSON.stringify(
                    {
                        records: [
                            {
                                attributes: { type: 'Opportunity', referenceId: 'O1' },
                                Name: 'Deal',
                                CloseDate: '2026-12-15T00:00:00Z',
                                Amount: 5
                            },
                            { Name: 'untyped records are skipped', Bogus__c: 1 }
                        ]
                    },
                    null,
                    2
                )
            )
        });
        assert.deepEqual(lines, [
            "data/Account_Plan__c.json:5: Account_Plan__c.Name holds the date '2026-10-01' but is not a Date or DateTime field: the scratch-org loader would not move it with the other dates",
            "data/Account_Plan__c.json:9: Account_Plan_Objective__c.Due_Date__c is a Date field: '31/03/2027' is not YYYY-MM-DD",
            "data/Opportunity.json:9: Opportunity.CloseDate is a Date field: '2026-12-15T00:00:00Z' is not YYYY-MM-DD"
        ]);
    });

    it('reads plan steps without an object or without files, and JSON that is neither a plan nor a tree', async () => {
        assert.deepEqual(
            await run(checkSampleData, {
                'data/Partial-plan.json': add('[{ "files": ["Account.json"] }, { "sobject": "Account" }]'),
                'data/settings.json': add('{ "name": "not sample records" }')
            }),
            []
        );
    });

    it('reports a record of a custom object the project does not define', async () => {
        const lines = await run(checkSampleData, {
            'data/Account_Plan__c.json': replaceOnce('"type": "Account_Plan_Objective__c"', '"type": "Account_Goal__c"')
        });
        assert.deepEqual(lines, ["data/Account_Plan__c.json:9: unknown object 'Account_Goal__c'"]);
    });
});

/** Every Metadata API length limit the gate enforces, with the source the developer reads in the message. */
const LIMITS: Array<[suffix: string, element: string, limit: number, source: string]> = [
    ['.field-meta.xml', 'label', 40, 'Metadata API: CustomField'],
    ['.field-meta.xml', 'description', 1000, 'Metadata API: CustomField'],
    ['.field-meta.xml', 'inlineHelpText', 510, 'Metadata API: CustomField'],
    ['.field-meta.xml', 'relationshipLabel', 80, 'Metadata API: CustomField'],
    [
        '.field-meta.xml',
        'valueSet.valueSetDefinition.value[].label',
        255,
        'Metadata API: CustomValue (picklist value label)'
    ],
    ['.object-meta.xml', 'label', 40, 'Metadata API: CustomObject'],
    ['.object-meta.xml', 'pluralLabel', 40, 'Metadata API: CustomObject'],
    ['.object-meta.xml', 'description', 1000, 'Metadata API: CustomObject'],
    ['.listView-meta.xml', 'label', 40, 'Metadata API: ListView'],
    ['.validationRule-meta.xml', 'errorMessage', 255, 'Metadata API: ValidationRule'],
    ['.validationRule-meta.xml', 'description', 1000, 'Metadata API: ValidationRule'],
    ['.globalValueSet-meta.xml', 'customValue[].label', 255, 'Metadata API: GlobalValueSet / CustomValue'],
    ['.labels-meta.xml', 'labels[].value', 1000, 'Metadata API: CustomLabels (value)'],
    ['.labels-meta.xml', 'labels[].shortDescription', 80, 'Metadata API: CustomLabels (shortDescription)'],
    ['.permissionset-meta.xml', 'label', 80, 'Tooling API / Object Reference: PermissionSet.Label'],
    [
        '.permissionset-meta.xml',
        'description',
        255,
        'Metadata API: PermissionSet (description); Object Reference: PermissionSet.Description'
    ],
    ['.customPermission-meta.xml', 'label', 80, 'Object Reference: CustomPermission.MasterLabel'],
    ['.customPermission-meta.xml', 'description', 255, 'Object Reference: CustomPermission.Description'],
    ['.quickAction-meta.xml', 'label', 40, 'Metadata API: QuickAction'],
    ['.quickAction-meta.xml', 'description', 255, 'Metadata API: QuickAction'],
    ['.tab-meta.xml', 'description', 1000, 'Metadata API: CustomTab'],
    ['.app-meta.xml', 'description', 255, 'Metadata API: CustomApplication'],
    ['.flexipage-meta.xml', 'masterLabel', 80, 'Metadata API: FlexiPage'],
    ['.flexipage-meta.xml', 'description', 255, 'Metadata API: FlexiPage'],
    ['.resource-meta.xml', 'description', 255, 'Object Reference: StaticResource.Description'],
    ['.report-meta.xml', 'name', 40, 'Metadata API: Report (name)'],
    ['.report-meta.xml', 'description', 255, 'Object Reference: Report.Description ("Limit: 255 characters")'],
    ['.reportType-meta.xml', 'label', 50, 'Metadata API: ReportType'],
    ['.reportType-meta.xml', 'description', 255, 'Metadata API: ReportType'],
    ['.reportFolder-meta.xml', 'name', 40, 'Metadata API: Folder (name)'],
    ['.dashboardFolder-meta.xml', 'name', 40, 'Metadata API: Folder (name)'],
    ['.dashboard-meta.xml', 'title', 80, 'Metadata API: Dashboard (title)'],
    ['.dashboard-meta.xml', 'description', 255, 'Object Reference: Dashboard.Description'],
    ['.md-meta.xml', 'label', 40, 'Metadata API: CustomMetadata (label)']
];

/** A metadata file whose only content is `value` at the dotted element path, on line 3. */
function fileWith(element: string, value: string): string {
    const parts = element.replace(/\[\]/g, '').split('.');
    const open = parts.map((p) => `<${p}>`).join('');
    const close = [...parts]
        .reverse()
        .map((p) => `</${p}>`)
        .join('');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Root xmlns="http://soap.sforce.com/2006/04/metadata">\n${open}${value}${close}\n</Root>\n`;
}

describe('Metadata API length limits: exactly at the limit passes, one over fails', () => {
    it('enforces exactly these limits', () => {
        assert.deepEqual(
            LENGTH_RULES.map((r) => [r.suffix, r.element, r.limit, r.source]),
            LIMITS
        );
    });

    it('every limit, at the limit and one over', () => {
        const root = mkdtempSync(path.join(os.tmpdir(), 'lengths-'));
        try {
            const dir = path.join(root, BASE, 'texts');
            mkdirSync(dir, { recursive: true });
            const expected: string[] = [];
            LIMITS.forEach(([suffix, element, limit, source], i) => {
                writeFileSync(path.join(dir, `r${i}-at${suffix}`), fileWith(element, 'é'.repeat(limit)));
                writeFileSync(path.join(dir, `r${i}-over${suffix}`), fileWith(element, 'x'.repeat(limit + 1)));
                expected.push(
                    `${BASE}/texts/r${i}-over${suffix}:3: <${element.replace(/\[\]/g, '')}> of r${i}-over${suffix} is ${limit + 1} characters; the limit is ${limit} (${source})`
                );
            });
            const findings = new Findings(root);
            checkLengths(new MetadataIndex(root), findings);
            assert.deepEqual(findings.lines().sort(), expected.sort());
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });

    it('reads leaf text and numbers at a path, not elements with children or paths through text', () => {
        assert.deepEqual(valuesAt({ a: 5 }, 'a'), ['5']);
        assert.deepEqual(valuesAt({ a: { b: 'x' } }, 'a'), []);
        assert.deepEqual(valuesAt({ a: 'text' }, 'a.b'), []);
        assert.deepEqual(valuesAt({ a: [{ b: 'x' }, 'text', { b: ['y', 'z'] }] }, 'a[].b'), ['x', 'y', 'z']);
        assert.deepEqual(valuesAt({ a: null }, 'a.b'), []);
    });

    it('checks every repeated value, each at its own line', () => {
        const root = mkdtempSync(path.join(os.tmpdir(), 'lengths-'));
        try {
            const dir = path.join(root, BASE, 'labels');
            mkdirSync(dir, { recursive: true });
            const label = (value: string): string => `    <labels>\n        <value>${value}</value>\n    </labels>`;
            writeFileSync(
                path.join(dir, 'CustomLabels.labels-meta.xml'),
                `<CustomLabels>\n${label('a'.repeat(1001))}\n${label('b')}\n${label('c'.repeat(1002))}\n</CustomLabels>\n`
            );
            const findings = new Findings(root);
            checkLengths(new MetadataIndex(root), findings);
            assert.deepEqual(findings.lines(), [
                `${BASE}/labels/CustomLabels.labels-meta.xml:3: <labels.value> of CustomLabels.labels-meta.xml is 1001 characters; the limit is 1000 (Metadata API: CustomLabels (value))`,
                `${BASE}/labels/CustomLabels.labels-meta.xml:9: <labels.value> of CustomLabels.labels-meta.xml is 1002 characters; the limit is 1000 (Metadata API: CustomLabels (value))`
            ]);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});

describe('reports and dashboards', () => {
    const FOLDER = `${BASE}/reports/PlanReports`;
    const report = (body: string): string =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<Report xmlns="http://soap.sforce.com/2006/04/metadata">\n${body}\n</Report>\n`;

    it('the base fixture names existing report types, columns and reports', async () => {
        assert.deepEqual(await run(checkReports), []);
    });

    it('on a custom-object report type: every kind of field token is resolved, own names and FK_ columns pass', async () => {
        const lines = await run(checkReports, {
            [`${FOLDER}/Plans_Flat.report-meta.xml`]: add(
                report(
                    [
                        '    <aggregates><developerName>FORMULA1</developerName></aggregates>',
                        '    <buckets><developerName>BucketField_1</developerName><sourceColumnName>Account_Plan__c.Bucket_Src__c</sourceColumnName></buckets>',
                        '    <chart><chartType>Pie</chartType><groupingColumn>BucketField_1</groupingColumn><secondaryGroupingColumn>Account_Plan__c.Second__c</secondaryGroupingColumn><chartSummaries><column>s!Account_Plan__c.Won_Amount__c</column></chartSummaries><chartSummaries><column>RowCount</column></chartSummaries></chart>',
                        '    <columns><field>CUST_NAME</field></columns>',
                        '    <columns><field>Account_Plan__c.Status__c</field></columns>',
                        '    <columns><field>Account_Plan__c.Statuz__c</field></columns>',
                        '    <columns><field>FK_Account__c</field></columns>',
                        '    <columns><field>Loose__c</field></columns>',
                        '    <columns><field>FORMULA1</field></columns>',
                        '    <columns><field>CDF1</field></columns>',
                        '    <customDetailFormulas><developerName>CDF1</developerName></customDetailFormulas>',
                        '    <filter><criteriaItems><column>Account_Plan__c.Filter__c</column></criteriaItems></filter>',
                        '    <groupingsAcross><field>Account_Plan__c.Across__c</field></groupingsAcross>',
                        '    <groupingsDown><field>Account_Plan__c.Account__r.Nmae</field></groupingsDown>',
                        '    <reportType>CustomEntity$Account_Plan__c</reportType>',
                        '    <sortColumn>Account_Plan__c.Sort__c</sortColumn>',
                        '    <timeFrameFilter><dateColumn>Account_Plan__c.When__c</dateColumn></timeFrameFilter>'
                    ].join('\n')
                )
            )
        });
        const at = (line: number, message: string): string =>
            `${FOLDER}/Plans_Flat.report-meta.xml:${line}: ${message}`;
        assert.deepEqual(lines, [
            at(8, "column 'Account_Plan__c.Statuz__c': unknown field 'Statuz__c' on Account_Plan__c"),
            at(10, "column 'Loose__c' does not name a field of report type CustomEntity$Account_Plan__c"),
            at(
                16,
                "grouping 'Account_Plan__c.Account__r.Nmae': unknown field 'Nmae' on Account (in 'Account__r.Nmae')"
            ),
            at(15, "grouping 'Account_Plan__c.Across__c': unknown field 'Across__c' on Account_Plan__c"),
            at(14, "filter 'Account_Plan__c.Filter__c': unknown field 'Filter__c' on Account_Plan__c"),
            at(18, "sort column 'Account_Plan__c.Sort__c': unknown field 'Sort__c' on Account_Plan__c"),
            at(19, "time frame column 'Account_Plan__c.When__c': unknown field 'When__c' on Account_Plan__c"),
            at(5, "chart grouping 'Account_Plan__c.Second__c': unknown field 'Second__c' on Account_Plan__c"),
            at(4, "bucket source 'Account_Plan__c.Bucket_Src__c': unknown field 'Bucket_Src__c' on Account_Plan__c")
        ]);
    });

    it('names the missing custom report type file, and a cross filter join column that does not exist', async () => {
        const lines = await run(checkReports, {
            [`${FOLDER}/Plans_By_Status.report-meta.xml`]: (t) =>
                t.replace(
                    '<reportType>Plans_with_Objectives__c</reportType>',
                    '<reportType>Plans_and_Goals__c</reportType>'
                ),
            [`${FOLDER}/Objectives.report-meta.xml`]: add(
                report(
                    [
                        '    <crossFilters>',
                        '        <criteriaItems><column>Due_Date__c</column></criteriaItems>',
                        '        <operation>with</operation>',
                        '        <primaryTableColumn>Account_Plan__c$Id</primaryTableColumn>',
                        '        <relatedTable>Account_Plan_Objective__c</relatedTable>',
                        '        <relatedTableJoinColumn>Plan__c</relatedTableJoinColumn>',
                        '    </crossFilters>',
                        '    <reportType>Opportunity</reportType>'
                    ].join('\n')
                )
            )
        });
        assert.deepEqual(lines, [
            `${FOLDER}/Objectives.report-meta.xml:8: cross filter join column 'Account_Plan_Objective__c.Plan__c' does not exist`,
            `${FOLDER}/Plans_By_Status.report-meta.xml:40: report type 'Plans_and_Goals__c' does not exist (no reportTypes/Plans_and_Goals.reportType-meta.xml)`
        ]);
    });

    it('report type columns: a lookup written as its field resolves (Account__c.Owner), an unknown field through it is named', async () => {
        const RT = `${BASE}/reportTypes/Plans_with_Objectives.reportType-meta.xml`;
        const lines = await run(checkReports, {
            [RT]: (t) =>
                t
                    .replace('<field>Account__c.Name</field>', '<field>Account__c.Owner</field>')
                    .replace('<field>Owner</field>', '<field>Account__c.Nmae</field>')
        });
        assert.deepEqual(lines, [
            `${RT}:20: report type column Account_Plan__c.Account__c.Nmae: unknown field 'Nmae' on Account (in 'Account__r.Nmae')`
        ]);
    });

    it('dashboards: grid layouts count, table components need no grouping, components without a report pass', async () => {
        const DASH = `${BASE}/dashboards/PlanDashboards/Plan_Grid.dashboard-meta.xml`;
        const component = (type: string, reportName: string): string =>
            `        <dashboardGridComponents><dashboardComponent><componentType>${type}</componentType>${reportName ? `<report>${reportName}</report>` : ''}</dashboardComponent></dashboardGridComponents>`;
        const lines = await run(checkReports, {
            [DASH]: add(
                `<Dashboard>\n    <dashboardGridLayout>\n${[
                    component('Table', 'PlanReports/Plans_By_Status'),
                    component('VisualforcePage', ''),
                    component('ColumnStacked', 'planreports/plans_by_status'),
                    component('Radar', 'PlanReports/Plans_By_Status'),
                    component('Line', 'PlanReports/Plans_By_Status')
                ].join('\n')}\n    </dashboardGridLayout>\n    <title>Grid</title>\n</Dashboard>\n`
            )
        });
        assert.deepEqual(lines, [
            `${DASH}:5: ColumnStacked chart needs two groupings; 'planreports/plans_by_status' has 1`,
            `${DASH}:6: unknown dashboard component type 'Radar'`
        ]);
    });
});

describe('UI metadata', () => {
    const page = (type: string, components: string, sobject = ''): string =>
        `<FlexiPage>\n    <flexiPageRegions>\n${components}\n        <name>main</name>\n    </flexiPageRegions>\n    <masterLabel>P</masterLabel>\n${sobject ? `    <sobjectType>${sobject}</sobjectType>\n` : ''}    <type>${type}</type>\n</FlexiPage>\n`;
    const component = (name: string, props: string[] = []): string =>
        `        <itemInstances>\n            <componentInstance>\n${props.map((p) => `                <componentInstanceProperties>\n                    <name>${p}</name>\n                    <value>x</value>\n                </componentInstanceProperties>\n`).join('')}                <componentName>${name}</componentName>\n            </componentInstance>\n        </itemInstances>`;

    it('resolves FlexiPage component names to project components; platform and namespaced ones are not judged', () => {
        assert.equal(customComponentName('c:planCard'), 'planCard');
        assert.equal(customComponentName('c__planCard'), 'planCard');
        assert.equal(customComponentName('planCard'), 'planCard');
        assert.equal(customComponentName('force:highlightsPanel'), undefined);
        assert.equal(customComponentName('acme__planCard'), undefined);
    });

    it('the base fixture passes', async () => {
        assert.deepEqual(await run(checkUiMetadata), []);
    });

    it('app and home pages: component targets, properties per target, Aura interfaces; utility bars need none', async () => {
        const FP = `${BASE}/flexipages`;
        const lines = await run(checkUiMetadata, {
            [`${FP}/Plan_App.flexipage-meta.xml`]: add(
                page('AppPage', [component('c:planCard', ['title']), component('c:planAura', ['size'])].join('\n'))
            ),
            [`${FP}/Plan_Home.flexipage-meta.xml`]: add(page('HomePage', component('c:planHomeAura'))),
            [`${FP}/Plan_Bar.flexipage-meta.xml`]: add(page('UtilityBar', component('c:planAura'))),
            [`${BASE}/aura/planAura/planAura.cmp`]: add(
                '<aura:component implements="force:hasRecordId"></aura:component>'
            ),
            [`${BASE}/aura/planHomeAura/planHomeAura.cmp`]: add(
                '<aura:component implements="force:appHostable, flexipage:availableForAllPageTypes"></aura:component>'
            )
        });
        assert.deepEqual(lines, [
            `${FP}/Plan_App.flexipage-meta.xml:9: component 'c:planCard' does not declare target lightning__AppPage for this AppPage`,
            `${FP}/Plan_App.flexipage-meta.xml:6: component 'c:planCard' has no property 'title' for lightning__AppPage in planCard.js-meta.xml`,
            `${FP}/Plan_App.flexipage-meta.xml:18: Aura component 'c:planAura' does not implement flexipage:availableForAllPageTypes for this AppPage`,
            `${FP}/Plan_App.flexipage-meta.xml:15: Aura component 'c:planAura' has no property 'size' (the check reads no design file)`
        ]);
    });

    it('list view filters, related list columns and quick action layouts name existing fields', async () => {
        const lines = await run(checkUiMetadata, {
            [`${PLAN}/listViews/All.listView-meta.xml`]: replaceOnce(
                '<filterScope>',
                '<filters>\n        <field>Statuz__c</field>\n        <operation>equals</operation>\n        <value>Active</value>\n    </filters>\n    <filterScope>'
            ),
            [`${PLAN}/Account_Plan__c.object-meta.xml`]: replaceOnce(
                '    <deploymentStatus>',
                '    <compactLayoutAssignment>SYSTEM</compactLayoutAssignment>\n    <deploymentStatus>'
            ),
            [`${BASE}/layouts/Account_Plan__c-Plan Layout.layout-meta.xml`]: add(
                [
                    '<Layout>',
                    '    <platformActionList>',
                    '        <platformActionListItems><actionName>Edit</actionName><actionType>StandardButton</actionType></platformActionListItems>',
                    '        <platformActionListItems><actionName>Case.LogACall</actionName><actionType>QuickAction</actionType></platformActionListItems>',
                    '        <platformActionListItems><actionName>Account_Plan__c.Add_Goal</actionName><actionType>QuickAction</actionType></platformActionListItems>',
                    '    </platformActionList>',
                    '    <relatedLists>',
                    '        <fields>Account_Plan_Objective__c.Due_Date__c</fields>',
                    '        <fields>Due_Datez__c</fields>',
                    '        <fields>Account_Plan_Objective__c.Statuz__c</fields>',
                    '        <relatedList>Account_Plan_Objective__c.Account_Plan__c</relatedList>',
                    '    </relatedLists>',
                    '    <relatedLists>',
                    '        <relatedList>RelatedNoteList</relatedList>',
                    '    </relatedLists>',
                    '</Layout>'
                ].join('\n')
            ),
            [`${BASE}/quickActions/Account_Plan__c.Add_Goal.quickAction-meta.xml`]: add(
                [
                    '<QuickAction>',
                    '    <label>Add Goal</label>',
                    '    <quickActionLayout>',
                    '        <quickActionLayoutColumns>',
                    '            <quickActionLayoutItems><field>Status__c</field></quickActionLayoutItems>',
                    '            <quickActionLayoutItems><emptySpace>true</emptySpace></quickActionLayoutItems>',
                    '            <quickActionLayoutItems><field>Won_Amout__c</field></quickActionLayoutItems>',
                    '        </quickActionLayoutColumns>',
                    '    </quickActionLayout>',
                    '    <type>Create</type>',
                    '</QuickAction>'
                ].join('\n')
            )
        });
        assert.deepEqual(lines, [
            `${PLAN}/listViews/All.listView-meta.xml:9: list view on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c`,
            `${BASE}/layouts/Account_Plan__c-Plan Layout.layout-meta.xml:9: related list Account_Plan_Objective__c.Account_Plan__c: unknown field 'Due_Datez__c' on Account_Plan_Objective__c`,
            `${BASE}/layouts/Account_Plan__c-Plan Layout.layout-meta.xml:10: related list Account_Plan_Objective__c.Account_Plan__c: unknown field 'Statuz__c' on Account_Plan_Objective__c`,
            `${BASE}/quickActions/Account_Plan__c.Add_Goal.quickAction-meta.xml:7: quick action on Account_Plan__c: unknown field 'Won_Amout__c' on Account_Plan__c`
        ]);
    });

    it('apps: overrides of other types and existing FlexiPages pass, profile overrides are checked too', async () => {
        const APP = `${BASE}/applications/Plans.app-meta.xml`;
        const override = (element: string, type: string, content: string): string =>
            `    <${element}>\n        <actionName>View</actionName>\n        <content>${content}</content>\n        <formFactor>Large</formFactor>\n        <type>${type}</type>\n    </${element}>\n`;
        const lines = await run(checkUiMetadata, {
            [APP]: replaceOnce(
                '    <description>',
                override('actionOverrides', 'Flexipage', 'Account_Plan_Record_Page') +
                    override('actionOverrides', 'Visualforce', 'Plan_Page') +
                    override('profileActionOverrides', 'Flexipage', 'Plan_Profile_Page') +
                    '    <description>'
            )
        });
        assert.deepEqual(lines, [`${APP}:17: app override FlexiPage 'Plan_Profile_Page' does not exist`]);
    });
});

describe('a custom object folder without its object-meta.xml', () => {
    const GOAL = `${BASE}/objects/Account_Goal__c`;
    const edits: Edits = {
        [`${GOAL}/fields/Target__c.field-meta.xml`]: add(
            '<CustomField>\n    <fullName>Target__c</fullName>\n    <label>Target</label>\n    <type>Number</type>\n</CustomField>\n'
        )
    };

    it('is not an object for SOQL, component imports or sample data', async () => {
        await withFixture(
            'base',
            (root) => {
                const index = new MetadataIndex(root);
                assert.deepEqual(checkSoql('SELECT Id, Target__c FROM Account_Goal__c', index), [
                    { pos: 26, message: "unknown object 'Account_Goal__c' in SOQL" }
                ]);
                const findings = new Findings(root);
                checkLwcImports(index, findings);
                checkSampleData(index, findings);
                assert.deepEqual(findings.lines(), [
                    `${BASE}/lwc/planCard/goal.ts:1: @salesforce/schema/Account_Goal__c.Target__c: object 'Account_Goal__c' does not exist`,
                    "data/Account_Goal__c.json:1: unknown object 'Account_Goal__c'"
                ]);
            },
            {
                ...edits,
                [`${BASE}/lwc/planCard/goal.ts`]: add(
                    "import T from '@salesforce/schema/Account_Goal__c.Target__c';\n"
                ),
                'data/Account_Goal__c.json': add(
                    '{"records": [{"attributes": {"type": "Account_Goal__c"}, "Target__c": 1}]}'
                )
            }
        );
    });

    it('its fields still need their documentation; a standard field file needs none', async () => {
        assert.deepEqual(
            await run(checkFieldDocs, {
                ...edits,
                [`${BASE}/objects/Account/fields/Industry.field-meta.xml`]: add(
                    '<CustomField>\n    <fullName>Industry</fullName>\n    <trackHistory>false</trackHistory>\n</CustomField>\n'
                )
            }),
            [
                `${GOAL}/fields/Target__c.field-meta.xml:1: Account_Goal__c.Target__c has no <description>`,
                `${GOAL}/fields/Target__c.field-meta.xml:1: Account_Goal__c.Target__c has no <inlineHelpText>`
            ]
        );
    });
});
