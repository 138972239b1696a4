/**
 * The mock of c/planRecordModal for the tests of the components that open it:
 *   jest.mock('c/planRecordModal', () => require('<path to jest>/mocks/planRecordModal'));
 * `open` resolves undefined (cancelled) unless the test says otherwise; after each test every recorded call is
 * checked the way the modal's lightning-record-edit-form would check it in the simulated org: the object, every
 * field and every default value's field must be names the org knows (jest/platform/org.ts).
 */
import { audit, fieldNameOf, fieldProblem, objectNameOf, objectProblem } from '../platform/org';

type Reference = string | { objectApiName?: string; fieldApiName?: string };
interface Rule {
    field: Reference;
    message: string;
    when?: { field: Reference; equals: string };
}
interface Choice {
    field: Reference;
    label: string;
    minLength?: number;
    requiredMessage: string;
    noResultsMessage?: string;
    search: (term: string) => Promise<{ value: string; label: string; meta?: string | null }[]>;
}
interface OpenOptions {
    objectApiName: Reference;
    fields?: Reference[];
    defaultValues?: Record<string, unknown> | { field: Reference; value: unknown }[];
    rules?: Rule[];
    choice?: Choice;
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
    const ruleFields = (options.rules ?? []).flatMap((rule) => [rule.field, ...(rule.when ? [rule.when.field] : [])]);
    const choiceFields = options.choice ? [options.choice.field] : [];
    return [...(options.fields ?? []), ...defaultFieldNames(options.defaultValues), ...ruleFields, ...choiceFields].map(
        (field) => fieldProblem(options.objectApiName, fieldNameOf(field))
    );
}

const open = jest.fn((_options: OpenOptions) => Promise.resolve(undefined as string | undefined));
audit('PlanRecordModal.open', open, (options: OpenOptions) => openProblems(options));

export default { open };

/** What the last open() asked for, as names (the options may hold names or @salesforce/schema references). */
export function lastOpened(): {
    label?: string;
    description?: string;
    objectApiName: string;
    recordId?: string;
    fields: string[];
    defaultValues: Record<string, unknown>;
    /** Each rule as `field: message`, with ` (when <field> = <value>)` for a conditional one. */
    rules?: string[];
    choice?: { field: string; label: string; minLength?: number; requiredMessage: string; noResultsMessage?: string };
    /** The choice's search, to call as the dialog would. */
    search?: Choice['search'];
} {
    const calls = open.mock.calls;
    if (!calls.length) {
        throw new Error('PlanRecordModal.open was not called');
    }
    const options = calls[calls.length - 1][0] as OpenOptions & {
        label?: string;
        recordId?: string;
        description?: string;
    };
    const defaults = options.defaultValues ?? {};
    const choice = options.choice;
    return {
        label: options.label,
        description: options.description,
        objectApiName: objectNameOf(options.objectApiName),
        recordId: options.recordId,
        fields: (options.fields ?? []).map(fieldNameOf),
        defaultValues: Array.isArray(defaults)
            ? Object.fromEntries(defaults.map((entry) => [fieldNameOf(entry.field), entry.value]))
            : { ...defaults },
        ...(options.rules
            ? {
                  rules: options.rules.map(
                      (rule) =>
                          `${fieldNameOf(rule.field)}: ${rule.message}` +
                          (rule.when ? ` (when ${fieldNameOf(rule.when.field)} = ${rule.when.equals})` : '')
                  )
              }
            : {}),
        ...(choice
            ? {
                  choice: {
                      field: fieldNameOf(choice.field),
                      label: choice.label,
                      minLength: choice.minLength,
                      requiredMessage: choice.requiredMessage,
                      ...(choice.noResultsMessage ? { noResultsMessage: choice.noResultsMessage } : {})
                  },
                  search: choice.search
              }
            : {})
    };
}
