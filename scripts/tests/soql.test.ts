import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MetadataIndex, maskApex } from '../lib/metadata-index.ts';
import { checkSoql, findSoqlInApex } from '../lib/soql.ts';
import { fixtureTree, removeTree } from './helpers.ts';

describe('SOQL reader', () => {
    let root = '';
    let index: MetadataIndex;
    before(() => {
        root = fixtureTree('base');
        index = new MetadataIndex(root);
    });
    after(() => removeTree(root));

    const messages = (soql: string): string[] => checkSoql(soql, index).map((p) => p.message);

    it('accepts aggregates, aliases, functions, binds, date literals, sub-queries and semi-joins', () => {
        assert.deepEqual(
            messages(
                `SELECT Account_Plan__c plan, SUM(Amount) total, COUNT(Id), CALENDAR_YEAR(CloseDate) yr FROM Opportunity o
                 WHERE o.AccountId IN (SELECT Account__c FROM Account_Plan__c WHERE Status__c = 'Active')
                 AND CloseDate >= LAST_N_DAYS:90 AND Account.Owner.IsActive = true AND StageName NOT IN :stages
                 AND Amount > :thresholds.get(0) WITH USER_MODE GROUP BY ROLLUP(Account_Plan__c), CALENDAR_YEAR(CloseDate)
                 HAVING COUNT(Id) > 1 ORDER BY SUM(Amount) DESC NULLS LAST LIMIT :max`
            ),
            []
        );
        assert.deepEqual(
            messages('SELECT Id, toLabel(Status__c), (SELECT Id, Subject FROM Tasks) FROM Account_Plan__c'),
            []
        );
        assert.deepEqual(
            messages('SELECT COUNT() FROM Account_Plan_Objective__c WHERE Account_Plan__r.Owner.Name != null'),
            []
        );
    });

    it('reports unknown fields, relationships, child relationships and custom objects', () => {
        assert.deepEqual(messages('SELECT Id, Foo__c FROM Account_Plan__c'), [
            "SOQL on Account_Plan__c: unknown field 'Foo__c' on Account_Plan__c"
        ]);
        assert.deepEqual(messages('SELECT Id FROM Opportunity WHERE Acount.Name = null'), [
            "SOQL on Opportunity: unknown relationship 'Acount' on Opportunity (in 'Acount.Name')"
        ]);
        assert.deepEqual(messages('SELECT Id, (SELECT Id FROM Goals__r) FROM Account_Plan__c'), [
            "SOQL on Account_Plan__c: unknown child relationship 'Goals__r'"
        ]);
        assert.deepEqual(messages('SELECT Id FROM Missing_Object__c'), ["unknown object 'Missing_Object__c' in SOQL"]);
        assert.deepEqual(messages('SELECT Id FROM Missing_Setting__mdt'), [
            "unknown object 'Missing_Setting__mdt' in SOQL"
        ]);
        assert.deepEqual(messages('SELECT Id FROM Account ORDER BY Nmae'), [
            "SOQL on Account: unknown field 'Nmae' on Account"
        ]);
        assert.deepEqual(
            messages('SELECT Id FROM SomeFutureObject WHERE Anything = 1'),
            [],
            'unknown standard objects'
        );
    });

    it('points each problem at the offset of the name in the query', () => {
        const soql = 'SELECT Id, Foo__c FROM Account_Plan__c WHERE Statuz__c = null';
        assert.deepEqual(
            checkSoql(soql, index).map((p) => [p.pos, soql.slice(p.pos, p.pos + 9)]),
            [
                [11, 'Foo__c FR'],
                [45, 'Statuz__c']
            ]
        );
        assert.deepEqual(checkSoql('SELECT Id FROM Missing__c', index), [
            { pos: 15, message: "unknown object 'Missing__c' in SOQL" }
        ]);
        assert.deepEqual(checkSoql('SELECT Id, (SELECT Id FROM Goals__r) FROM Account_Plan__c', index), [
            { pos: 27, message: "SOQL on Account_Plan__c: unknown child relationship 'Goals__r'" }
        ]);
    });

    it('reads nothing it cannot: too short, not a SELECT, no FROM', () => {
        assert.deepEqual(messages('SELECT Bogus__c FROM'), []);
        assert.deepEqual(messages('FIND Bogus__c IN ALL FIELDS'), []);
        assert.deepEqual(messages('SELECT Bogus__c, Other__c, Third__c'), []);
        assert.deepEqual(messages('select bogus__c from account_plan__c'), [
            "SOQL on Account_Plan__c: unknown field 'bogus__c' on Account_Plan__c"
        ]);
    });

    it('checks sub-query fields on the child object and semi-join sub-queries on their own object', () => {
        assert.deepEqual(messages('SELECT Id, (SELECT Id, Due_Datez__c FROM Objectives__r) FROM Account_Plan__c'), [
            "SOQL on Account_Plan_Objective__c: unknown field 'Due_Datez__c' on Account_Plan_Objective__c"
        ]);
        assert.deepEqual(
            messages(
                "SELECT Id FROM Account WHERE Id IN (SELECT Account__c FROM Account_Plan__c WHERE Statuz__c = 'x') AND Id NOT IN (SELECT Account__c FROM Account_Plan__c WHERE Won_Amout__c > 0) AND Nmae != null"
            ),
            [
                "SOQL on Account: unknown field 'Nmae' on Account",
                "SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c",
                "SOQL on Account_Plan__c: unknown field 'Won_Amout__c' on Account_Plan__c"
            ]
        );
    });

    it('strips the alias or the object name before a field', () => {
        assert.deepEqual(messages('SELECT p.Name, p.Statuz__c FROM Account_Plan__c p WHERE p.Won_Amount__c > 0'), [
            "SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"
        ]);
        assert.deepEqual(messages('SELECT Account_Plan__c.Name, Account_Plan__c.Statuz__c FROM Account_Plan__c'), [
            "SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"
        ]);
        assert.deepEqual(messages('SELECT Opportunity.Account_Plan__r.Name FROM Opportunity'), []);
    });

    it('skips TYPEOF blocks, aggregate aliases and the words of ORDER BY, WITH, LIMIT, OFFSET, FOR and USING', () => {
        assert.deepEqual(messages('SELECT TYPEOF What WHEN Account THEN Nmae END, Bogus__c FROM Task'), [
            "SOQL on Task: unknown field 'Bogus__c' on Task"
        ]);
        assert.deepEqual(
            messages(
                'SELECT COUNT(Id) cnt, Status__c s, MAX(Won_Amount__c) FROM Account_Plan__c USING SCOPE mine WITH SECURITY_ENFORCED GROUP BY Status__c ORDER BY Status__c ASC NULLS FIRST, MAX(Won_Amount__c) DESC NULLS LAST LIMIT 10 OFFSET 5 FOR VIEW'
            ),
            []
        );
        assert.deepEqual(
            messages('SELECT Id FROM Account_Plan__c ORDER BY Name DESC, Statuz__c LIMIT :max FOR UPDATE'),
            ["SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"]
        );
        assert.deepEqual(
            messages('SELECT Id FROM Account_Plan__c WITH DATA CATEGORY Geo__c AT (usa__c, uk__c) LIMIT 5'),
            []
        );
    });

    it('reads conditions: parentheses, AND/OR/NOT, functions, operators, lists, binds and date literals', () => {
        const unknown = (f: string, o = 'Account_Plan__c'): string => `SOQL on ${o}: unknown field '${f}' on ${o}`;
        assert.deepEqual(
            messages(
                "SELECT Id FROM Account_Plan__c WHERE (Status__c = 'A' OR (Statuz__c = 'B')) AND NOT Won_Amout__c > -5"
            ),
            [unknown('Statuz__c'), unknown('Won_Amout__c')]
        );
        assert.deepEqual(messages('SELECT Id FROM Opportunity WHERE CALENDAR_YEAR(CloseDatez) = 2026'), [
            unknown('CloseDatez', 'Opportunity')
        ]);
        assert.deepEqual(
            messages(
                "SELECT Id FROM Account_Plan__c WHERE Status__c INCLUDES ('a;b', 'c') AND Name LIKE 'x%' AND Status__c EXCLUDES ('d') AND Statuz__c IN ('e')"
            ),
            [unknown('Statuz__c')]
        );
        assert.deepEqual(
            messages(
                "SELECT Id FROM Account_Plan__c WHERE Id IN :ids AND Status__c = :this.status AND Name = :names[0] AND Account__c = :accounts.get('x').Id AND Won_Amout__c = :amount ORDER BY Statuz__c"
            ),
            [unknown('Won_Amout__c'), unknown('Statuz__c')]
        );
        assert.deepEqual(
            messages(
                'SELECT Id FROM Account_Plan__c WHERE CreatedDate = LAST_N_DAYS:30 AND Statuz__c = 2026-01-01 AND CreatedDate > 2026-01-01T00:00:00Z AND Won_Amout__c > +1.5'
            ),
            [unknown('Statuz__c'), unknown('Won_Amout__c')]
        );
        assert.deepEqual(
            messages("SELECT Id FROM Account_Plan__c WHERE Name = 'it\\'s (a) Statuz__c' AND Won_Amout__c != null"),
            [unknown('Won_Amout__c')]
        );
        assert.deepEqual(messages('SELECT Id FROM Account_Plan__c WHERE Status__c = :s OR Statuz__c = null'), [
            unknown('Statuz__c')
        ]);
    });

    it('reads nested function calls, and gives up quietly on an unbalanced query', () => {
        assert.deepEqual(messages('SELECT FORMAT(convertCurrency(Won_Amout__c)) amount FROM Account_Plan__c'), [
            "SOQL on Account_Plan__c: unknown field 'Won_Amout__c' on Account_Plan__c"
        ]);
        assert.deepEqual(messages('SELECT Id, (SELECT Bogus__c FROM Objectives__r FROM Account_Plan__c'), []);
        assert.deepEqual(messages("SELECT Id FROM Account_Plan__c WHERE Name IN ('a', ('b'"), []);
    });

    it('finds static queries and whole-literal dynamic queries in Apex, ignoring comments', () => {
        const source = [
            "// SELECT Bogus FROM Nowhere in a comment, don't care",
            'List<Account> a = [SELECT Id FROM Account];',
            "String q = 'SELECT Id, Name FROM Account WHERE Name = \\'x\\'';",
            "String partial = 'SELECT Id, ';"
        ].join('\n');
        const found = findSoqlInApex(maskApex(source), maskApex(source, true)).map((f) => f.soql);
        assert.deepEqual(found, ['SELECT Id FROM Account', "SELECT Id, Name FROM Account WHERE Name = ''x''"]);
    });

    it('gives each query its offset in the source, and reads nested brackets and leading blanks', () => {
        const source = [
            'Id[] ids = new Id[]{};',
            'List<Account> a = [',
            '    SELECT Id FROM Account WHERE Id = :ids[0]',
            '];',
            "Database.query(' SELECT Name FROM Account   ');",
            "String notAQuery = 'SELECT the best';",
            "String hint = 'Tip: SELECT Id FROM Account';",
            "/* 'SELECT Id FROM Account' */"
        ].join('\n');
        const found = findSoqlInApex(maskApex(source), maskApex(source, true));
        assert.deepEqual(found, [
            {
                soql: 'SELECT Id FROM Account WHERE Id = :ids[0]',
                offset: source.indexOf('SELECT Id FROM Account WHERE')
            },
            { soql: 'SELECT Name FROM Account', offset: source.indexOf('SELECT Name') }
        ]);
    });

    it('checks the fields of GROUP BY (plain and ROLLUP/CUBE) and HAVING', () => {
        assert.deepEqual(messages('SELECT Account__c, SUM(Won_Amount__c) FROM Account_Plan__c GROUP BY Acount__c'), [
            "SOQL on Account_Plan__c: unknown field 'Acount__c' on Account_Plan__c"
        ]);
        assert.deepEqual(messages('SELECT COUNT(Id) FROM Account_Plan__c GROUP BY CUBE(Statuz__c)'), [
            "SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"
        ]);
        assert.deepEqual(
            messages(
                'SELECT Account__c, SUM(Won_Amount__c) s FROM Account_Plan__c GROUP BY Account__c HAVING SUM(Won_Amout__c) > 0'
            ),
            ["SOQL on Account_Plan__c: unknown field 'Won_Amout__c' on Account_Plan__c"]
        );
        assert.deepEqual(
            messages(
                'SELECT Status__c, COUNT(Id) FROM Account_Plan__c GROUP BY Status__c HAVING COUNT(Id) > 1 AND Statuz__c != null'
            ),
            ["SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"]
        );
    });

    describe('the words that end a condition or a field list', () => {
        const unknown = (f: string, o = 'Account_Plan__c'): string => `SOQL on ${o}: unknown field '${f}' on ${o}`;

        it('ends a condition at GROUP BY, FOR UPDATE, ALL ROWS and UPDATE TRACKING/VIEWSTAT, and reads what follows', () => {
            assert.deepEqual(
                messages('SELECT Status__c, COUNT(Id) FROM Account_Plan__c WHERE Won_Amount__c > 0 GROUP BY Statuz__c'),
                [unknown('Statuz__c')]
            );
            assert.deepEqual(messages('SELECT Id FROM Account_Plan__c WHERE Id = :planId FOR UPDATE'), []);
            assert.deepEqual(messages('SELECT Id FROM Account_Plan__c WHERE Id IN :ids ALL ROWS'), []);
            assert.deepEqual(messages("SELECT Id FROM Account WHERE Nmae = 'x' UPDATE TRACKING"), [
                unknown('Nmae', 'Account')
            ]);
            assert.deepEqual(messages("SELECT Id FROM Account WHERE Name = 'x' UPDATE VIEWSTAT"), []);
        });

        it('ends ORDER BY at OFFSET', () => {
            assert.deepEqual(messages('SELECT Id FROM Account_Plan__c ORDER BY Statuz__c OFFSET 10'), [
                unknown('Statuz__c')
            ]);
        });

        it('reads WHERE after USING SCOPE, and ORDER BY after a WITH DATA CATEGORY group', () => {
            assert.deepEqual(messages('SELECT Id FROM Account_Plan__c USING SCOPE Mine WHERE Statuz__c = null'), [
                unknown('Statuz__c')
            ]);
            assert.deepEqual(
                messages(
                    'SELECT Id FROM Account_Plan__c WITH DATA CATEGORY Geo__c AT (usa__c, uk__c) ORDER BY Statuz__c'
                ),
                [unknown('Statuz__c')]
            );
        });
    });

    describe('what is not a field', () => {
        it('skips Apex index and member expressions in binds: :names[idx], :rows.get(0).amount, :(prefix + x)', () => {
            assert.deepEqual(
                messages(
                    "SELECT Id FROM Account_Plan__c WHERE Name = :names[idx] AND Won_Amount__c > :rows.get(0).amount AND Name LIKE :(prefix + '%') AND Statuz__c = null"
                ),
                ["SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"]
            );
        });

        it('skips the literal arguments of DISTANCE and GEOLOCATION', () => {
            assert.deepEqual(
                messages(
                    "SELECT Id FROM Account ORDER BY DISTANCE(BillingAddress, GEOLOCATION(37.775, -122.418), 'mi')"
                ),
                []
            );
            assert.deepEqual(
                messages(
                    "SELECT Id FROM Account WHERE DISTANCE(BillingAdress, GEOLOCATION(37.775, -122.418), 'mi') < 20"
                ),
                ["SOQL on Account: unknown field 'BillingAdress' on Account"]
            );
        });

        it('skips FIELDS(STANDARD), FIELDS(CUSTOM) and FIELDS(ALL)', () => {
            assert.deepEqual(messages('SELECT FIELDS(STANDARD), Nmae FROM Account LIMIT 200'), [
                "SOQL on Account: unknown field 'Nmae' on Account"
            ]);
            assert.deepEqual(messages('SELECT fields(custom) FROM Account_Plan__c LIMIT 200'), []);
            assert.deepEqual(messages('SELECT FIELDS(ALL) FROM Account_Plan__c WHERE Statuz__c = null LIMIT 200'), [
                "SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"
            ]);
        });

        it('reads only SELECT statements: nothing in an empty text or in SQL such as DELETE FROM', () => {
            assert.deepEqual(messages(''), []);
            assert.deepEqual(messages('DELETE FROM Account WHERE Nmae = null'), []);
        });

        it('does not call the objects the platform derives from a custom object (__ChangeEvent, __Share) unknown', () => {
            assert.deepEqual(messages('SELECT Id FROM Account_Plan__ChangeEvent'), []);
            assert.deepEqual(messages('SELECT Id, ParentId FROM Account_Plan__Share'), []);
        });
    });

    describe('where a semi-join ends', () => {
        it('checks the conditions after a semi-join with parentheses on the outer object', () => {
            assert.deepEqual(
                messages(
                    "SELECT Id FROM Account WHERE Id IN (SELECT Account__c FROM Account_Plan__c WHERE (Status__c = 'x' OR (Statuz__c = 'y'))) AND Nmae = null"
                ),
                [
                    "SOQL on Account: unknown field 'Nmae' on Account",
                    "SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"
                ]
            );
        });
    });

    describe('a query literal that Apex completes', () => {
        it('checks the fields of a literal that ends where Apex appends the value', () => {
            assert.deepEqual(messages('SELECT Id FROM Account_Plan__c WHERE Statuz__c ='), [
                "SOQL on Account_Plan__c: unknown field 'Statuz__c' on Account_Plan__c"
            ]);
        });
    });
});
