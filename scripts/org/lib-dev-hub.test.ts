import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveDevHub, type OrgListEntry, type OrgListResult } from './lib/dev-hub';
import { FakeSfRunner, fixture } from './lib/fake-sf';
import { SfCliError, type SfEnvelope } from './lib/sf';

/** `sf org list --json` answering with the given lists. */
const orgList = (result: OrgListResult): SfEnvelope => ({ status: 0, result, warnings: [] });

/** `sf config get target-dev-hub --json` answering with the given entries. */
const configGet = (result: unknown[]): SfEnvelope => ({ status: 0, result, warnings: [] });

const hub = (entry: Partial<OrgListEntry> & { username: string }): OrgListEntry => ({ isDevHub: true, ...entry });

/** What the user sees of a failure: its class, message, the command it names, its CLI error name and actions. */
async function failure(promise: Promise<unknown>): Promise<Record<string, unknown>> {
    try {
        await promise;
    } catch (error) {
        assert.ok(error instanceof SfCliError, `an SfCliError was expected, got ${String(error)}`);
        return {
            type: error.name,
            message: error.message,
            command: error.command,
            cliErrorName: error.cliErrorName,
            actions: error.actions
        };
    }
    assert.fail('resolveDevHub should have failed');
}

const LOGIN = 'Log in to your Dev Hub and make it the default: sf org login web --set-default-dev-hub --alias DevHub';

describe('resolveDevHub: which Dev Hub', () => {
    it('uses the configured target-dev-hub, found by alias, and names it by its alias', async () => {
        const sf = new FakeSfRunner()
            .on('config get target-dev-hub', fixture('config-get-target-dev-hub.json'))
            .on('org list', fixture('org-list-with-dev-hub.json'));
        assert.deepEqual(await resolveDevHub(sf), { name: 'DevHub', username: 'release@acme.example' });
        assert.deepEqual(
            sf.calls.map((c) => c.args),
            [
                ['config', 'get', 'target-dev-hub'],
                ['org', 'list']
            ],
            'the config first, then the orgs the CLI knows'
        );
    });

    it('an explicit --target-dev-hub wins and the config is not asked', async () => {
        const sf = new FakeSfRunner().on(
            'org list',
            orgList({
                devHubs: [hub({ username: 'a@x.example', alias: 'A' }), hub({ username: 'b@x.example', alias: 'B' })]
            })
        );
        assert.deepEqual(await resolveDevHub(sf, 'B'), { name: 'B', username: 'b@x.example' });
        assert.deepEqual(
            sf.calls.map((c) => c.args),
            [['org', 'list']],
            'only the org list'
        );
    });

    it('finds a hub by its username in any case, and names a hub without alias by its username', async () => {
        const sf = new FakeSfRunner().on(
            'org list',
            orgList({
                devHubs: [hub({ username: 'a@x.example', alias: 'A' }), hub({ username: 'Release@Acme.example' })]
            })
        );
        assert.deepEqual(await resolveDevHub(sf, 'release@ACME.example'), {
            name: 'Release@Acme.example',
            username: 'Release@Acme.example'
        });
    });

    it('an alias matches exactly (aliases are case-sensitive to the CLI)', async () => {
        const sf = new FakeSfRunner().on(
            'org list',
            orgList({ devHubs: [hub({ username: 'a@x.example', alias: 'Hub' })] })
        );
        assert.equal((await failure(resolveDevHub(sf, 'hub'))).type, 'NotAuthorisedError');
    });

    it('reads the config entry by its key when its name differs', async () => {
        const sf = new FakeSfRunner()
            .on(
                'config get target-dev-hub',
                configGet([
                    { name: 'other', key: 'other', value: 'Wrong', success: true },
                    { name: 'targetDevHub', key: 'target-dev-hub', value: 'B', success: true }
                ])
            )
            .on(
                'org list',
                orgList({
                    devHubs: [
                        hub({ username: 'wrong@x.example', alias: 'Wrong' }),
                        hub({ username: 'b@x.example', alias: 'B' })
                    ]
                })
            );
        assert.deepEqual(await resolveDevHub(sf), { name: 'B', username: 'b@x.example' });
    });

    it('reads the config entry by its name when it has no key', async () => {
        const sf = new FakeSfRunner()
            .on('config get target-dev-hub', configGet([{ name: 'target-dev-hub', value: 'B', success: true }]))
            .on('org list', orgList({ devHubs: [hub({ username: 'b@x.example', alias: 'B' })] }));
        assert.deepEqual(await resolveDevHub(sf), { name: 'B', username: 'b@x.example' });
    });

    it('accepts a hub whose connection status is Connected, Unknown or not given', async () => {
        for (const connectedStatus of ['Connected', 'Unknown', undefined]) {
            const sf = new FakeSfRunner().on(
                'org list',
                orgList({ devHubs: [hub({ username: 'a@x.example', alias: 'A', connectedStatus })] })
            );
            assert.deepEqual(
                await resolveDevHub(sf, 'A'),
                { name: 'A', username: 'a@x.example' },
                String(connectedStatus)
            );
        }
    });
});

describe('resolveDevHub: failures and what to do', () => {
    it('no default and no known Dev Hub: how to log in to one', async () => {
        const sf = new FakeSfRunner()
            .on('config get target-dev-hub', fixture('config-get-target-dev-hub-unset.json'))
            .on('org list', fixture('org-list-empty.json'));
        assert.deepEqual(await failure(resolveDevHub(sf)), {
            type: 'NoDevHubError',
            message: 'No default Dev Hub is set for the Salesforce CLI ("No default dev hub found").',
            command: 'sf config get target-dev-hub',
            cliErrorName: 'NoDefaultDevHubError',
            actions: [
                LOGIN,
                'Or pass it to this script: --target-dev-hub <alias or username>',
                'The org must have Dev Hub enabled (Setup > Dev Hub).'
            ]
        });
    });

    it('no default but known Dev Hubs: names them (alias, else username) and how to make the first the default', async () => {
        const sf = new FakeSfRunner().on('config get target-dev-hub', configGet([])).on(
            'org list',
            orgList({
                devHubs: [hub({ username: 'first@x.example', alias: 'First' }), hub({ username: 'second@x.example' })]
            })
        );
        assert.deepEqual(await failure(resolveDevHub(sf)), {
            type: 'NoDevHubError',
            message: 'No default Dev Hub is set for the Salesforce CLI ("No default dev hub found").',
            command: 'sf config get target-dev-hub',
            cliErrorName: 'NoDefaultDevHubError',
            actions: [
                'The CLI knows these Dev Hubs: First, second@x.example. Make one the default: sf config set target-dev-hub First',
                'Or pass it to this script: --target-dev-hub <alias or username>'
            ]
        });
    });

    it('a config and an org list without results count as nothing configured and nothing known', async () => {
        const sf = new FakeSfRunner()
            .on('config get target-dev-hub', { status: 0, warnings: [] })
            .on('org list', { status: 0, warnings: [] });
        const error = await failure(resolveDevHub(sf));
        assert.equal(error.type, 'NoDevHubError');
        assert.deepEqual((error.actions as string[])[0], LOGIN);
    });

    it('an org list without devHubs knows no Dev Hub', async () => {
        const sf = new FakeSfRunner().on('org list', orgList({}));
        assert.deepEqual(await failure(resolveDevHub(sf, 'DevHub')), {
            type: 'NotAuthorisedError',
            message: 'The Dev Hub "DevHub" is configured but the Salesforce CLI is not authorised for it.',
            command: 'sf config get target-dev-hub',
            cliErrorName: undefined,
            actions: [
                'Log in: sf org login web --set-default-dev-hub --alias DevHub',
                'List the orgs the CLI knows: sf org list'
            ]
        });
    });

    it('a hub the CLI does not know: log in to it under its alias, or as DevHub when it is a username', async () => {
        const known = orgList({ devHubs: [hub({ username: 'a@x.example', alias: 'A' })] });
        assert.deepEqual(await failure(resolveDevHub(new FakeSfRunner().on('org list', known), 'OtherHub')), {
            type: 'NotAuthorisedError',
            message: 'The Dev Hub "OtherHub" is configured but the Salesforce CLI is not authorised for it.',
            command: 'sf config get target-dev-hub',
            cliErrorName: undefined,
            actions: [
                'Log in: sf org login web --set-default-dev-hub --alias OtherHub',
                'List the orgs the CLI knows: sf org list'
            ]
        });
        const byUsername = await failure(resolveDevHub(new FakeSfRunner().on('org list', known), 'me@x.example'));
        assert.deepEqual(byUsername.actions, [
            'Log in: sf org login web --set-default-dev-hub --alias DevHub',
            'List the orgs the CLI knows: sf org list'
        ]);
    });

    it('an authorised org that is not a Dev Hub, found among non-scratch orgs, other orgs or sandboxes', async () => {
        const prod = { username: 'admin@acme.example', alias: 'Prod', isDevHub: false };
        for (const list of [{ nonScratchOrgs: [prod] }, { other: [prod] }, { sandboxes: [prod] }] as OrgListResult[]) {
            const sf = new FakeSfRunner().on('org list', orgList({ devHubs: [], ...list }));
            assert.deepEqual(
                await failure(resolveDevHub(sf, 'Prod')),
                {
                    type: 'NoDevHubError',
                    message: 'The org "Prod" is authorised but is not a Dev Hub.',
                    command: 'sf config get target-dev-hub',
                    cliErrorName: undefined,
                    actions: [
                        'Enable Dev Hub in that org (Setup > Dev Hub), then log in again so the CLI notices: sf org login web --set-default-dev-hub --alias DevHub',
                        'Or point --target-dev-hub at your real Dev Hub.'
                    ]
                },
                Object.keys(list)[0]
            );
        }
    });

    it('an authorised org is matched by its username too', async () => {
        const sf = new FakeSfRunner().on('org list', fixture('org-list-no-dev-hub.json'));
        assert.equal((await failure(resolveDevHub(sf, 'ADMIN@acme.example'))).type, 'NoDevHubError');
    });

    it('a hub the CLI cannot connect to: the status, and how to log in again under its alias', async () => {
        const sf = new FakeSfRunner()
            .on('config get target-dev-hub', fixture('config-get-target-dev-hub.json'))
            .on('org list', fixture('org-list-dev-hub-expired.json'));
        assert.deepEqual(await failure(resolveDevHub(sf)), {
            type: 'NotAuthorisedError',
            message: 'The CLI cannot connect to the Dev Hub "DevHub": RefreshTokenAuthError.',
            command: 'sf org list',
            cliErrorName: undefined,
            actions: ['Log in again: sf org login web --set-default-dev-hub --alias DevHub']
        });
    });

    it('a hub without alias the CLI cannot connect to is named by its username; log in as DevHub', async () => {
        const sf = new FakeSfRunner().on(
            'org list',
            orgList({ devHubs: [hub({ username: 'hub@x.example', connectedStatus: 'Expired' })] })
        );
        assert.deepEqual(await failure(resolveDevHub(sf, 'hub@x.example')), {
            type: 'NotAuthorisedError',
            message: 'The CLI cannot connect to the Dev Hub "hub@x.example": Expired.',
            command: 'sf org list',
            cliErrorName: undefined,
            actions: ['Log in again: sf org login web --set-default-dev-hub --alias DevHub']
        });
    });
});
