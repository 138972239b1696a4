/** The Setup page hands its Plan page card the tolerance in force and reloads the settings after the card saves. */
import PlanningSetup from 'c/planningSetup';
import getSetup from '@salesforce/apex/PlanningSetupController.getSetup';
import { refreshApex } from '@salesforce/apex';
import setupScheduled from './data/setupScheduled.json';
import setupReadOnly from './data/setupReadOnly.json';
import { $, flush, mount, resetDom, wireAdapter } from '../../../../../../jest/testUtils';

jest.mock(
    '@salesforce/apex/PlanningSetupController.getSetup',
    () => {
        const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const setupAdapter = wireAdapter(getSetup);

describe('c-planning-setup: plan page card', () => {
    afterEach(() => {
        resetDom();
    });

    it('passes the tolerance in force and the manage permission to the card', async () => {
        const element = mount('c-planning-setup', PlanningSetup);
        setupAdapter.emit(setupScheduled);
        await flush();
        const card = $(element, 'c-planning-setup-plan-page');
        expect(card.tolerancePercent).toBe(2.5);
        expect(card.canManage).toBe(true);
    });

    it('tells the card a read-only user cannot save', async () => {
        const element = mount('c-planning-setup', PlanningSetup);
        setupAdapter.emit(setupReadOnly);
        await flush();
        expect($(element, 'c-planning-setup-plan-page').canManage).toBe(false);
    });

    it('reloads the settings after the card saved', async () => {
        const element = mount('c-planning-setup', PlanningSetup);
        setupAdapter.emit(setupScheduled);
        await flush();
        $(element, 'c-planning-setup-plan-page').dispatchEvent(new CustomEvent('saved'));
        await flush();
        expect(refreshApex).toHaveBeenCalledTimes(1);
    });
});
