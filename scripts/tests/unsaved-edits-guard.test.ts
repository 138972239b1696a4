/**
 * The Aura half of the plan page's unsaved-edits guard (aura/planUnsavedEditsGuard), which no Jest or preview
 * run executes: its controller, loaded as Aura loads it (one object literal), against a fake component.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

type Handler = (component: FakeComponent, event?: FakeEvent) => void;
interface FakeEvent {
    getParam(name: string): unknown;
}

const CONTROLLER = path.resolve(
    __dirname,
    '../../force-app/main/default/aura/planUnsavedEditsGuard/planUnsavedEditsGuardController.js'
);

function loadController(): Record<string, Handler> {
    const source = readFileSync(CONTROLLER, 'utf8').trim().replace(/;$/, '');
    return new Function(`return ${source};`)() as Record<string, Handler>;
}

/** The component: `find('unsaved')` is lightning:unsavedChanges, `find('bridge')` the LWC bridge; calls recorded. */
class FakeComponent {
    calls: unknown[][] = [];
    find(id: string): Record<string, (...args: unknown[]) => void> {
        const record =
            (name: string) =>
            (...args: unknown[]) =>
                this.calls.push([`${id}.${name}`, ...args]);
        return { setUnsavedChanges: record('setUnsavedChanges'), save: record('save'), discard: record('discard') };
    }
}

const change = (detail: Record<string, unknown>): FakeEvent => ({ getParam: (name) => detail[name] });

describe('aura planUnsavedEditsGuard controller', () => {
    const controller = loadController();

    it('tells lightning:unsavedChanges about unsaved edits with their label, and when the page is clean', () => {
        const component = new FakeComponent();
        controller.handleChange(component, change({ dirty: true, label: 'SWOT, New Objective' }));
        controller.handleChange(component, change({ dirty: false, label: '' }));
        assert.deepEqual(component.calls, [
            ['unsaved.setUnsavedChanges', true, { label: 'SWOT, New Objective' }],
            ['unsaved.setUnsavedChanges', false]
        ]);
    });

    it("passes the user's Save and Discard to the bridge", () => {
        const component = new FakeComponent();
        controller.handleSave(component);
        controller.handleDiscard(component);
        assert.deepEqual(component.calls, [['bridge.save'], ['bridge.discard']]);
    });
});
