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
        assert.match(
            messages('SELECT Id FROM Opportunity WHERE Acount.Name = null')[0],
            /unknown relationship 'Acount' on Opportunity/
        );
        assert.match(
            messages('SELECT Id, (SELECT Id FROM Goals__r) FROM Account_Plan__c')[0],
            /unknown child relationship 'Goals__r'/
        );
        assert.match(messages('SELECT Id FROM Missing_Object__c')[0], /unknown object 'Missing_Object__c'/);
        assert.match(messages('SELECT Id FROM Account ORDER BY Nmae')[0], /unknown field 'Nmae' on Account/);
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
});
