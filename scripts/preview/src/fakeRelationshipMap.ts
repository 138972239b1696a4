/**
 * The preview's fake of RelationshipMapController (registered in apex.ts). A plan's map is built from the store's
 * live workspace (its stakeholders, so a stakeholder added anywhere shows up) and the contacts and reporting lines
 * of the relationship-map fixtures (lwc/planRelationshipMap/__tests__/data, the DTO's shape, shared with Jest).
 * Their contacts join the account's contacts, so the Stakeholders tab offers them too. "Reports to" writes are
 * kept in memory, on the contact or in the plan, by the same rules as ReportsToWriter.
 *
 * URL switches (like ?without=Manage_Account_Planning): ?without=ContactAccess is a user who may not read
 * contacts (the partial map), ?without=EditContacts a user who may not edit them (lines go to the plan).
 * Two generated plans with 20 and 200 stakeholders in a hierarchy feed the map's render benchmark.
 */
import fixtures from 'preview/fixtures';
import labels from 'preview/labels';
import { store, type Workspace } from './store';
/** Object access the URL takes away (`?without=ContactAccess,EditContacts`); custom permissions are hasPermission's. */
function allowed(access: string): boolean {
    return !(new URLSearchParams(window.location.search).get('without') ?? '').split(',').includes(access);
}
import { registerApex } from './apexRegistry';

type Params = Record<string, unknown>;

interface Person {
    contactId: string;
    name: string | null;
    title: string | null;
    isOtherAccount: boolean;
    reportsToId: string | null;
    reportsToSource: 'PLAN' | 'CONTACT' | null;
    stakeholderId: string | null;
    stakeholderName: string | null;
    buyingRole: string | null;
    influence: string | null;
    attitude: string | null;
    relationshipStrength: string | null;
    relationshipOwnerId: string | null;
    relationshipOwnerName: string | null;
}

interface MapDto {
    planId: string;
    planName: string;
    accountId: string;
    people: Person[];
    hasMoreContacts: boolean;
    maxContacts: number;
    canReadContacts: boolean;
    canReadReportsTo: boolean;
    canEditContacts: boolean;
    canManageStakeholders: boolean;
    canSetPlanReportsTo: boolean;
}

const MAX_CONTACTS = 500;
/** Contact Id -> the contact as the fixtures have it. */
const contacts = new Map<string, Pick<Person, 'contactId' | 'name' | 'title' | 'isOtherAccount'>>();
/** Contact Id -> Contact.ReportsToId. */
const contactLines = new Map<string, string | null>();
/** Stakeholder Id -> Account_Plan_Stakeholder__c.Reports_To__c. */
const planLines = new Map<string, string | null>();
/** Plan Id -> the fixture's contacts in its order (the nearest first). */
const fixtureOrder = new Map<string, string[]>();

export const MAP_BENCH_PLAN_IDS: Record<number, string> = { 20: 'a00PREVIEWMAP020AA', 200: 'a00PREVIEWMAP200AA' };

function remember(planId: string, people: Person[], ws: Workspace): void {
    fixtureOrder.set(
        planId,
        people.map((person) => person.contactId)
    );
    for (const person of people) {
        contacts.set(person.contactId, {
            contactId: person.contactId,
            name: person.name,
            title: person.title,
            isOtherAccount: person.isOtherAccount
        });
        contactLines.set(person.contactId, person.reportsToSource === 'CONTACT' ? person.reportsToId : null);
        if (person.reportsToSource === 'PLAN' && person.stakeholderId)
            planLines.set(person.stakeholderId, person.reportsToId);
        if (!person.isOtherAccount && !ws.accountContacts.some((c) => c.id === person.contactId)) {
            ws.accountContacts.push({ id: person.contactId, name: String(person.name), title: person.title });
        }
    }
}

function loadFixtures(): void {
    for (const [key, value] of Object.entries(fixtures)) {
        const dto = value as MapDto;
        const ws = key.startsWith('planRelationshipMap/') ? store.workspaces.get(dto.planId) : undefined;
        if (ws && Array.isArray(dto.people)) remember(dto.planId, dto.people, ws);
    }
}

const FIRST = ['Anna', 'Ben', 'Chloe', 'David', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Luca'];
const LAST = ['Berg', 'Costa', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Horvat', 'Ito', 'Jensen', 'Kowalski'];
const ROLES = ['Decision Maker', 'Economic Buyer', 'Technical Buyer', 'User', 'Influencer', 'Champion', 'Coach'];
const ATTITUDES = ['Champion', 'Supporter', 'Neutral', 'Skeptic', 'Detractor'];
const LEVELS = ['High', 'Medium', 'Low'];
const STRENGTHS = ['1 - Unknown', '2 - Acquainted', '3 - Friendly', '4 - Trusted', '5 - Trusted Advisor'];
const TITLES = ['Managing Director', 'Vice President', 'Director', 'Manager', 'Team Lead', 'Specialist'];

/** A plan whose stakeholders form a hierarchy, four reports per manager, for the render benchmark. */
function addBenchmarkPlan(count: number): void {
    const template = store.workspaces.get('a01000000000001AAA') ?? [...store.workspaces.values()][0];
    if (!template) return;
    const id = MAP_BENCH_PLAN_IDS[count];
    const ws = JSON.parse(JSON.stringify(template)) as Workspace;
    ws.plan.id = id;
    // An account of its own, so the sample data keeps one plan per account and period (issue 14 item 18).
    ws.plan.accountId = `001PRVMAP${String(count).padStart(3, '0')}AAAAAA`;
    ws.plan.accountName = `Benchmark account (${count} stakeholders)`;
    ws.plan.name = `${ws.plan.accountName} - relationship map`;
    Object.assign(ws, { objectives: [], partnerRoles: [], whiteSpace: [], stakeholders: [], accountContacts: [] });
    const people: Person[] = [];
    for (let i = 0; i < count; i++) {
        const contactId = `003PRVMAP${String(count).padStart(3, '0')}${String(i).padStart(4, '0')}AA`;
        const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
        const title = TITLES[Math.min(TITLES.length - 1, Math.floor(Math.log(i * 3 + 1) / Math.log(4)))];
        const managerIndex = i === 0 ? null : Math.floor((i - 1) / 4);
        const reportsToId =
            managerIndex === null
                ? null
                : `003PRVMAP${String(count).padStart(3, '0')}${String(managerIndex).padStart(4, '0')}AA`;
        ws.stakeholders.push({
            id: `a02PRVMAP${String(count).padStart(3, '0')}${String(i).padStart(4, '0')}AA`,
            contactId,
            contactName: name,
            title,
            buyingRole: ROLES[i % ROLES.length],
            influence: LEVELS[i % LEVELS.length],
            attitude: ATTITUDES[i % ATTITUDES.length],
            relationshipStrength: STRENGTHS[i % STRENGTHS.length],
            relationshipOwnerId: null,
            relationshipOwnerName: null,
            notes: null
        });
        people.push({
            contactId,
            name,
            title,
            isOtherAccount: false,
            reportsToId,
            reportsToSource: reportsToId ? 'CONTACT' : null,
            stakeholderId: null,
            stakeholderName: null,
            buyingRole: null,
            influence: null,
            attitude: null,
            relationshipStrength: null,
            relationshipOwnerId: null,
            relationshipOwnerName: null
        });
    }
    store.addWorkspace(ws, []);
    store.order = store.order.filter((planId) => planId !== id);
    remember(id, people, ws);
}

function contactPerson(contactId: string, ws: Workspace): Person {
    const known = contacts.get(contactId);
    const account = ws.accountContacts.find((c) => c.id === contactId);
    const reportsToId = contactLines.get(contactId) ?? null;
    return {
        contactId,
        name: known?.name ?? account?.name ?? null,
        title: known?.title ?? account?.title ?? null,
        isOtherAccount: known?.isOtherAccount ?? false,
        reportsToId,
        reportsToSource: reportsToId ? 'CONTACT' : null,
        stakeholderId: null,
        stakeholderName: null,
        buyingRole: null,
        influence: null,
        attitude: null,
        relationshipStrength: null,
        relationshipOwnerId: null,
        relationshipOwnerName: null
    };
}

function relationshipMap(planId: string): MapDto {
    const ws = store.workspace(planId);
    const canReadContacts = allowed('ContactAccess');
    const canManage = Boolean(ws.permissions.canManageChildren);
    const stakeholders = ws.stakeholders as unknown as (Record<string, string | null> & { id: string })[];
    const order = [
        ...stakeholders.map((s) => String(s.contactId)),
        ...(fixtureOrder.get(planId) ?? []),
        ...ws.accountContacts.map((c) => c.id)
    ];
    const people = new Map<string, Person>();
    for (const contactId of canReadContacts ? order : stakeholders.map((s) => String(s.contactId))) {
        if (people.size >= MAX_CONTACTS || people.has(contactId)) continue;
        const person = contactPerson(contactId, ws);
        people.set(
            contactId,
            canReadContacts ? person : { ...person, name: null, title: null, reportsToId: null, reportsToSource: null }
        );
    }
    stakeholders.forEach((s, index) => {
        const person = people.get(String(s.contactId)) as Person;
        const planLine = planLines.get(s.id);
        Object.assign(person, {
            stakeholderId: s.id,
            stakeholderName: `SH-${String(index + 1).padStart(4, '0')}`,
            buyingRole: s.buyingRole ?? null,
            influence: s.influence ?? null,
            attitude: s.attitude ?? null,
            relationshipStrength: s.relationshipStrength ?? null,
            relationshipOwnerId: s.relationshipOwnerId ?? null,
            relationshipOwnerName: s.relationshipOwnerName ?? null
        });
        if (planLine) Object.assign(person, { reportsToId: planLine, reportsToSource: 'PLAN' });
    });
    return {
        planId,
        planName: String(ws.plan.name),
        accountId: ws.plan.accountId,
        people: [...people.values()],
        hasMoreContacts: false,
        maxContacts: MAX_CONTACTS,
        canReadContacts,
        canReadReportsTo: canReadContacts,
        canEditContacts: canReadContacts && allowed('EditContacts'),
        canManageStakeholders: canManage,
        canSetPlanReportsTo: canManage
    };
}

function setReportsTo(planId: string, contactId: string, managerId: string | null): 'CONTACT' | 'PLAN' {
    const map = relationshipMap(planId);
    const byId = new Map(map.people.map((person) => [person.contactId, person]));
    const person = byId.get(contactId);
    if (!person || (managerId && !byId.has(managerId))) throw new Error(labels.RelationshipMap_Error_Not_On_Map);
    const seen = new Set<string>();
    for (let cursor = managerId; cursor && !seen.has(cursor); cursor = byId.get(cursor)?.reportsToId ?? null) {
        if (cursor === contactId) throw new Error(labels.RelationshipMap_Error_Loop);
        seen.add(cursor);
    }
    if (map.canEditContacts) {
        contactLines.set(contactId, managerId);
        if (person.reportsToSource === 'PLAN' && person.stakeholderId) planLines.delete(person.stakeholderId);
        return 'CONTACT';
    }
    if (person.stakeholderId && map.canSetPlanReportsTo) {
        planLines.set(person.stakeholderId, managerId);
        return 'PLAN';
    }
    throw new Error(labels.RelationshipMap_Error_Cannot_Set);
}

loadFixtures();
addBenchmarkPlan(20);
addBenchmarkPlan(200);

export const RELATIONSHIP_MAP_HANDLERS: Record<string, (params: Params) => unknown> = {
    'RelationshipMapController.getRelationshipMap': (p) => relationshipMap(String(p.planId)),
    'RelationshipMapController.setReportsTo': (p) =>
        setReportsTo(String(p.planId), String(p.contactId), p.managerId ? String(p.managerId) : null)
};

registerApex(RELATIONSHIP_MAP_HANDLERS);
