/**
 * The preview shell: SLDS page chrome (global header, app navigation, record highlights), client-side
 * routing between the sample pages, and the toast container. The product's real components are loaded
 * with dynamic `lwc:is` so the shell still builds while some of them do not exist yet.
 */
import { LightningElement } from 'lwc';
import components from 'preview/components';
import schema from 'preview/schema';
import { store, ERROR_PLAN_ID, BENCH_PLAN_IDS, NO_PLAN_ACCOUNT_ID } from '../../../src/store';
import { invalidateApexCache } from '../../../src/apex';
import { decodeDefaultFieldValues } from '../../../src/navigation';
import { toOrg, toSource } from '../../../src/namespace';
import recordPage from 'preview/recordPage';
import { PERSONA, PERSONA_KEYS } from '../../../src/platform';

type Ctor = unknown;
interface Toast {
    key: number;
    title: string;
    message: string;
    variant: string;
    className: string;
    iconName: string;
}
interface NavItem {
    key: string;
    label: string;
    url: string;
    className: string;
    current: string | null;
}

/** The header's persona switch: who the preview signs in as (its permission sets decide what the pages allow). */
const PERSONA_LABELS: Record<string, string> = {
    rep: 'Rep (Account Planning User)',
    manager: 'Manager (Account Planning Manager)',
    admin: 'Admin (Account Planning Admin)'
};

const EDITABLE_TYPES = new Set([
    'Text',
    'Picklist',
    'Date',
    'Currency',
    'Number',
    'Percent',
    'Lookup',
    'Checkbox',
    'LongTextArea',
    'TextArea'
]);

const WORKSPACE_PARTS = [
    'planScorecard',
    'planPerformanceChart',
    'planObjectives',
    'planStakeholders',
    'planStakeholderHeatMap',
    'planPartnerRoles',
    'planWhiteSpace',
    'planNarrative',
    'planOpportunities'
];

let toastKey = 0;

/** A date as the highlights panel shows it: the user's locale (en-US in the preview), not ISO. */
function formatDay(iso: unknown): string {
    const [y, m, d] = String(iso ?? '')
        .split('-')
        .map(Number);
    return y && m && d
        ? new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
              new Date(Date.UTC(y, m - 1, d))
          )
        : '—';
}

export default class App extends LightningElement {
    path = window.location.pathname;
    search = window.location.search;
    ctors: { key: string; ctor: Ctor }[] = [];
    missing: string | null = null;
    toasts: Toast[] = [];
    version = 0;
    newFormError: string | null = null;
    private loadToken = 0;

    connectedCallback(): void {
        window.addEventListener('popstate', () => this.route(window.location.pathname + window.location.search, true));
        window.addEventListener('previewnavigate', (e: Event) => {
            const { url, replace } = (e as CustomEvent<{ url: string; replace: boolean }>).detail;
            this.route(url, false, replace);
        });
        window.addEventListener('lightning__showtoast', (e: Event) => this.showToast((e as CustomEvent).detail));
        window.addEventListener('previewdatachange', () => {
            this.version += 1;
        });
        document.addEventListener('click', (e: MouseEvent) => this.interceptLink(e), true);
        this.route(this.path + this.search, true);
    }

    interceptLink(e: MouseEvent): void {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
        const anchor = e.composedPath().find((n) => (n as HTMLElement).tagName === 'A') as
            HTMLAnchorElement | undefined;
        const href = anchor?.getAttribute('href');
        if (!anchor || !href || !href.startsWith('/') || anchor.target === '_blank') return;
        e.preventDefault();
        this.route(href, false);
    }

    route(url: string, initial: boolean, replace = false): void {
        const u = new URL(url, window.location.origin);
        if (!initial) {
            if (replace) window.history.replaceState({}, '', u.pathname + u.search);
            else window.history.pushState({}, '', u.pathname + u.search);
        }
        invalidateApexCache();
        this.path = u.pathname;
        this.search = u.search;
        this.newFormError = null;
        window.scrollTo(0, 0);
        this.loadComponent();
        document.title = `${this.pageTitle} | Account Planning preview`;
    }

    get segments(): string[] {
        return this.path.split('/').filter(Boolean);
    }
    get kind(): string {
        return this.segments[0] ?? 'index';
    }
    get recordId(): string {
        return this.segments[1] ?? '';
    }
    get isIndex(): boolean {
        return this.kind === 'index';
    }
    get isPlan(): boolean {
        return this.kind === 'plan';
    }
    get isAccount(): boolean {
        return this.kind === 'account';
    }
    get isHome(): boolean {
        return this.kind === 'home';
    }
    get isSetup(): boolean {
        return this.kind === 'setup';
    }
    get isNew(): boolean {
        return this.kind === 'new';
    }
    get isUnknown(): boolean {
        return !['index', 'plan', 'account', 'home', 'setup', 'new'].includes(this.kind);
    }

    /** The components of the page; the plan page falls back to the workspace's parts while planWorkspace is missing. */
    get componentNames(): string[] {
        const available = components as Record<string, unknown>;
        if (this.isPlan) {
            if (available.planWorkspace) return ['planWorkspace'];
            const parts = WORKSPACE_PARTS.filter((c) => available[c]);
            return parts.length ? parts : ['planWorkspace'];
        }
        const name = (
            { account: 'accountPlanCard', home: 'planningHome', setup: 'planningSetup' } as Record<string, string>
        )[this.kind];
        return name ? [name] : [];
    }

    get ctor(): boolean {
        return this.ctors.length > 0;
    }

    loadComponent(): void {
        const names = this.componentNames;
        this.ctors = [];
        this.missing = null;
        if (!names.length) return;
        const loaders = components as Record<string, () => Promise<{ default: Ctor }>>;
        const absent = names.filter((n) => !loaders[n]);
        if (absent.length) {
            this.missing = absent.map((name) => `c-${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`).join(', ');
            return;
        }
        const token = ++this.loadToken;
        void Promise.all(names.map((n) => loaders[n]())).then((modules) => {
            if (token === this.loadToken)
                this.ctors = modules.map((m, i) => ({ key: `${this.path}:${names[i]}`, ctor: m.default }));
        });
    }

    get pageTitle(): string {
        if (this.isPlan) return this.plan?.name ?? 'Account Plan';
        if (this.isAccount) return this.account?.name ?? 'Account';
        if (this.isHome) return 'Planning Home';
        if (this.isSetup) return 'Account Planning Setup';
        if (this.isNew) return `New ${schema[toSource(this.recordId)]?.label ?? this.recordId}`;
        return 'Offline preview';
    }

    // ---- navigation
    get personaOptions(): { value: string; label: string; selected: boolean }[] {
        return PERSONA_KEYS.map((key) => ({ value: key, label: PERSONA_LABELS[key], selected: key === PERSONA.key }));
    }

    /** A persona is chosen for the whole tab: reload the page as that user (the fakes read it once, at start). */
    handlePersonaChange(event: Event): void {
        const url = new URL(window.location.href);
        url.searchParams.set('persona', (event.target as HTMLSelectElement).value);
        window.location.assign(url.toString());
    }

    get navItems(): NavItem[] {
        const firstPlan = store.scenarios[0]?.id;
        const accountWithPlan = firstPlan ? store.workspaces.get(firstPlan)?.plan.accountId : undefined;
        const items = [
            { key: 'index', label: 'Preview', url: '/' },
            { key: 'home', label: 'Planning Home', url: '/home' },
            { key: 'plan', label: 'Account Plans', url: firstPlan ? `/plan/${firstPlan}` : '/' },
            {
                key: 'account',
                label: 'Accounts',
                url: accountWithPlan ? `/account/${accountWithPlan}` : `/account/${NO_PLAN_ACCOUNT_ID}`
            },
            { key: 'setup', label: 'Setup', url: '/setup' }
        ];
        return items.map((i) => ({
            ...i,
            className: 'slds-context-bar__item' + (this.kind === i.key ? ' slds-is-active' : ''),
            current: this.kind === i.key ? 'page' : null
        }));
    }

    get planLinks() {
        return store.scenarios.map((s) => ({
            ...s,
            url: `/plan/${s.id}`,
            className:
                'slds-button slds-button_neutral preview-switch' + (s.id === this.recordId ? ' slds-button_brand' : ''),
            current: s.id === this.recordId ? 'page' : null
        }));
    }

    get benchmarkLinks() {
        return Object.entries(BENCH_PLAN_IDS).map(([count, id]) => ({
            key: id,
            url: `/plan/${id}`,
            label: `Plan with ${Number(count).toLocaleString('en-US')} opportunities`
        }));
    }

    get accountLinks() {
        const seen = new Set<string>();
        const links: { key: string; url: string; label: string; description: string }[] = [];
        for (const s of store.scenarios) {
            const p = store.workspaces.get(s.id)?.plan;
            if (p && !seen.has(p.accountId)) {
                seen.add(p.accountId);
                links.push({
                    key: p.accountId,
                    url: `/account/${p.accountId}`,
                    label: p.accountName,
                    description: store.currentPlanFor(p.accountId)
                        ? 'with a current plan'
                        : 'with a plan for another period, none current'
                });
            }
        }
        const noPlan = this.noPlanAccount;
        if (!seen.has(noPlan.id))
            links.push({
                key: noPlan.id,
                url: `/account/${noPlan.id}`,
                label: noPlan.name,
                description: 'key account without any plan'
            });
        return links;
    }

    /** A key account without any plan (Planning Home lists it); a synthetic one when the data has none. */
    get noPlanAccount(): { id: string; name: string } {
        const planned = new Set([...store.workspaces.values()].map((w) => w.plan.accountId));
        const candidate = [...store.accounts.values()]
            .filter((a) => a.isKeyAccount && !planned.has(a.id))
            .sort((a, b) => a.name.localeCompare(b.name))[0];
        if (candidate) return candidate;
        if (!store.accounts.has(NO_PLAN_ACCOUNT_ID)) {
            store.accounts.set(NO_PLAN_ACCOUNT_ID, {
                id: NO_PLAN_ACCOUNT_ID,
                name: 'Northwind Traders',
                type: 'Customer',
                isKeyAccount: true
            });
        }
        return { id: NO_PLAN_ACCOUNT_ID, name: 'Northwind Traders' };
    }

    // ---- the record page's layout (Account_Plan_Record_Page)
    get hasSidebar(): boolean {
        return Boolean(recordPage?.sidebar.length);
    }
    get recordLayoutClass(): string {
        return this.hasSidebar ? 'preview-record-layout_sidebar' : 'preview-record-layout';
    }
    get sidebarComponents(): string {
        return recordPage?.sidebar.join(', ') ?? '';
    }
    get hasRecordTabs(): boolean {
        return Boolean(recordPage?.tabs.length);
    }
    get recordTabs() {
        return (recordPage?.tabs ?? []).map((title, i) => ({
            key: `${i}`,
            title,
            className: 'slds-tabs_default__item' + (i === 0 ? ' slds-is-active' : '')
        }));
    }

    // ---- record headers
    get plan(): (Record<string, unknown> & { name: string }) | null {
        void this.version;
        if (!this.isPlan) return null;
        if (this.recordId === ERROR_PLAN_ID) return { name: 'Error state (the server throws)' };
        return store.workspaces.get(this.recordId)?.plan ?? null;
    }
    get planName(): string {
        return this.plan?.name ?? 'Plan not found';
    }
    get accountName(): string {
        return this.account?.name ?? 'Account not found';
    }
    get planFields() {
        const p = this.plan;
        if (!p || !p.accountName) return [];
        return [
            { key: 'account', label: 'Account', value: String(p.accountName), url: `/account/${String(p.accountId)}` },
            { key: 'status', label: 'Status', value: String(p.status ?? '') },
            { key: 'period', label: 'Period', value: `${formatDay(p.startDate)} – ${formatDay(p.endDate)}` },
            { key: 'owner', label: 'Key Account Type', value: String(p.keyAccountType ?? '—') }
        ];
    }
    get account(): { id: string; name: string; type: string | null; isKeyAccount: boolean } | null {
        void this.version;
        if (!this.isAccount) return null;
        if (this.recordId === NO_PLAN_ACCOUNT_ID) void this.noPlanAccount; // registers the synthetic account
        return store.accounts.get(this.recordId) ?? null;
    }
    get accountPlans() {
        void this.version;
        return [...store.workspaces.values()]
            .map((w) => w.plan)
            .filter((p) => p.accountId === this.recordId && !p.id.startsWith('a00PREVIEW'))
            .map((p) => ({
                key: p.id,
                url: `/plan/${p.id}`,
                name: p.name,
                period: `${formatDay(p.startDate)} – ${formatDay(p.endDate)}`,
                status: String(p.status)
            }));
    }
    get hasAccountPlans(): boolean {
        return this.accountPlans.length > 0;
    }
    get keyAccountLabel(): string {
        return this.account?.isKeyAccount ? 'Yes' : 'No';
    }

    // ---- new record page (NavigationMixin to standard__objectPage/new): the platform's own page, so it names
    // the object and its fields the way the simulated org does (sap__... in a namespaced build).
    get newObject(): string {
        return this.recordId;
    }
    get newFields() {
        const info = schema[toSource(this.newObject)];
        if (!info) return [];
        const defaults = decodeDefaultFieldValues(new URLSearchParams(this.search).get('defaultFieldValues') ?? '');
        return Object.entries(info.fields)
            .filter(
                ([name, f]) =>
                    !f.calculated &&
                    EDITABLE_TYPES.has(f.type) &&
                    (f.required || toOrg(name) in defaults || !['LongTextArea', 'TextArea'].includes(f.type))
            )
            .filter(
                ([name]) =>
                    !name.startsWith('Won_') &&
                    !name.endsWith('_Count__c') &&
                    ![
                        'Lost_Amount__c',
                        'Open_Pipeline__c',
                        'Weighted_Pipeline__c',
                        'Manager_Review_Comments__c',
                        'Contact_Cadence_Days__c',
                        'Last_Activity_Date__c',
                        'Next_Activity_Date__c',
                        'Unique_Key__c'
                    ].includes(name)
            )
            .map(([name]) => ({ name: toOrg(name), value: defaults[toOrg(name)] ?? null }));
    }
    handleNewSuccess(event: CustomEvent<{ id: string }>): void {
        const id = event.detail.id;
        this.showToast({
            title: 'Saved',
            message: `${schema[toSource(this.newObject)]?.label ?? 'Record'} created.`,
            variant: 'success'
        });
        // The new record takes the form's place in the history, as in Lightning Experience, where the New form
        // is a modal over the page it came from: Back returns to that page, not to the form.
        this.route(toSource(this.newObject) === 'Account_Plan__c' ? `/plan/${id}` : '/', false, true);
    }
    handleNewCancel(): void {
        window.history.back();
    }

    // ---- toasts
    showToast(detail: {
        title?: string;
        message?: string;
        variant?: string;
        mode?: string;
        messageData?: unknown[];
    }): void {
        const variant = ['success', 'error', 'warning', 'info'].includes(String(detail?.variant))
            ? String(detail.variant)
            : 'info';
        let message = String(detail?.message ?? '');
        (detail?.messageData ?? []).forEach((d, i) => {
            const text = typeof d === 'object' && d ? String((d as { label?: string }).label ?? '') : String(d);
            message = message.replace(`{${i}}`, text);
        });
        const toast: Toast = {
            key: ++toastKey,
            title: String(detail?.title ?? ''),
            message,
            variant,
            className: `slds-notify slds-notify_toast slds-theme_${variant}`,
            iconName: `utility:${variant === 'info' ? 'info' : variant}`
        };
        this.toasts = [...this.toasts, toast];
        if (detail?.mode !== 'sticky') setTimeout(() => this.dismiss(toast.key), variant === 'error' ? 8000 : 4000);
    }
    dismiss(key: number): void {
        this.toasts = this.toasts.filter((t) => t.key !== key);
    }
    handleDismiss(event: Event): void {
        this.dismiss(Number((event.currentTarget as HTMLElement).dataset.key));
    }
    get hasToasts(): boolean {
        return this.toasts.length > 0;
    }
}
