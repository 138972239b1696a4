/**
 * The metadata index every gate reads, in-process on the base fixture with a few files added: which files are which
 * metadata, what it records of objects, fields, relationships, labels and components, how it resolves dotted field
 * paths, which Apex declarations it takes for methods and how it masks Apex. Each assertion states the whole record a
 * gate reads.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
    MetadataIndex,
    maskApex,
    parseApexMethods,
    parseTargetConfigs,
    type FieldInfo
} from '../lib/metadata-index.ts';
import { STANDARD_OBJECTS } from '../lib/standard-objects.ts';
import { loadXml } from '../lib/xml.ts';
import { BASE, replaceOnce, withFixture, type Edits } from './helpers.ts';

const add = (text: string) => (): string => text;
const PLAN = `${BASE}/objects/Account_Plan__c`;
const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const xmlFile = (root: string, body: string): string =>
    `${XML}<${root} xmlns="http://soap.sforce.com/2006/04/metadata">\n${body}</${root}>\n`;
const lookup = (name: string, targets: string[], relationshipName = ''): string =>
    xmlFile(
        'CustomField',
        `    <fullName>${name}</fullName>\n` +
            targets.map((t) => `    <referenceTo>${t}</referenceTo>\n`).join('') +
            (relationshipName ? `    <relationshipName>${relationshipName}</relationshipName>\n` : '') +
            '    <type>Lookup</type>\n'
    );

/** Runs `fn` on the index of the base fixture with `edits`. */
function indexed<T>(fn: (index: MetadataIndex, root: string) => T, edits: Edits = {}): Promise<T> {
    return withFixture('base', (root) => fn(new MetadataIndex(root), root), edits);
}

const sorted = (names: Iterable<string>): string[] => [...names].sort();
const entries = (map: Map<string, string> | undefined): string[] =>
    [...(map ?? new Map<string, string>())].map(([k, v]) => `${k} -> ${v}`).sort();

/** What the index records of a field the platform defines (no file to read). */
const standardField = (object: string, name: string): FieldInfo => ({
    name,
    object,
    type: 'standard',
    custom: false,
    required: false,
    formula: false,
    description: '',
    inlineHelpText: '',
    referenceTo: [],
    relationshipName: ''
});

describe('metadata index: which files are which metadata', () => {
    it('finds classes, tabs, apps, Lightning pages, custom permissions and message channels by suffix, in any folder', async () => {
        await indexed(
            (index, root) => {
                assert.deepEqual(sorted(index.classes.keys()), ['planningservice', 'planservice', 'planutil']);
                assert.equal(index.klass('PlanService')?.file, path.join(root, BASE, 'classes', 'PlanService.cls'));
                assert.equal(index.klass('PlanUtil')?.file, path.join(root, BASE, 'utilities', 'PlanUtil.cls'));
                assert.deepEqual(sorted(index.tabs), ['account_plan__c', 'plan_home']);
                assert.deepEqual(sorted(index.apps), ['planning_console', 'plans']);
                assert.deepEqual(sorted(index.flexipages), ['account_plan_record_page', 'plan_home_page']);
                assert.deepEqual(sorted(index.customPermissions), ['manage_plans', 'review_plans']);
                assert.deepEqual(sorted(index.messageChannels), ['plan_changed']);
            },
            {
                [`${BASE}/classes/planning/PlanningService.cls`]: add('public with sharing class PlanningService {}\n'),
                [`${BASE}/classes/planning/PlanningService.cls-meta.xml`]: add(
                    xmlFile('ApexClass', '    <apiVersion>65.0</apiVersion>\n')
                ),
                [`${BASE}/utilities/PlanUtil.cls`]: add('public with sharing class PlanUtil {}\n'),
                [`${BASE}/tabs/Plan_Home.tab-meta.xml`]: add(
                    xmlFile('CustomTab', '    <lwcComponent>planCard</lwcComponent>\n')
                ),
                [`${BASE}/tabs/README.md`]: add('The tabs of the package.\n'),
                [`${BASE}/applications/Planning_Console.app-meta.xml`]: add(xmlFile('CustomApplication', '')),
                [`${BASE}/flexipages/home/Plan_Home_Page.flexipage-meta.xml`]: add(xmlFile('FlexiPage', '')),
                [`${BASE}/customPermissions/Review_Plans.customPermission-meta.xml`]: add(
                    xmlFile('CustomPermission', '    <label>Review Plans</label>\n')
                ),
                [`${BASE}/messageChannels/Plan_Changed.messageChannel-meta.xml`]: add(
                    xmlFile('LightningMessageChannel', '    <masterLabel>Plan Changed</masterLabel>\n')
                )
            }
        );
    });

    it('files inside Aura bundles, components and static resources belong to them, not to the package', async () => {
        await indexed(
            (index) => {
                assert.deepEqual(sorted(index.apps), ['plans'], 'an Aura application is no custom application');
                assert.deepEqual(sorted(index.flexipages), ['account_plan_record_page']);
                assert.deepEqual(sorted(index.classes.keys()), ['planservice']);
            },
            {
                [`${BASE}/aura/PlanApp/PlanApp.app`]: add('<aura:application></aura:application>\n'),
                [`${BASE}/aura/PlanApp/PlanApp.app-meta.xml`]: add(
                    xmlFile('AuraDefinitionBundle', '    <apiVersion>65.0</apiVersion>\n')
                ),
                [`${BASE}/lwc/planCard/__tests__/data/Sample_Page.flexipage-meta.xml`]: add(xmlFile('FlexiPage', '')),
                [`${BASE}/staticresources/apexSamples/Example.cls`]: add('public class Example {}\n')
            }
        );
    });

    it('a static resource is its resource-meta.xml in staticresources/, not the files of its content', async () => {
        await indexed((index) => assert.deepEqual(sorted(index.staticResources), ['planicons']), {
            [`${BASE}/staticresources/planIcons.resource-meta.xml`]: add(
                xmlFile('StaticResource', '    <contentType>application/zip</contentType>\n')
            ),
            [`${BASE}/staticresources/planIcons/star.svg`]: add('<svg/>\n'),
            [`${BASE}/documents/Old_Logo.resource-meta.xml`]: add(xmlFile('StaticResource', ''))
        });
    });
});

describe('metadata index: API names are looked up whatever their case', () => {
    it('finds objects, fields, labels, classes and components by any spelling of the name', async () => {
        await indexed((index) => {
            assert.equal(index.object('ACCOUNT_PLAN__C')?.name, 'Account_Plan__c');
            assert.equal(index.object('account_plan__c')?.name, 'Account_Plan__c');
            assert.equal(index.field('ACCOUNT_PLAN__C', 'STATUS__C')?.name, 'Status__c');
            assert.equal(index.field('account_plan__c', 'status__c')?.object, 'Account_Plan__c');
            assert.equal(index.field('Account_Plan__c', 'Statuz__c'), undefined);
            assert.equal(index.field('Account_Goal__c', 'Name'), undefined, 'a field of an unknown object is unknown');
            assert.equal(index.hasLabel('PLAN_TITLE'), true);
            assert.equal(index.hasLabel('plan_title'), true);
            assert.equal(index.hasLabel('Plan_Subtitle'), false);
            assert.equal(index.hasClass('PLANSERVICE'), true);
            assert.equal(index.hasClass('planservice'), true);
            assert.equal(index.hasClass('PlanServices'), false);
            assert.equal(index.klass('planservice')?.name, 'PlanService');
            assert.equal(index.klass('PLANSERVICE')?.name, 'PlanService');
            assert.equal(index.bundle('PLANCARD')?.name, 'planCard');
            assert.equal(index.bundle('plancard')?.name, 'planCard');
            assert.equal(index.bundle('planBadge'), undefined);
        });
    });
});

describe('metadata index: objects', () => {
    it('a standard object has its platform fields and relationships and is not defined by the project', async () => {
        await indexed((index, root) => {
            const account = index.object('Account');
            assert.equal(account?.name, 'Account');
            assert.equal(account?.projectDefined, false);
            assert.equal(account?.dir, path.join(root, BASE, 'objects', 'Account'), 'the project adds fields to it');
            assert.deepEqual(index.field('Account', 'Industry'), standardField('Account', 'Industry'));
            assert.equal(account?.relationships.get('owner'), 'User');
            assert.equal(account?.children.get('contacts'), 'Contact');
            const user = index.object('User');
            assert.equal(user?.projectDefined, false);
            assert.equal(user?.dir, undefined, 'no project folder');
        });
    });

    it('a custom object has the fields and lookups every custom object has, and its activities', async () => {
        await indexed((index, root) => {
            const plan = index.object('Account_Plan__c');
            assert.equal(plan?.projectDefined, true);
            assert.equal(plan?.dir, path.join(root, PLAN));
            assert.deepEqual(index.field('Account_Plan__c', 'OwnerId'), standardField('Account_Plan__c', 'OwnerId'));
            assert.deepEqual(index.field('Account_Plan__c', 'Name'), standardField('Account_Plan__c', 'Name'));
            assert.deepEqual(entries(plan?.relationships), [
                'account__r -> Account',
                'createdby -> User',
                'lastmodifiedby -> User',
                'owner -> User',
                'recordtype -> RecordType'
            ]);
            assert.deepEqual(entries(plan?.children), [
                'activityhistories -> ActivityHistory',
                'events -> Event',
                'objectives__r -> Account_Plan_Objective__c',
                'openactivities -> OpenActivity',
                'opportunities__r -> Opportunity',
                'tasks -> Task'
            ]);
        });
    });

    it('an object without activities has no activity child relationships', async () => {
        await indexed((index) => assert.deepEqual(entries(index.object('Account_Plan_Objective__c')?.children), []), {
            [`${BASE}/objects/Account_Plan_Objective__c/Account_Plan_Objective__c.object-meta.xml`]: replaceOnce(
                '<enableActivities>true</enableActivities>',
                '<enableActivities>false</enableActivities>'
            )
        });
    });

    it('a custom metadata type has the fields of custom metadata, no lookups, and no fields to grant', async () => {
        await indexed(
            (index) => {
                const setting = index.object('Plan_Setting__mdt');
                assert.equal(setting?.projectDefined, true);
                assert.deepEqual(sorted(setting?.fields.keys() ?? []), [
                    'developername',
                    'id',
                    'label',
                    'language',
                    'masterlabel',
                    'namespaceprefix',
                    'qualifiedapiname',
                    'systemmodstamp',
                    'threshold__c'
                ]);
                assert.deepEqual(entries(setting?.relationships), []);
                assert.deepEqual(entries(setting?.children), []);
                assert.deepEqual(
                    index.projectFields().map((f) => `${f.object}.${f.name}`),
                    [
                        'Account_Plan__c.Account__c',
                        'Account_Plan__c.Forecast__c',
                        'Account_Plan__c.Manager_Review_Comments__c',
                        'Account_Plan__c.Status__c',
                        'Account_Plan__c.Won_Amount__c',
                        'Account_Plan_Objective__c.Account_Plan__c',
                        'Account_Plan_Objective__c.Due_Date__c',
                        'Account.Key_Account__c',
                        'Opportunity.Account_Plan__c'
                    ],
                    'custom metadata fields and standard field files are not granted in permission sets'
                );
            },
            {
                [`${BASE}/objects/Plan_Setting__mdt/fields/Threshold__c.field-meta.xml`]: add(
                    xmlFile('CustomField', '    <fullName>Threshold__c</fullName>\n    <type>Number</type>\n')
                ),
                [`${BASE}/objects/Account/fields/Industry.field-meta.xml`]: add(
                    xmlFile(
                        'CustomField',
                        '    <fullName>Industry</fullName>\n    <trackHistory>false</trackHistory>\n'
                    )
                )
            }
        );
    });

    it('platform events, big and external objects are the project’s when their object file is there; a standard object’s is not', async () => {
        const object = (name: string): Edits => ({
            [`${BASE}/objects/${name}/${name}.object-meta.xml`]: add(
                xmlFile('CustomObject', `    <label>${name}</label>\n`)
            )
        });
        await indexed(
            (index) => {
                for (const name of ['Plan_Changed__e', 'Plan_Archive__b', 'Plan_Ledger__x']) {
                    assert.equal(index.object(name)?.projectDefined, true, name);
                }
                assert.equal(index.object('Account')?.projectDefined, false, 'Account.object-meta.xml holds settings');
                assert.equal(
                    index.object('Account_Goal__c')?.projectDefined,
                    false,
                    'no Account_Goal__c.object-meta.xml'
                );
                assert.equal(index.field('Account_Goal__c', 'Target__c')?.name, 'Target__c', 'its fields still count');
            },
            {
                ...object('Plan_Changed__e'),
                ...object('Plan_Archive__b'),
                ...object('Plan_Ledger__x'),
                ...object('Account'),
                [`${BASE}/objects/Account_Goal__c/fields/Target__c.field-meta.xml`]: add(
                    xmlFile('CustomField', '    <fullName>Target__c</fullName>\n    <type>Number</type>\n')
                )
            }
        );
    });
});

describe('metadata index: fields, as their files state them', () => {
    it('records each field’s file, type, required flag, formula, description, help text and lookup target', async () => {
        await indexed((index, root) => {
            const file = path.join(root, PLAN, 'fields', 'Account__c.field-meta.xml');
            const account = index.field('Account_Plan__c', 'Account__c');
            assert.deepEqual(account, {
                name: 'Account__c',
                object: 'Account_Plan__c',
                file,
                type: 'Lookup',
                custom: true,
                required: true,
                formula: false,
                description: 'The account this plan is for.',
                inlineHelpText: 'The account the plan covers.',
                referenceTo: ['Account'],
                relationshipName: 'Account_Plans',
                xml: loadXml(file).root
            });
            const { xml, ...forecast } = index.field('Account_Plan__c', 'Forecast__c') ?? {};
            assert.equal(xml?.formula, 'BLANKVALUE(Won_Amount__c, 0)');
            assert.deepEqual(forecast, {
                name: 'Forecast__c',
                object: 'Account_Plan__c',
                file: path.join(root, PLAN, 'fields', 'Forecast__c.field-meta.xml'),
                type: 'Currency',
                custom: true,
                required: false,
                formula: true,
                description: 'Won amount, as a forecast.',
                inlineHelpText: 'What the plan is expected to bring in.',
                referenceTo: [],
                relationshipName: ''
            });
        });
    });

    it('a field file without fullName is named by its file; a standard field’s file is no custom field', async () => {
        await indexed(
            (index, root) => {
                assert.equal(index.field('Account_Plan__c', 'Region__c')?.name, 'Region__c');
                assert.equal(index.field('Account_Plan__c', 'Region__c')?.custom, true);
                const { xml, ...industry } = index.field('Account', 'Industry') ?? {};
                assert.equal(xml?.trackHistory, 'true');
                assert.deepEqual(industry, {
                    ...standardField('Account', 'Industry'),
                    file: path.join(root, BASE, 'objects', 'Account', 'fields', 'Industry.field-meta.xml'),
                    type: ''
                });
            },
            {
                [`${PLAN}/fields/Region__c.field-meta.xml`]: add(xmlFile('CustomField', '    <type>Text</type>\n')),
                [`${BASE}/objects/Account/fields/Industry.field-meta.xml`]: add(
                    xmlFile('CustomField', '    <fullName>Industry</fullName>\n    <trackHistory>true</trackHistory>\n')
                )
            }
        );
    });

    it('only .field-meta.xml files are fields', async () => {
        await indexed(
            (index) => {
                const files = [...(index.object('Account_Plan__c')?.fields.values() ?? [])].filter((f) => f.file);
                assert.deepEqual(
                    files.map((f) => f.name),
                    ['Account__c', 'Forecast__c', 'Manager_Review_Comments__c', 'Status__c', 'Won_Amount__c']
                );
            },
            { [`${PLAN}/fields/README.md`]: add('<p>Fields of the plan.</p>\n') }
        );
    });
});

describe('metadata index: relationships of lookups', () => {
    it('a custom lookup gives its __r path; a standard lookup’s file adds none, its relationship is the platform’s', async () => {
        await indexed(
            (index) => {
                const opportunity = STANDARD_OBJECTS.Opportunity.relationships ?? {};
                assert.deepEqual(
                    sorted(index.object('Opportunity')?.relationships.keys() ?? []),
                    sorted([...Object.keys(opportunity).map((r) => r.toLowerCase()), 'account_plan__r'])
                );
                assert.equal(
                    index.checkPath('Account_Plan__c', 'Status__r.Name'),
                    "unknown relationship 'Status__r' on Account_Plan__c (in 'Status__r.Name')",
                    'a field that is no lookup has no path'
                );
            },
            {
                [`${BASE}/objects/Opportunity/fields/AccountId.field-meta.xml`]: add(lookup('AccountId', ['Account']))
            }
        );
    });

    it('a lookup names a child relationship on its parent only with a relationship name and one target', async () => {
        await indexed(
            (index) => {
                const standardChildren = Object.keys(STANDARD_OBJECTS.Account.children ?? {}).map((c) =>
                    c.toLowerCase()
                );
                assert.deepEqual(
                    sorted(index.object('Account')?.children.keys() ?? []),
                    sorted([...standardChildren, 'account_plans__r'])
                );
                assert.equal(index.object('Contact')?.children.has('sponsored_plans__r'), false);
                assert.equal(index.object('User')?.children.has('sponsored_plans__r'), false);
                assert.equal(index.object('*'), undefined, 'a polymorphic lookup makes up no object');
                assert.equal(index.object('Account_Plan__c')?.relationships.get('sponsor__r'), '*');
            },
            {
                [`${PLAN}/fields/Partner__c.field-meta.xml`]: add(lookup('Partner__c', ['Account'])),
                [`${PLAN}/fields/Sponsor__c.field-meta.xml`]: add(
                    lookup('Sponsor__c', ['Contact', 'User'], 'Sponsored_Plans')
                )
            }
        );
    });
});

describe('metadata index: dotted field paths', () => {
    const edits: Edits = {
        [`${PLAN}/fields/Last_Task__c.field-meta.xml`]: add(lookup('Last_Task__c', ['Task'])),
        [`${PLAN}/fields/Partner__c.field-meta.xml`]: add(lookup('Partner__c', ['Partner_Account__c']))
    };

    it('follows lookups, then reports the unknown field on the object reached, or the polymorphic part', async () => {
        await indexed((index) => {
            assert.equal(
                index.checkPath('Account_Plan__c', 'Statuz__c'),
                "unknown field 'Statuz__c' on Account_Plan__c",
                'a field of the object itself is named without the path'
            );
            assert.equal(index.checkPath('Account_Plan__c', 'Last_Task__r.Subject'), undefined);
            assert.equal(index.checkPath('Account_Plan__c', 'Last_Task__r.What.Name'), undefined);
            assert.equal(
                index.checkPath('Account_Plan__c', 'Last_Task__r.Subjekt'),
                "unknown field 'Subjekt' on Task (in 'Last_Task__r.Subjekt')"
            );
            assert.equal(
                index.checkPath('Account_Plan__c', 'Last_Task__r.What.Industry'),
                "field 'Industry' cannot be checked on polymorphic Task.What: use Id, Name or Type"
            );
            assert.equal(
                index.checkPath('Task', 'What.Name.Length'),
                "field 'Name.Length' cannot be checked on polymorphic Task.What: use Id, Name or Type",
                'beyond a polymorphic relationship only one of its common fields can be checked'
            );
        }, edits);
    });

    it('does not judge paths from, or through, an object it does not know', async () => {
        await indexed((index) => {
            assert.equal(index.checkPath('SomeFutureObject', 'Owner__r.Name'), undefined);
            assert.equal(index.checkPath('SomeFutureObject', 'Anything'), undefined);
            assert.equal(index.checkPath('Account_Plan__c', 'Partner__r.Owner.Name'), undefined);
            assert.equal(index.checkPath('Account_Plan__c', 'Partner__r.Anything__c'), undefined);
        }, edits);
    });
});

describe('metadata index: custom labels', () => {
    const LABELS = `${BASE}/labels/CustomLabels.labels-meta.xml`;

    it('knows each label with the line of its fullName, and skips a label without a name', async () => {
        await indexed(
            (index, root) => {
                assert.equal(index.labelsFile, path.join(root, LABELS));
                assert.deepEqual(
                    [...index.labels],
                    [
                        ['plan_title', { name: 'Plan_Title', line: 4 }],
                        ['plan_subtitle', { name: 'Plan_Subtitle', line: 15 }]
                    ]
                );
            },
            {
                [LABELS]: replaceOnce(
                    '</CustomLabels>',
                    '    <labels>\n' + // 11
                        '        <value>No name</value>\n' + // 12
                        '    </labels>\n' + // 13
                        '    <labels>\n' + // 14
                        '        <fullName>Plan_Subtitle</fullName>\n' + // 15
                        '        <value>Plans of the account</value>\n' +
                        '    </labels>\n' +
                        '</CustomLabels>'
                )
            }
        );
    });

    it('a package without a labels file has no labels', async () => {
        await indexed((index) => assert.equal(index.labels.size, 0), { [LABELS]: () => null });
    });
});

describe('metadata index: components', () => {
    const LWC = `${BASE}/lwc`;

    it('records each bundle’s meta file, exposure, targets and the properties declared per target', async () => {
        await indexed(
            (index, root) => {
                assert.deepEqual(index.bundle('planCard'), {
                    name: 'planCard',
                    dir: path.join(root, LWC, 'planCard'),
                    metaFile: path.join(root, LWC, 'planCard', 'planCard.js-meta.xml'),
                    isExposed: true,
                    targets: new Set(['lightning__RecordPage', 'lightning__AppPage']),
                    properties: new Map([
                        ['lightning__RecordPage', new Set(['title', 'size'])],
                        ['lightning__AppPage', new Set(['size'])]
                    ])
                });
                assert.deepEqual(index.bundle('planTile'), {
                    name: 'planTile',
                    dir: path.join(root, LWC, 'planTile'),
                    metaFile: path.join(root, LWC, 'planTile', 'planTile.js-meta.xml'),
                    isExposed: false,
                    targets: new Set(),
                    properties: new Map()
                });
                assert.deepEqual(index.bundle('planBadge'), {
                    name: 'planBadge',
                    dir: path.join(root, LWC, 'planBadge'),
                    isExposed: false,
                    targets: new Set(),
                    properties: new Map()
                });
            },
            {
                [`${LWC}/planCard/planCard.js-meta.xml`]: (text) =>
                    replaceOnce(
                        '        </targetConfig>\n',
                        '        </targetConfig>\n' +
                            '        <targetConfig targets="lightning__RecordPage, lightning__AppPage">\n' +
                            '            <property name="size" type="Integer" label="Size" />\n' +
                            '        </targetConfig>\n'
                    )(text).replace('</target>', '</target>\n        <target>lightning__AppPage</target>'),
                [`${LWC}/planTile/planTile.js-meta.xml`]: add(
                    xmlFile('LightningComponentBundle', '    <isExposed>false</isExposed>\n')
                ),
                [`${LWC}/planTile/planTile.ts`]: add('export default class PlanTile {}\n'),
                [`${LWC}/planBadge/planBadge.ts`]: add('export default class PlanBadge {}\n')
            }
        );
    });

    it('tool and test folders under lwc/ are no components', async () => {
        await indexed((index) => assert.deepEqual(sorted(index.lwc.keys()), ['plancard']), {
            [`${LWC}/__mocks__/lightningNavigation.js`]: add('export const navigate = () => {};\n'),
            [`${LWC}/.vscode/settings.json`]: add('{}\n'),
            [`${LWC}/jsconfig.json`]: add('{}\n')
        });
    });

    it('reads targetConfig targets written on the next line of the tag', () => {
        const xml = '<targetConfig\n    targets="lightning__HomePage">\n  <property name="days"/>\n</targetConfig>';
        assert.deepEqual(parseTargetConfigs(xml), [[['lightning__HomePage'], ['days']]]);
    });
});

describe('Apex methods the index knows (for @salesforce/apex imports)', () => {
    it('lists methods however they are spaced, and no type, constructor, property or field as a method', () => {
        const source = [
            'public with sharing class PlanService extends BaseService implements Schedulable {', // 1
            '    private static final Map<Id, Account_Plan__c> CACHE = new Map<Id, Account_Plan__c>();', // 2
            '    public static List<String> names = new List<String>();', // 3
            '    public Integer count { get; set; }', // 4
            '    public PlanService() {}', // 5
            '    public PlanService(Integer max) {}', // 6
            '    public virtual class Row extends BaseRow {}', // 7
            '    public interface Scorer { Decimal score(Account_Plan__c plan); }', // 8
            '    public enum Kind { PLAN, OBJECTIVE }', // 9
            '    @AuraEnabled (cacheable=true)', // 10
            '    public  static   Integer   total (List<Integer> values) { return 0; }', // 11
            '    @AuraEnabled(cacheable=false)', // 12
            '    @TestVisible', // 13
            '    global static void save(Account_Plan__c plan) {}', // 14
            '}'
        ].join('\n');
        assert.deepEqual(Object.fromEntries(parseApexMethods(source)), {
            total: [{ name: 'total', auraEnabled: true, line: 10 }],
            save: [{ name: 'save', auraEnabled: true, line: 12 }]
        });
    });
});

describe('Apex masking keeps every offset, up to the end of the source', () => {
    it('masks comments and strings to blanks of their length, also when left open at the end of the source', () => {
        assert.equal(maskApex('x = a / b * c; // d'), 'x = a / b * c;     ', 'division and product are code');
        assert.equal(maskApex('a // b\nc'), 'a     \nc', 'a line comment ends at its line break');
        assert.equal(maskApex('a /* b\n */ c'), 'a     \n    c', 'a closed comment keeps its line breaks');
        assert.equal(maskApex('/** a/b */ c'), `${' '.repeat(11)}c`, 'a comment ends at */ only');
        assert.equal(maskApex('x // c'), 'x     ');
        assert.equal(maskApex('x /* c'), 'x     ');
        assert.equal(maskApex("s = 'abc"), "s = '   ");
        assert.equal(maskApex("s = 'abc", true), "s = 'abc");
    });
});
