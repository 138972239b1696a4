/**
 * The relationship map's data contract: RelationshipMapController.getRelationshipMap returns RelationshipMap
 * (Apex classes RelationshipMap and RelationshipMapPerson, field for field); setReportsTo returns where the line
 * was saved. Global (ambient) types, like workspace-dtos.d.ts.
 */

interface RelationshipMap {
    planId: string;
    planName: string;
    accountId: string;
    /** At most maxContacts contacts, the nearest to the stakeholders first; then stakeholders whose contact is hidden. */
    people: RelationshipMapPerson[];
    /** The account has more visible contacts than the map shows (the furthest are left out, never a stakeholder). */
    hasMoreContacts: boolean;
    maxContacts: number;
    /** False: the user may not read Contact; people carry no names and no reporting lines from contacts. */
    canReadContacts: boolean;
    /** False: the user may not read Contact.ReportsToId; only the lines recorded in the plan are shown. */
    canReadReportsTo: boolean;
    /** Object and field permission to change Contact.ReportsToId (record access is checked on save). */
    canEditContacts: boolean;
    /** The user may add and edit the plan's stakeholders. */
    canManageStakeholders: boolean;
    /** The user may record a reporting line in the plan (the stakeholder's Reports To (Plan)). */
    canSetPlanReportsTo: boolean;
}

/** Where a line comes from: the stakeholder's Reports To (Plan), or the contact's Reports To. */
type ReportsToSource = 'PLAN' | 'CONTACT';

interface RelationshipMapPerson {
    contactId: string;
    /** Null when the user may not see the contact (no access to Contact, or sharing hides it). */
    name: string | null;
    title: string | null;
    /** The contact belongs to another account than the plan's. */
    isOtherAccount: boolean;
    /** The manager on this plan's map: the plan's Reports To when set, else the contact's. */
    reportsToId: string | null;
    reportsToSource: ReportsToSource | null;
    /** Null for a contact who is not a stakeholder of the plan. */
    stakeholderId: string | null;
    /** The stakeholder's number (SH-0001), to tell hidden contacts apart. */
    stakeholderName: string | null;
    buyingRole: string | null;
    influence: string | null;
    attitude: string | null;
    relationshipStrength: string | null;
    relationshipOwnerId: string | null;
    relationshipOwnerName: string | null;
}

declare module '@salesforce/apex/RelationshipMapController.getRelationshipMap' {
    const getRelationshipMap: ApexMethod<{ planId: string | undefined }, RelationshipMap>;
    export default getRelationshipMap;
}

declare module '@salesforce/apex/RelationshipMapController.setReportsTo' {
    const setReportsTo: ApexMethod<{ planId: string; contactId: string; managerId: string | null }, ReportsToSource>;
    export default setReportsTo;
}
