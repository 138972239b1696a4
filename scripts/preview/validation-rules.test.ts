/**
 * Every packaged validation rule has its preview counterpart (issue 14 item 6): a rule added to force-app without
 * one in scripts/preview/src/validationRules.ts fails here, and so does a counterpart whose rule was removed. Each
 * condition is tried on a record the rule accepts and one it refuses, and the message shown is the rule's own.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import { loadValidationRules } from './metadata';
import { RULE_CONDITIONS, violations, type RuleRecord } from './src/validationRules';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const rules = loadValidationRules(ROOT);

type Fields = Record<string, unknown>;

/** A record as a rule sees it: values, the stored values (update), the parent plan's fields. */
function record(values: Fields, options: { old?: Fields; parent?: Fields } = {}): RuleRecord {
    return {
        isNew: !options.old,
        value: (field) => (field in values ? values[field] : options.old?.[field]),
        isChanged: (field) => !!options.old && field in values && values[field] !== options.old[field],
        parent: (_relationship, field) => options.parent?.[field]
    };
}

/** A day relative to today in the local time zone, as the preview's TODAY() sees it. */
function daysFromToday(days: number): string {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const PLAN = { Start_Date__c: '2026-01-01', End_Date__c: '2026-12-31' };

/** For each rule: a record it accepts and one it refuses (both on create unless said). */
const CASES: Record<string, { good: RuleRecord[]; bad: RuleRecord[] }> = {
    'Account_Plan__c.End_Date_On_Or_After_Start_Date': {
        good: [
            record({ Start_Date__c: '2026-01-01', End_Date__c: '2026-01-01' }),
            record({ Start_Date__c: '2026-01-01' }),
            // Unchanged dates on update are not re-checked (ISCHANGED).
            record({ Name: 'x' }, { old: { Start_Date__c: '2026-02-01', End_Date__c: '2026-01-01' } })
        ],
        bad: [
            record({ Start_Date__c: '2026-02-01', End_Date__c: '2026-01-31' }),
            record({ End_Date__c: '2025-12-31' }, { old: PLAN })
        ]
    },
    'Account_Plan__c.Revenue_Target_Not_Negative': {
        good: [record({ Revenue_Target__c: 0 }), record({ Revenue_Target__c: null })],
        bad: [record({ Revenue_Target__c: -1 }), record({ Revenue_Target__c: -5 }, { old: { Revenue_Target__c: 5 } })]
    },
    'Account_Plan_Objective__c.Due_Date_Near_Plan_Period': {
        good: [
            record({ Due_Date__c: '2026-01-01' }, { parent: PLAN }),
            record({ Due_Date__c: '2027-03-31' }, { parent: PLAN }),
            record({ Due_Date__c: null }, { parent: PLAN })
        ],
        bad: [
            record({ Due_Date__c: '2025-12-31' }, { parent: PLAN }),
            record({ Due_Date__c: '2027-04-01' }, { parent: PLAN })
        ]
    },
    'Account_Plan_Objective__c.Last_Reviewed_Date_Not_In_Future': {
        good: [
            record({ Last_Reviewed_Date__c: daysFromToday(0) }),
            record({ Last_Reviewed_Date__c: null }),
            // An unchanged date on update is not re-checked (ISCHANGED).
            record({ Name: 'x' }, { old: { Last_Reviewed_Date__c: daysFromToday(3) } })
        ],
        bad: [
            record({ Last_Reviewed_Date__c: daysFromToday(1) }),
            record({ Last_Reviewed_Date__c: daysFromToday(30) }, { old: { Last_Reviewed_Date__c: daysFromToday(0) } })
        ]
    },
    'Account_Plan_Objective__c.Values_Not_Negative': {
        good: [record({ Target_Value__c: 0, Current_Value__c: 0 }), record({})],
        bad: [record({ Target_Value__c: -1 }), record({ Current_Value__c: -0.5 })]
    },
    'Account_Plan_Partner_Role__c.Role_Required': {
        good: [record({ Role__c: 'Consultant' })],
        bad: [record({ Role__c: '' }), record({})]
    },
    'Account_Plan_Stakeholder__c.Reports_To_Not_Self': {
        good: [record({ Contact__c: '003A', Reports_To__c: '003B' }), record({ Contact__c: '003A' })],
        bad: [record({ Contact__c: '003A', Reports_To__c: '003A' })]
    },
    'Account_Plan_White_Space__c.Competitor_Required': {
        good: [
            record({ Current_Supplier__c: 'Competitor', Competitor__c: 'Globex' }),
            record({ Current_Supplier__c: 'Us' })
        ],
        bad: [record({ Current_Supplier__c: 'Competitor', Competitor__c: '' })]
    },
    'Account_Plan_White_Space__c.Estimated_Annual_Spend_Not_Negative': {
        good: [record({ Estimated_Annual_Spend__c: 0 }), record({})],
        bad: [record({ Estimated_Annual_Spend__c: -1 })]
    },
    'Account_Planning_Setting__mdt.Async_Threshold_Positive': {
        good: [record({ Async_Threshold__c: 1 })],
        bad: [record({ Async_Threshold__c: 0 }), record({ Async_Threshold__c: null })]
    },
    'Account_Planning_Setting__mdt.Health_Thresholds_Valid': {
        good: [
            record({ Health_Healthy_From__c: 70, Health_Watch_From__c: 40 }),
            record({ Health_Healthy_From__c: 100, Health_Watch_From__c: 0 }),
            record({})
        ],
        bad: [
            record({ Health_Healthy_From__c: 50, Health_Watch_From__c: 50 }),
            record({ Health_Healthy_From__c: 101, Health_Watch_From__c: 40 }),
            record({ Health_Healthy_From__c: 70, Health_Watch_From__c: -1 })
        ]
    },
    'Account_Planning_Setting__mdt.Revenue_Source_Valid': {
        good: [record({ Revenue_Source__c: 'Amount' }), record({ Revenue_Source__c: 'Revenue Schedules' })],
        bad: [record({ Revenue_Source__c: 'Quantity' })]
    },
    'Health_Factor__mdt.Thresholds_Not_Negative': {
        good: [record({ Full_Score_At__c: 0, Zero_Score_At__c: 10, Overdue_Weight__c: 1 }), record({})],
        bad: [
            record({ Full_Score_At__c: -1 }),
            record({ Zero_Score_At__c: -0.5 }),
            record({ Full_Score_At__c: 100, Overdue_Weight__c: 0.5 })
        ]
    },
    'Health_Factor__mdt.Weight_In_Range': {
        good: [record({ Weight__c: 0 }), record({ Weight__c: 100 })],
        bad: [record({}), record({ Weight__c: -1 }), record({ Weight__c: 101 })]
    }
};

describe('preview validation rules', () => {
    it('finds the packaged rules', () => {
        assert.ok(rules.length >= 9, `expected the package's validation rules, found ${rules.length}`);
    });

    it('has a counterpart for every packaged validation rule', () => {
        const missing = rules.map((r) => `${r.object}.${r.name}`).filter((key) => !RULE_CONDITIONS[key]);
        assert.deepEqual(missing, [], `rules without a counterpart in scripts/preview/src/validationRules.ts`);
    });

    it('has no counterpart for a rule the package does not have', () => {
        const keys = new Set(rules.map((r) => `${r.object}.${r.name}`));
        const orphans = Object.keys(RULE_CONDITIONS).filter((key) => !keys.has(key));
        assert.deepEqual(orphans, [], 'counterparts whose rule is gone');
    });

    it('has a good and a bad record for every rule in this test', () => {
        const untested = rules.map((r) => `${r.object}.${r.name}`).filter((key) => !CASES[key]);
        assert.deepEqual(untested, [], 'add the rule to CASES');
    });

    for (const rule of rules) {
        const key = `${rule.object}.${rule.name}`;
        it(`${key}: accepts the good records and refuses the bad ones with the rule's own message`, () => {
            const cases = CASES[key];
            if (!cases) return;
            const only = [rule];
            for (const [i, good] of cases.good.entries()) {
                assert.deepEqual(violations(only, rule.object, good), [], `${key}: good record ${i} refused`);
            }
            for (const [i, bad] of cases.bad.entries()) {
                const found = violations(only, rule.object, bad);
                assert.deepEqual(
                    found,
                    [
                        {
                            rule: key,
                            message: rule.errorMessage,
                            ...(rule.errorDisplayField ? { field: rule.errorDisplayField } : {})
                        }
                    ],
                    `${key}: bad record ${i} accepted`
                );
            }
        });
    }

    it('reports a rule without a counterpart instead of letting the save through', () => {
        const found = violations(
            [{ object: 'X__c', name: 'New_Rule', active: true, errorMessage: 'm' }],
            'X__c',
            record({})
        );
        assert.equal(found.length, 1);
        assert.match(found[0].message, /no counterpart of the validation rule X__c\.New_Rule/);
    });

    it('ignores inactive rules', () => {
        const found = violations(
            [{ object: 'X__c', name: 'Off', active: false, errorMessage: 'm' }],
            'X__c',
            record({})
        );
        assert.deepEqual(found, []);
    });

    it("reads the rules' messages from their XML (entities decoded)", () => {
        const role = rules.find((r) => r.name === 'Role_Required');
        assert.equal(role?.errorMessage, "Choose the partner's role.");
        assert.equal(role?.errorDisplayField, 'Role__c');
    });
});
