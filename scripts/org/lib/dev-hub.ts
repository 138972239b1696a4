/** Finds the Dev Hub the CLI will use and proves it is authorised, before anything slow happens. */
import { NoDevHubError, NotAuthorisedError, type SfRunner } from './sf';

/** One entry of `sf config get <key> --json`. */
export interface ConfigGetEntry {
    name: string;
    key?: string;
    value?: string;
    location?: string;
    success: boolean;
}

/** One org in `sf org list --json`. */
export interface OrgListEntry {
    username: string;
    alias?: string;
    orgId?: string;
    instanceUrl?: string;
    isDevHub?: boolean;
    isDefaultDevHubUsername?: boolean;
    isDefaultUsername?: boolean;
    connectedStatus?: string;
    status?: string;
    expirationDate?: string;
}

export interface OrgListResult {
    other?: OrgListEntry[];
    sandboxes?: OrgListEntry[];
    nonScratchOrgs?: OrgListEntry[];
    devHubs?: OrgListEntry[];
    scratchOrgs?: OrgListEntry[];
}

export interface DevHub {
    /** What to pass to --target-dev-hub: the alias when there is one, else the username. */
    name: string;
    username: string;
}

const LOGIN_ACTION =
    'Log in to your Dev Hub and make it the default: sf org login web --set-default-dev-hub --alias DevHub';

const matches = (org: OrgListEntry, wanted: string): boolean =>
    org.alias === wanted || org.username.toLowerCase() === wanted.toLowerCase();

/**
 * Resolves the Dev Hub: the explicit `--target-dev-hub` value, or the CLI's `target-dev-hub` config.
 * Fails fast with NoDevHubError / NotAuthorisedError and instructions.
 */
export async function resolveDevHub(sf: SfRunner, explicit?: string): Promise<DevHub> {
    let wanted = explicit;
    if (!wanted) {
        const config = await sf.run<ConfigGetEntry[]>(['config', 'get', 'target-dev-hub']);
        wanted = config.result?.find((e) => e.name === 'target-dev-hub' || e.key === 'target-dev-hub')?.value;
    }
    const list = (await sf.run<OrgListResult>(['org', 'list'])).result ?? {};
    const devHubs = list.devHubs ?? [];
    const command = 'sf config get target-dev-hub';

    if (!wanted) {
        const known = devHubs.map((h) => h.alias ?? h.username);
        throw new NoDevHubError('No default Dev Hub is set for the Salesforce CLI ("No default dev hub found").', {
            command,
            cliErrorName: 'NoDefaultDevHubError',
            actions: known.length
                ? [
                      `The CLI knows these Dev Hubs: ${known.join(', ')}. Make one the default: sf config set target-dev-hub ${known[0]}`,
                      'Or pass it to this script: --target-dev-hub <alias or username>'
                  ]
                : [
                      LOGIN_ACTION,
                      'Or pass it to this script: --target-dev-hub <alias or username>',
                      'The org must have Dev Hub enabled (Setup > Dev Hub).'
                  ]
        });
    }

    const hub = devHubs.find((h) => matches(h, wanted));
    if (!hub) {
        const authorisedElsewhere = [
            ...(list.nonScratchOrgs ?? []),
            ...(list.other ?? []),
            ...(list.sandboxes ?? [])
        ].find((o) => matches(o, wanted));
        if (authorisedElsewhere) {
            throw new NoDevHubError(`The org "${wanted}" is authorised but is not a Dev Hub.`, {
                command,
                actions: [
                    'Enable Dev Hub in that org (Setup > Dev Hub), then log in again so the CLI notices: sf org login web --set-default-dev-hub --alias DevHub',
                    'Or point --target-dev-hub at your real Dev Hub.'
                ]
            });
        }
        throw new NotAuthorisedError(
            `The Dev Hub "${wanted}" is configured but the Salesforce CLI is not authorised for it.`,
            {
                command,
                actions: [
                    `Log in: sf org login web --set-default-dev-hub --alias ${/@/.test(wanted) ? 'DevHub' : wanted}`,
                    'List the orgs the CLI knows: sf org list'
                ]
            }
        );
    }
    const status = hub.connectedStatus;
    if (status && status !== 'Connected' && status !== 'Unknown') {
        throw new NotAuthorisedError(
            `The CLI cannot connect to the Dev Hub "${hub.alias ?? hub.username}": ${status}.`,
            {
                command: 'sf org list',
                actions: [`Log in again: sf org login web --set-default-dev-hub --alias ${hub.alias ?? 'DevHub'}`]
            }
        );
    }
    return { name: hub.alias ?? hub.username, username: hub.username };
}
