import assert from 'node:assert/strict';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { MemoryLogger } from './lib/cli';
import {
    CURRENCY_TYPES_FILE,
    DATED_RATES_FILE,
    addCurrencies,
    definitionEnablesMultiCurrency,
    enablesMultiCurrency
} from './lib/currencies';
import { FakeSfRunner, fixture, flag, makeProject, removeProject } from './lib/fake-sf';

const TARGET = ['--target-org', 'sap-dev'];

describe('enablesMultiCurrency', () => {
    it('is false for what is not a definition object', () => {
        assert.equal(enablesMultiCurrency(undefined), false, 'undefined');
        assert.equal(enablesMultiCurrency(null), false, 'null');
        assert.equal(enablesMultiCurrency('MultiCurrency'), false, 'a string');
        assert.equal(enablesMultiCurrency(['MultiCurrency']), false, 'an array is no definition with features');
    });

    it('reads features only from an array, by their whole name', () => {
        assert.equal(enablesMultiCurrency({ features: 'MultiCurrency' }), false, 'features as a string');
        assert.equal(enablesMultiCurrency({ features: ['MultiCurrencyLite'] }), false, 'a longer name');
        assert.equal(enablesMultiCurrency({ features: ['AuthorApex', 'MULTICURRENCY'] }), true, 'any entry, any case');
    });

    it('reads the setting only when it is exactly true', () => {
        assert.equal(enablesMultiCurrency({ settings: {} }), false, 'settings without currency settings');
        assert.equal(
            enablesMultiCurrency({ settings: { currencySettings: {} } }),
            false,
            'currency settings without it'
        );
        assert.equal(
            enablesMultiCurrency({ settings: { currencySettings: { enableMultiCurrency: 'true' } } }),
            false,
            'the string "true" is not the setting'
        );
        assert.equal(
            enablesMultiCurrency({ features: [], settings: { currencySettings: { enableMultiCurrency: true } } }),
            true,
            'the setting without the feature'
        );
    });
});

describe('definitionEnablesMultiCurrency', () => {
    let root = '';
    afterEach(() => removeProject(root));

    it('reads the definition file; a missing or broken file enables nothing', () => {
        root = makeProject({
            'on.json': '{"features":["MultiCurrency"]}',
            'off.json': '{"features":[]}',
            'broken.json': '{"features":["MultiCurrency"]'
        });
        assert.equal(definitionEnablesMultiCurrency(path.join(root, 'on.json')), true, 'a multi-currency definition');
        assert.equal(definitionEnablesMultiCurrency(path.join(root, 'off.json')), false, 'a single-currency one');
        assert.equal(definitionEnablesMultiCurrency(path.join(root, 'broken.json')), false, 'not JSON');
        assert.equal(definitionEnablesMultiCurrency(path.join(root, 'missing.json')), false, 'no file');
    });
});

describe('addCurrencies', () => {
    let root = '';
    afterEach(() => removeProject(root));

    const bothFiles = (): string =>
        makeProject({ [CURRENCY_TYPES_FILE]: '{"records":[]}\n', [DATED_RATES_FILE]: '{"records":[]}\n' });

    it('imports the currency, then its dated rates, into the target org, and says so', async () => {
        root = bothFiles();
        const sf = new FakeSfRunner().on('data import tree', fixture('data-import-tree-success.json'));
        const log = new MemoryLogger();
        const skipped: string[] = [];
        await addCurrencies(sf, root, TARGET, log, skipped);
        assert.deepEqual(
            sf.calls.map((c) => c.args),
            [
                [
                    'data',
                    'import',
                    'tree',
                    '--files',
                    'config/currencies/currency-types.json',
                    '--target-org',
                    'sap-dev'
                ],
                [
                    'data',
                    'import',
                    'tree',
                    '--files',
                    'config/currencies/dated-conversion-rates.json',
                    '--target-org',
                    'sap-dev'
                ]
            ]
        );
        assert.deepEqual(log.lines, [
            'OK Added a second active currency from config/currencies/currency-types.json',
            'OK Added dated exchange rates from config/currencies/dated-conversion-rates.json'
        ]);
        assert.deepEqual(skipped, [], 'nothing skipped');
    });

    it('without the currency file: a warning, a skipped entry and no CLI call', async () => {
        root = makeProject({ [DATED_RATES_FILE]: '{"records":[]}\n' });
        const sf = new FakeSfRunner();
        const log = new MemoryLogger();
        const skipped: string[] = [];
        await addCurrencies(sf, root, TARGET, log, skipped);
        assert.deepEqual(sf.calls, [], 'nothing imported');
        assert.deepEqual(log.lines, [
            'WARN config/currencies/currency-types.json not found: the org keeps a single active currency.'
        ]);
        assert.deepEqual(skipped, ['currencies: config/currencies/currency-types.json not found']);
    });

    it('without the dated rates file: the currency only, and the rates reported as skipped', async () => {
        root = makeProject({ [CURRENCY_TYPES_FILE]: '{"records":[]}\n' });
        const sf = new FakeSfRunner().on('data import tree', fixture('data-import-tree-success.json'));
        const log = new MemoryLogger();
        const skipped: string[] = [];
        await addCurrencies(sf, root, TARGET, log, skipped);
        assert.deepEqual(
            sf.calls.map((c) => flag(c.args, '--files')),
            [CURRENCY_TYPES_FILE]
        );
        assert.deepEqual(log.lines, ['OK Added a second active currency from config/currencies/currency-types.json']);
        assert.deepEqual(skipped, ['dated rates: config/currencies/dated-conversion-rates.json not found']);
    });

    it('refused dated rates: a warning with the reason and where to add them by hand', async () => {
        root = bothFiles();
        const sf = new FakeSfRunner().on('data import tree', (args) =>
            flag(args, '--files') === DATED_RATES_FILE
                ? { status: 1, name: 'InvalidDataImport', message: 'entity type cannot be inserted', warnings: [] }
                : fixture('data-import-tree-success.json')
        );
        const log = new MemoryLogger();
        const skipped: string[] = [];
        await addCurrencies(sf, root, TARGET, log, skipped);
        assert.deepEqual(log.lines, [
            'OK Added a second active currency from config/currencies/currency-types.json',
            'WARN Dated exchange rates were not added (The Salesforce CLI failed: entity type cannot be inserted). Add them in Setup > Manage Currencies > Manage Dated Exchange Rates.'
        ]);
        assert.deepEqual(skipped, ['dated rates: the org refused them']);
    });

    it('a refusal that is not an Error is shown as text', async () => {
        root = bothFiles();
        const sf = new FakeSfRunner().on('data import tree', (args) => {
            if (flag(args, '--files') === DATED_RATES_FILE) throw 'connection reset';
            return fixture('data-import-tree-success.json');
        });
        const log = new MemoryLogger();
        await addCurrencies(sf, root, TARGET, log, []);
        assert.equal(
            log.lines[1],
            'WARN Dated exchange rates were not added (connection reset). Add them in Setup > Manage Currencies > Manage Dated Exchange Rates.'
        );
    });
});
