/**
 * The currency setup of `npm run org:create` for multi-currency scratch orgs: a second active currency and dated
 * exchange rates (config/currencies/), so the engine's conversion into the plan currency is tested for real.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './cli';
import type { SfRunner } from './sf';

/** A second active currency (EUR), loaded into multi-currency orgs so the engine's conversion is really tested. */
export const CURRENCY_TYPES_FILE = 'config/currencies/currency-types.json';
/** Dated EUR rates for 2030 (Advanced Currency Management), so conversion by close date is really tested. */
export const DATED_RATES_FILE = 'config/currencies/dated-conversion-rates.json';

/** True when a scratch org definition turns multiple currencies on (the feature or the currency setting). */
export function enablesMultiCurrency(definition: unknown): boolean {
    if (typeof definition !== 'object' || definition === null) return false;
    const { features, settings } = definition as {
        features?: unknown;
        settings?: { currencySettings?: { enableMultiCurrency?: unknown } };
    };
    const hasFeature = Array.isArray(features) && features.some((f) => String(f).toLowerCase() === 'multicurrency');
    return hasFeature || settings?.currencySettings?.enableMultiCurrency === true;
}

/** Reads a definition file; one that cannot be read or parsed enables nothing (the CLI reports it). */
export function definitionEnablesMultiCurrency(file: string): boolean {
    try {
        // Stryker disable next-line StringLiteral: readFileSync(file, '') returns a Buffer, which JSON.parse reads as the same UTF-8 text
        return enablesMultiCurrency(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
        return false;
    }
}

/**
 * Multi-currency orgs: adds EUR beside the corporate currency, then its dated rates. A missing second currency
 * stops the run (the org exists to test conversion); dated rates that cannot be loaded are a warning, since the
 * engine then converts at the currency's rate and the tests say so.
 */
export async function addCurrencies(
    sf: SfRunner,
    projectRoot: string,
    target: readonly string[],
    log: Logger,
    skipped: string[]
): Promise<void> {
    if (!existsSync(path.join(projectRoot, CURRENCY_TYPES_FILE))) {
        skipped.push(`currencies: ${CURRENCY_TYPES_FILE} not found`);
        log.warn(`${CURRENCY_TYPES_FILE} not found: the org keeps a single active currency.`);
        return;
    }
    await sf.run(['data', 'import', 'tree', '--files', CURRENCY_TYPES_FILE, ...target]);
    log.success(`Added a second active currency from ${CURRENCY_TYPES_FILE}`);
    if (!existsSync(path.join(projectRoot, DATED_RATES_FILE))) {
        skipped.push(`dated rates: ${DATED_RATES_FILE} not found`);
        return;
    }
    try {
        await sf.run(['data', 'import', 'tree', '--files', DATED_RATES_FILE, ...target]);
        log.success(`Added dated exchange rates from ${DATED_RATES_FILE}`);
    } catch (error) {
        skipped.push('dated rates: the org refused them');
        log.warn(
            `Dated exchange rates were not added (${error instanceof Error ? error.message : String(error)}). Add them in Setup > Manage Currencies > Manage Dated Exchange Rates.`
        );
    }
}
