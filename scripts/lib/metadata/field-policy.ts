/**
 * The contract's field conventions (spec/CONTRACT.md "Field conventions"), in one place.
 * The data-model helper writes the fields; check:metadata enforces these rules.
 */
import type { FieldInfo } from '../metadata-index.ts';

export const ENGINE_SENTENCE = 'Written by the Account Planning engine; read-only.';
export const MANAGER_SENTENCE = 'Editable by managers only.';

export const USER_SET = 'Account_Planning_User';
export const MANAGER_SET = 'Account_Planning_Manager';
export const ADMIN_SET = 'Account_Planning_Admin';
export const PERSONA_SETS = [USER_SET, MANAGER_SET, ADMIN_SET];

/** Fields the engine writes (read-only for every persona). Keys are `Object.Field`. */
export const ENGINE_FIELDS = [
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

/** Fields only managers (and admins) may edit. */
export const MANAGER_FIELDS = [
    'Account_Plan__c.Manager_Review_Comments__c',
    'Account_Plan_Objective__c.Manager_Review_Comments__c',
    'Account_Plan_Objective__c.Last_Reviewed_Date__c'
];

/** Editable by Manager and Admin only, although not described as manager-only (contract exception). */
export const MANAGER_AND_ADMIN_EDIT = ['Account.Key_Account__c'];

/** Objects whose records the personas work with, and the access each persona gets. */
export const PACKAGE_OBJECTS = [
    'Account_Plan__c',
    'Account_Plan_Objective__c',
    'Account_Plan_Stakeholder__c',
    'Account_Plan_Partner_Role__c',
    'Account_Plan_White_Space__c'
];

/**
 * Objects only admins work with (the engine's failure log): the Admin set reads and deletes them (view all),
 * no other persona set may grant them, and their fields are read-only for the Admin set.
 */
export const ADMIN_ONLY_OBJECTS = ['Account_Planning_Log__c'];
export const ADMIN_ONLY_ACCESS: ObjectAccess = {
    allowCreate: false,
    allowRead: true,
    allowEdit: false,
    allowDelete: true,
    viewAllRecords: true,
    modifyAllRecords: false
};

/**
 * Objects whose rows managers write once (the review history, Account_Plan_Review__c): every persona reads them;
 * Manager creates them (Mark reviewed saves in user mode) but neither edits nor deletes them, so the history is not
 * rewritten; Admin corrects mistakes. Their fields are read-only for User and settable by Manager and Admin
 * (engine-written ones, such as the review's snapshot link, stay read-only everywhere).
 */
export const MANAGER_RECORD_OBJECTS = ['Account_Plan_Review__c'];
const READ_ONLY = { allowCreate: false, allowRead: true, allowEdit: false, allowDelete: false };
export const MANAGER_RECORD_ACCESS: Record<string, ObjectAccess> = {
    [USER_SET]: { ...READ_ONLY, viewAllRecords: false, modifyAllRecords: false },
    [MANAGER_SET]: { ...READ_ONLY, allowCreate: true, viewAllRecords: false, modifyAllRecords: false },
    [ADMIN_SET]: {
        ...READ_ONLY,
        allowCreate: true,
        allowEdit: true,
        allowDelete: true,
        viewAllRecords: true,
        modifyAllRecords: true
    }
};

/** Whether `list` holds `name`, in any case (API names are case-insensitive). */
const names = (list: string[], name: string): boolean => list.map((n) => n.toLowerCase()).includes(name.toLowerCase());

export function isManagerRecord(f: FieldInfo): boolean {
    return names(MANAGER_RECORD_OBJECTS, f.object);
}

export function isAdminOnly(f: FieldInfo): boolean {
    return names(ADMIN_ONLY_OBJECTS, f.object);
}

/**
 * Objects the engine writes and every persona only reads (the plan's history): read for User, Manager and Admin
 * (Admin also View All, as on the other plan objects), never create, edit, delete or Modify All; every field
 * read-only. Records come and go with their plan (master-detail).
 */
export const READ_ONLY_OBJECTS = ['Account_Plan_Snapshot__c'];

export function isReadOnlyObject(f: FieldInfo): boolean {
    return names(READ_ONLY_OBJECTS, f.object);
}

export interface ObjectAccess {
    allowCreate: boolean;
    allowRead: boolean;
    allowEdit: boolean;
    allowDelete: boolean;
    viewAllRecords: boolean;
    modifyAllRecords: boolean;
}
const CRUD = { allowCreate: true, allowRead: true, allowEdit: true, allowDelete: true };
export const OBJECT_ACCESS: Record<string, ObjectAccess> = {
    [USER_SET]: { ...CRUD, viewAllRecords: false, modifyAllRecords: false },
    [MANAGER_SET]: { ...CRUD, viewAllRecords: false, modifyAllRecords: false },
    [ADMIN_SET]: { ...CRUD, viewAllRecords: true, modifyAllRecords: true }
};
export const READ_ONLY_ACCESS: Record<string, ObjectAccess> = {
    [USER_SET]: { ...READ_ONLY, viewAllRecords: false, modifyAllRecords: false },
    [MANAGER_SET]: { ...READ_ONLY, viewAllRecords: false, modifyAllRecords: false },
    [ADMIN_SET]: { ...READ_ONLY, viewAllRecords: true, modifyAllRecords: false }
};

/** Apex classes each persona must be able to run (checked when the class exists). */
const USER_CLASSES = [
    'AccountPlanWorkspaceController',
    'AccountPlanCardController',
    'PlanningHomeController',
    'CarryForwardController',
    'CarryForwardAccountPlansAction'
];
export const CLASS_ACCESS: Record<string, string[]> = {
    [USER_SET]: USER_CLASSES,
    [MANAGER_SET]: [...USER_CLASSES, 'PlanReviewController'],
    [ADMIN_SET]: [
        ...USER_CLASSES,
        'PlanReviewController',
        'PlanningSetupController',
        'PlanPageSettingsController',
        'RecalculateAccountPlansAction',
        'AccountPlanRecalculationBatch',
        'SnapshotSettingsController',
        'CarryForwardBatch'
    ]
};

const inList = (f: FieldInfo, list: string[]): boolean => names(list, `${f.object}.${f.name}`);

export function isEngineField(f: FieldInfo): boolean {
    return inList(f, ENGINE_FIELDS) || f.description.trim().endsWith(ENGINE_SENTENCE);
}
export function isManagerField(f: FieldInfo): boolean {
    return inList(f, MANAGER_FIELDS) || f.description.trim().endsWith(MANAGER_SENTENCE);
}
export function isListedEngineField(f: FieldInfo): boolean {
    return inList(f, ENGINE_FIELDS);
}
export function isListedManagerField(f: FieldInfo): boolean {
    return inList(f, MANAGER_FIELDS);
}

/** Required and master-detail fields cannot carry field-level security. */
export function carriesFls(f: FieldInfo): boolean {
    return f.custom && !f.required && f.type !== 'MasterDetail' && !f.object.endsWith('__mdt');
}

export function isReadOnlyEverywhere(f: FieldInfo): boolean {
    return (
        isAdminOnly(f) ||
        isReadOnlyObject(f) ||
        f.formula ||
        f.type === 'AutoNumber' ||
        f.type === 'Summary' ||
        isEngineField(f)
    );
}

/** The editable flag the contract expects for `f` in permission set `set`. */
export function expectedEditable(f: FieldInfo, set: string): boolean {
    if (isReadOnlyEverywhere(f)) return false;
    if (isManagerField(f) || isManagerRecord(f) || inList(f, MANAGER_AND_ADMIN_EDIT)) return set !== USER_SET;
    return true;
}
