/**
 * The mock of c/planRecordModal for the tests of the components that open it:
 *   jest.mock('c/planRecordModal', () => require('<path to jest>/mocks/planRecordModal'));
 * `open` resolves undefined (cancelled) unless the test says otherwise; after each test every recorded call is
 * checked the way the modal's lightning-record-edit-form would check it in the simulated org: the object, every
 * field and every default value's field must be names the org knows (jest/platform/org.ts).
 */
import { audit, fieldNameOf, fieldProblem, objectNameOf, objectProblem } from '../platform/org';

type Reference = string | { objectApiName?: string; fieldApiName?: string };
interface OpenOptions {
    objectApiName: Reference;
    fields?: Reference[];
    defaultValues?: Record<string, unknown> | { field: Reference; value: unknown }[];
}

function defaultFieldNames(defaults: OpenOptions['defaultValues']): Reference[] {
    if (!defaults) {
        return [];
    }
    return Array.isArray(defaults) ? defaults.map((entry) => entry.field) : Object.keys(defaults);
}

function openProblems(options: OpenOptions): (string | null)[] {
    const problem = objectProblem(options?.objectApiName);
    if (problem) {
        return [problem];
    }
    return [...(options.fields ?? []), ...defaultFieldNames(options.defaultValues)].map((field) =>
        fieldProblem(options.objectApiName, fieldNameOf(field))
    );
}

const open = jest.fn((_options: OpenOptions) => Promise.resolve(undefined as string | undefined));
audit('PlanRecordModal.open', open, (options: OpenOptions) => openProblems(options));

export default { open };

/** What the last open() asked for, as names (the options may hold names or @salesforce/schema references). */
export function lastOpened(): {
    description?: string;
    objectApiName: string;
    recordId?: string;
    fields: string[];
    defaultValues: Record<string, unknown>;
} {
    const calls = open.mock.calls;
    if (!calls.length) {
        throw new Error('PlanRecordModal.open was not called');
    }
    const options = calls[calls.length - 1][0] as OpenOptions & { recordId?: string; description?: string };
    const defaults = options.defaultValues ?? {};
    return {
        description: options.description,
        objectApiName: objectNameOf(options.objectApiName),
        recordId: options.recordId,
        fields: (options.fields ?? []).map(fieldNameOf),
        defaultValues: Array.isArray(defaults)
            ? Object.fromEntries(defaults.map((entry) => [fieldNameOf(entry.field), entry.value]))
            : { ...defaults }
    };
}
