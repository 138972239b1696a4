import { createElement } from 'lwc';
import axe from 'axe-core';
import ErrorPanel from 'c/errorPanel';
import errors from './data/errors.json';

async function expectAccessible(element: Element): Promise<void> {
    const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

function createPanel(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-error-panel', { is: ErrorPanel });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function flush(): Promise<void> {
    return Promise.resolve();
}

describe('c-error-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows a single reduced message inline with role alert', async () => {
        const element = createPanel({ errors: errors.single });
        await flush();
        const alert = element.shadowRoot!.querySelector('[role="alert"]');
        expect(alert).not.toBeNull();
        expect(element.shadowRoot!.querySelector('.slds-notify_alert')).not.toBeNull();
        const message = element.shadowRoot!.querySelector('.error-message');
        expect(message!.textContent).toBe('You do not have access to Account Planning.');
        expect(element.shadowRoot!.querySelector('h2')!.textContent).toBe('c.Error_Title');
        expect((element as unknown as { variant: string }).variant).toBe('inline');
        await expectAccessible(element);
    });

    it('uses the friendly message as headline and the illustration variant', async () => {
        const element = createPanel({
            errors: errors.single,
            friendlyMessage: 'Plan not loaded',
            variant: 'illustration'
        });
        await flush();
        expect(element.shadowRoot!.querySelector('.slds-notify_alert')).toBeNull();
        expect(element.shadowRoot!.querySelector('h2')!.textContent).toBe('Plan not loaded');
        await expectAccessible(element);
    });

    it('hides several messages behind an accessible details toggle', async () => {
        const element = createPanel({ errors: errors.many });
        await flush();
        const toggle = element.shadowRoot!.querySelector('button.details-toggle') as HTMLButtonElement;
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(element.shadowRoot!.querySelectorAll('li.error-message')).toHaveLength(0);
        toggle.click();
        await flush();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(toggle.textContent!.trim()).toBe('c.Error_Hide_Details');
        expect(element.shadowRoot!.querySelectorAll('li.error-message')).toHaveLength(2);
        toggle.click();
        await flush();
        expect(toggle.textContent!.trim()).toBe('c.Error_Show_Details');
        await expectAccessible(element);
    });

    it('keeps the open details list in step with new errors, each message once and in order', async () => {
        const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
        const element = createPanel({ errors: ['First failure.', 'Second failure.', 'Third failure.'] });
        await flush();
        (element.shadowRoot!.querySelector('button.details-toggle') as HTMLButtonElement).click();
        await flush();
        const listed = (): (string | null)[] =>
            Array.from(element.shadowRoot!.querySelectorAll('li.error-message')).map((li) => li.textContent);
        expect(listed()).toEqual(['First failure.', 'Second failure.', 'Third failure.']);
        Object.assign(element, { errors: ['Record is locked.', 'First failure.'] });
        await flush();
        expect(listed()).toEqual(['Record is locked.', 'First failure.']);
        expect(consoleError).not.toHaveBeenCalled();
        consoleError.mockRestore();
    });

    it("shows a validation rule's own message from a failed record save, not the UI API's generic one", async () => {
        const element = createPanel({ errors: errors.validationRule });
        await flush();
        expect(element.shadowRoot!.querySelector('.error-message')!.textContent).toBe(
            'Revenue Target cannot be negative.'
        );
        expect(element.shadowRoot!.querySelector('button.details-toggle')).toBeNull();
    });

    it('lists every page and field error of a failed record save behind the details toggle', async () => {
        const element = createPanel({ errors: errors.recordErrors });
        await flush();
        expect(element.shadowRoot!.querySelector('.error-message')).toBeNull();
        (element.shadowRoot!.querySelector('button.details-toggle') as HTMLButtonElement).click();
        await flush();
        expect(
            Array.from(element.shadowRoot!.querySelectorAll('li.error-message')).map((li) => li.textContent)
        ).toEqual([
            'This contact is already a stakeholder on this plan.',
            "Enter the competitor's name when Current Supplier is Competitor.",
            'Estimated Annual Spend cannot be negative.'
        ]);
    });

    it('shows the generic message for an unknown error shape', async () => {
        const element = createPanel({ errors: { body: {} } });
        await flush();
        expect(element.shadowRoot!.querySelector('.error-message')!.textContent).toBe('c.Error_Unknown');
    });
});
