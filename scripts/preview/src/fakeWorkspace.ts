/** Fake AccountPlanWorkspaceController: the plan workspace (one call), its opportunity pages, partner search. */
import { registerApex } from './apexRegistry';
import { store } from './store';

registerApex({
    'AccountPlanWorkspaceController.getWorkspace': (p) => store.workspace(String(p.planId)),
    'AccountPlanWorkspaceController.getLinkedOpportunities': (p) => {
        store.workspace(String(p.planId));
        return store.page(
            String(p.planId),
            String(p.filter ?? 'all'),
            String(p.sortBy ?? 'closeDate'),
            String(p.sortDirection ?? 'desc'),
            Number(p.pageNumber ?? 1),
            Number(p.pageSize ?? 50)
        );
    },
    'AccountPlanWorkspaceController.searchPartnerAccounts': (p) => {
        const term = String(p.searchTerm ?? '').toLowerCase();
        return store.partnerAccounts
            .filter((a) => !term || a.name.toLowerCase().includes(term))
            .slice(0, 20)
            .map((a) => ({ id: a.id, name: a.name, type: a.type }));
    }
});
