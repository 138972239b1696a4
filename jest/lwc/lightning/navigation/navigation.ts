/**
 * `lightning/navigation` in Jest: NavigationMixin records every page reference in `navigate` (a jest.fn tests
 * read through jest/testUtils `navigations()`); after each test every recorded page reference is checked against
 * the simulated org: the object of a record or object page and every key of `state.defaultFieldValues` must be
 * names the org knows (jest/platform/org.ts).
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import { audit, fieldProblem, objectProblem } from '../../../platform/org';
import { decodeDefaultFieldValues } from '../pageReferenceUtils/pageReferenceUtils';

export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

function pageReferenceProblems(reference: PageReference): (string | null)[] {
    const objectApiName = reference?.attributes?.objectApiName as string | undefined;
    if (objectApiName === undefined) {
        return [];
    }
    const problem = objectProblem(objectApiName);
    if (problem) {
        return [problem];
    }
    const defaults = reference.state?.defaultFieldValues;
    return defaults === undefined
        ? []
        : Object.keys(decodeDefaultFieldValues(String(defaults))).map((field) => fieldProblem(objectApiName, field));
}

export const navigate = jest.fn();
export const generateUrl = jest.fn((_reference: PageReference) =>
    Promise.resolve('https://example.my.salesforce.com/lightning/page')
);
audit('NavigationMixin.Navigate', navigate, (reference: PageReference) => pageReferenceProblems(reference));
audit('NavigationMixin.GenerateUrl', generateUrl, (reference: PageReference) => pageReferenceProblems(reference));

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

// A mixin constructor needs `any[]` arguments (TS2545).
type Constructor = new (...args: any[]) => object;

function mixin<T extends Constructor>(Base: T) {
    return class extends Base {
        [Navigate](reference: PageReference, replace?: boolean): void {
            navigate(reference, replace);
        }

        [GenerateUrl](reference: PageReference): Promise<string> {
            return generateUrl(reference);
        }
    };
}

export const NavigationMixin = Object.assign(mixin, { Navigate, GenerateUrl });
export const CurrentPageReference = createTestWireAdapter(jest.fn());
