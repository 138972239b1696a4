import '../../../../../../jest/useRealLabels';
import { factorName, reasonText, statusIcon, statusIconVariant, statusText, unitName } from 'c/planHealthText';

describe('c/planHealthText', () => {
    it('explains every reason code the engine sends in words, with its numbers in the user locale', () => {
        expect([
            reasonText('ACTIVITY_ON_CADENCE', [3, 14]),
            reasonText('ACTIVITY_OVERDUE', [26, 14]),
            reasonText('DECISION_MAKER_NEGATIVE'),
            reasonText('ECONOMIC_BUYER_NEGATIVE'),
            reasonText('FACTOR_OFF'),
            reasonText('FORECAST_BEHIND_PRORATA', [18.04, 200, 365]),
            reasonText('FORECAST_ON_PRORATA', [102.5, 200, 365]),
            reasonText('HEALTH_NOT_CALCULATED'),
            reasonText('LOW_PIPELINE_COVERAGE', [83, 300]),
            reasonText('NO_ACTIVITY', [14]),
            reasonText('NO_CHAMPION'),
            reasonText('NO_CONTACT_CADENCE'),
            reasonText('NO_DECISION_MAKER'),
            reasonText('NO_ECONOMIC_BUYER'),
            reasonText('NO_FACTOR_APPLIES'),
            reasonText('NO_OBJECTIVES'),
            reasonText('NO_REVIEW_DATE'),
            reasonText('NO_TARGET'),
            reasonText('OBJECTIVES_NOT_ON_TRACK', [1]),
            reasonText('OBJECTIVES_OVERDUE', [2]),
            reasonText('OBJECTIVES_SUMMARY', [2, 5, 2]),
            reasonText('PERIOD_ENDED'),
            reasonText('PERIOD_NOT_STARTED', [12]),
            reasonText('PIPELINE_COVERAGE_MET', [1250, 300]),
            reasonText('PLAN_NOT_OPEN'),
            reasonText('PLAN_NOT_UPDATED', [45, 30]),
            reasonText('PLAN_UPDATED', [3, 30]),
            reasonText('REVIEW_ON_TIME', [9]),
            reasonText('REVIEW_OVERDUE', [12]),
            reasonText('STAKEHOLDER_ROLES_COVERED', [2, 3]),
            reasonText('TARGET_REACHED', [104.3])
        ]).toEqual([
            'Last activity 3 days ago, within the 14-day contact cadence',
            'Last activity 26 days ago; the contact cadence is 14 days',
            'Decision maker is a skeptic or detractor',
            'Economic buyer is a skeptic or detractor',
            'Switched off in the Health Factor settings',
            'Forecast is 18% below the pro-rata target for day 200 of 365',
            'Forecast is 102.5% of the pro-rata target for day 200 of 365',
            'Not scored yet: the next recalculation scores this plan',
            'Open pipeline covers 83% of the target still to win; 300% scores full',
            'No completed activity yet; the contact cadence is 14 days',
            'No champion: nobody in the account argues for us',
            "No contact cadence for the plan's segment: activity is not scored",
            'No decision maker mapped',
            'No economic buyer mapped',
            'No health factor applies to this plan yet',
            'No objectives yet: objectives are not scored',
            'No next review date: manager review is not scored',
            'No revenue target: forecast and pipeline coverage are not scored',
            'Objectives at risk, off track or missed: 1',
            'Overdue objectives: 2',
            '2 of 5 objectives achieved, on track or not started; 2 overdue',
            'The plan period has ended: pipeline coverage is not scored',
            'The plan period starts in 12 days: the forecast is not scored yet',
            'Open pipeline covers 1,250% of the target still to win (300% scores full)',
            'Closed and cancelled plans are not scored',
            'Plan last updated 45 days ago; up to 30 days scores full',
            'Plan last updated 3 days ago (up to 30 days scores full)',
            'Next manager review due in 9 days',
            'Manager review overdue by 12 days',
            '2 of 3 key buying roles mapped (economic buyer, decision maker, champion)',
            'Target reached: 104.3% won'
        ]);
    });

    it('shows the code of a reason newer than this version, and nothing for no reason', () => {
        expect(reasonText('SOMETHING_NEW', [1])).toBe('SOMETHING_NEW');
        // a code that happens to name an Object.prototype member is still just a code
        expect(reasonText('toString')).toBe('toString');
        expect(factorName('constructor')).toBe('constructor');
        expect(unitName('hasOwnProperty')).toBe('hasOwnProperty');
        expect(reasonText(null)).toBe('');
        expect(reasonText(undefined, [3])).toBe('');
        expect(reasonText('')).toBe('');
        // values missing: an empty number rather than "undefined" or a failure
        expect(reasonText('REVIEW_OVERDUE', null)).toBe('Manager review overdue by  days');
        expect(reasonText('REVIEW_OVERDUE')).toBe('Manager review overdue by  days');
    });

    it('names each health factor in words, and an unknown factor by its key', () => {
        expect(
            [
                'ACTIVITY',
                'FORECAST',
                'MANAGER_REVIEW',
                'OBJECTIVES',
                'PIPELINE_COVERAGE',
                'PLAN_UPDATES',
                'STAKEHOLDERS'
            ].map(factorName)
        ).toEqual([
            'Activity recency',
            'Forecast vs pro-rata target',
            'Manager review',
            'Objectives',
            'Pipeline coverage',
            'Plan freshness',
            'Stakeholder coverage'
        ]);
        expect(factorName('NEW_FACTOR')).toBe('NEW_FACTOR');
    });

    it('names each threshold unit in words, an unknown unit by its code, and no unit as nothing', () => {
        expect(
            [
                'DAYS_OVERDUE',
                'DAYS_SINCE_UPDATE',
                'PERCENT_OF_CONTACT_CADENCE',
                'PERCENT_OF_PRORATA_TARGET',
                'PERCENT_OF_REMAINING_TARGET'
            ].map(unitName)
        ).toEqual([
            'days overdue',
            'days since the last update',
            'days since the last activity, as % of the contact cadence',
            '% of the pro-rata target',
            '% of the target still to win'
        ]);
        expect(unitName('NEW_UNIT')).toBe('NEW_UNIT');
        expect(unitName(null)).toBe('');
        expect(unitName(undefined)).toBe('');
        expect(unitName('')).toBe('');
    });

    it('says the status in the translated picklist label, else its value, else "Not scored"', () => {
        expect(statusText('At Risk', 'À risque')).toBe('À risque');
        expect(statusText('Watch', null)).toBe('Watch');
        expect(statusText('Watch', '')).toBe('Watch');
        expect(statusText(null, null)).toBe('Not scored');
        expect(statusText(undefined, undefined)).toBe('Not scored');
    });

    it('gives each status its own icon and colour, and a plan without a status the help icon and no colour', () => {
        expect((['Healthy', 'Watch', 'At Risk'] as HealthStatus[]).map(statusIcon)).toEqual([
            'utility:success',
            'utility:warning',
            'utility:error'
        ]);
        expect((['Healthy', 'Watch', 'At Risk'] as HealthStatus[]).map(statusIconVariant)).toEqual([
            'success',
            'warning',
            'error'
        ]);
        expect(statusIcon(null)).toBe('utility:help');
        expect(statusIcon(undefined)).toBe('utility:help');
        expect(statusIcon('Unknown' as HealthStatus)).toBe('utility:help');
        expect(statusIconVariant(null)).toBeUndefined();
        expect(statusIconVariant(undefined)).toBeUndefined();
    });
});
