/**
 * Fake PlanningSetupController: the settings, the recalculation job and its schedule, the checklist and the engine
 * failure log. Starts from the Setup page's fixtures, with the failure log and checklist of their own components'
 * fixtures so the page shows rows. Without Manage Account Planning (`?persona=rep`, or `?without=...`) it answers
 * like the controller: read-only settings, no schedule, no job, no checklist, no failures, and every write refused.
 */
import fixtures from 'preview/fixtures';
import labels from 'preview/labels';
import packagedRules from 'preview/validationRules';
import { registerApex } from './apexRegistry';
import { hasPermission } from './platform';
import { violations } from './validationRules';
import { store } from './store';

const MANAGE = 'Manage_Account_Planning';

let jobCounter = 0;
function jobId(prefix: string): string {
    jobCounter += 1;
    return `${prefix}PRVJOB${String(jobCounter).padStart(9, '0')}`;
}

function fixture(key: string): Record<string, unknown> | undefined {
    const value = (fixtures as Record<string, unknown>)[key];
    return value && typeof value === 'object'
        ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>)
        : undefined;
}

let state: Record<string, unknown> | null = null;
function setup(): Record<string, unknown> {
    state ??= {
        revenueSource: 'Amount',
        includeChildAccounts: false,
        asyncThreshold: 2000,
        logRetentionDays: 30,
        engineEnabled: true,
        nightlyScheduled: false,
        nextRunAt: null,
        lastRun: null,
        ...fixture('planningSetup/setupDefault.json'),
        checklist: fixture('planningSetupChecklist/checklistPending.json') ?? null,
        failures: fixture('planningSetupFailures/failuresRecent.json') ?? null
    };
    return state;
}

function requireManage(): void {
    if (!hasPermission(MANAGE))
        throw new Error(labels.Setup_Error_No_Permission ?? 'You need the Manage Account Planning permission.');
}

const inRange = (value: unknown, min: number, max: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

registerApex({
    'PlanningSetupController.getSetup': () => {
        const s = setup();
        const canManage = hasPermission(MANAGE);
        return canManage
            ? { ...s, canManage }
            : {
                  ...s,
                  canManage,
                  nightlyScheduled: null,
                  nextRunAt: null,
                  lastRun: null,
                  checklist: null,
                  failures: null
              };
    },
    'PlanningSetupController.saveSettings': (p) => {
        requireManage();
        // The controller's checks, with its messages (PlanningSetupController.saveSettings)...
        if (p.revenueSource !== 'Amount' && p.revenueSource !== 'Revenue Schedules')
            throw new Error(labels.Setup_Error_Revenue_Source);
        if (!inRange(p.asyncThreshold, 1, 10000)) throw new Error(labels.Setup_Error_Threshold);
        if (!inRange(p.logRetentionDays, 1, 3650)) throw new Error(labels.Setup_Error_Log_Retention);
        // ...and the custom metadata type's validation rules, which the deployment would enforce.
        const record: Record<string, unknown> = {
            Revenue_Source__c: p.revenueSource,
            Async_Threshold__c: p.asyncThreshold,
            Include_Child_Accounts__c: p.includeChildAccounts,
            Log_Retention_Days__c: p.logRetentionDays
        };
        const failed = violations(packagedRules, 'Account_Planning_Setting__mdt', {
            isNew: false,
            value: (field) => record[field],
            isChanged: () => true,
            parent: () => undefined
        });
        if (failed.length) throw new Error(failed.map((f) => f.message).join(' '));
        Object.assign(setup(), {
            revenueSource: p.revenueSource,
            includeChildAccounts: Boolean(p.includeChildAccounts),
            asyncThreshold: p.asyncThreshold,
            logRetentionDays: p.logRetentionDays
        });
        return jobId('0Af');
    },
    'PlanningSetupController.runRecalculation': () => {
        requireManage();
        const id = jobId('707');
        for (const planId of store.workspaces.keys()) store.recalculateRollups(planId);
        setup().lastRun = {
            id,
            status: 'Completed',
            completedAt: new Date().toISOString(),
            totalBatches: Math.max(1, Math.ceil(store.workspaces.size / 20)),
            errors: 0,
            extendedStatus: null
        };
        return { jobId: id, alreadyRunning: false };
    },
    'PlanningSetupController.scheduleNightly': () => {
        requireManage();
        const next = new Date();
        next.setDate(next.getDate() + 1);
        next.setHours(2, 0, 0, 0);
        Object.assign(setup(), { nightlyScheduled: true, nextRunAt: next.toISOString() });
        return jobId('08e');
    },
    'PlanningSetupController.unscheduleNightly': () => {
        requireManage();
        Object.assign(setup(), { nightlyScheduled: false, nextRunAt: null });
        return null;
    }
});
