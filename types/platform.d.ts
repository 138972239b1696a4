/**
 * Typed declarations for the Salesforce platform modules that @salesforce/lightning-types does not cover.
 * lightning-types (0.8) already declares: lightning/modal (without the static open()), lightning/platformResourceLoader,
 * @salesforce/user/Id and the base components; it is pulled in by the reference below.
 * Specific Apex methods are typed in workspace-dtos.d.ts / home-setup-dtos.d.ts; a specific
 * per-method apex module declaration wins over the wildcard here.
 */
/// <reference types="@salesforce/lightning-types" />

/** What an Apex wire (or any LDS wire) hands to a wired property or method. */
interface WireResult<T> {
    data?: T;
    error?: unknown;
}

/**
 * An imported Apex method: callable imperatively (returns a promise) and usable with @wire.
 * P = parameter object (keys = Apex parameter names), R = return type.
 */
interface ApexMethod<P extends Record<string, unknown>, R> {
    (params?: P): Promise<R>;
    new (
        callback: (value: WireResult<R>) => void,
        sourceContext?: { tagName: string }
    ): {
        update(config: Record<string, unknown>, context?: Record<string, unknown>): void;
        connect(): void;
        disconnect(): void;
    };
}

declare module '@salesforce/apex' {
    /** Re-runs the wire that produced `wiredResult` (the exact object the wire provisioned). */
    export function refreshApex(wiredResult: unknown): Promise<void>;
    export function getSObjectValue(sObject: unknown, field: unknown): unknown;
}

declare module '@salesforce/apex/*' {
    const method: ApexMethod<Record<string, unknown>, unknown>;
    export default method;
}

declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/schema/*' {
    /** Object or field reference, e.g. { objectApiName: 'Account_Plan__c', fieldApiName: 'Name' }. */
    const reference: { objectApiName: string; fieldApiName?: string };
    export default reference;
}

declare module '@salesforce/resourceUrl/*' {
    const url: string;
    export default url;
}

declare module '@salesforce/customPermission/*' {
    const hasPermission: boolean | undefined;
    export default hasPermission;
}

declare module '@salesforce/i18n/*' {
    const value: string;
    export default value;
}

declare module 'lightning/uiRecordApi' {
    export interface FieldId {
        objectApiName: string;
        fieldApiName?: string;
    }
    export interface FieldValue {
        value: unknown;
        displayValue: string | null;
    }
    export interface RecordRepresentation {
        id: string;
        apiName: string;
        fields: Record<string, FieldValue>;
    }
    export interface RecordInput {
        apiName?: string;
        fields: Record<string, unknown>;
    }
    interface GetRecordConfig extends Record<string, unknown> {
        recordId?: string;
        fields?: (FieldId | string)[];
        optionalFields?: (FieldId | string)[];
        layoutTypes?: string[];
        modes?: string[];
    }
    export const getRecord: ApexMethod<GetRecordConfig, RecordRepresentation>;
    export function getFieldValue(record: RecordRepresentation | undefined, field: FieldId | string): unknown;
    export function getFieldDisplayValue(
        record: RecordRepresentation | undefined,
        field: FieldId | string
    ): string | null;
    export function updateRecord(
        recordInput: RecordInput,
        clientOptions?: Record<string, unknown>
    ): Promise<RecordRepresentation>;
    export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
    export function deleteRecord(recordId: string): Promise<void>;
    export function notifyRecordUpdateAvailable(recordIds: { recordId: string }[]): Promise<void>;
}

declare module 'lightning/navigation' {
    import type { LightningElement } from 'lwc';
    export interface PageReference {
        type: string;
        attributes?: Record<string, unknown>;
        state?: Record<string, unknown>;
    }
    type Constructor<T = object> = new (...args: any[]) => T;
    export interface NavigationCapable {
        [key: symbol]: (pageReference: PageReference, replace?: boolean) => any;
    }
    interface NavigationMixinType {
        <T extends Constructor<LightningElement>>(base: T): T & Constructor<NavigationCapable>;
        readonly Navigate: symbol;
        readonly GenerateUrl: symbol;
    }
    export const NavigationMixin: NavigationMixinType;
    export const CurrentPageReference: ApexMethod<Record<string, unknown>, PageReference>;
}

declare module 'lightning/pageReferenceUtils' {
    export function encodeDefaultFieldValues(values: Record<string, unknown>): string;
    export function decodeDefaultFieldValues(encoded: string): Record<string, string>;
}

declare module 'lightning/platformShowToastEvent' {
    export interface ToastConfig {
        title: string;
        message?: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
        messageData?: unknown[];
    }
    export class ShowToastEvent extends CustomEvent<ToastConfig> {
        constructor(config: ToastConfig);
    }
}

declare module 'lightning/refresh' {
    export class RefreshEvent extends CustomEvent<unknown> {
        constructor();
    }
}

declare module '@salesforce/sfdx-lwc-jest' {
    /** The test double of a wire adapter / Apex method created by createApexTestWireAdapter. */
    export interface TestWireAdapter {
        emit(value: unknown, filter?: (config: Record<string, unknown>) => boolean): void;
        error(body?: unknown, status?: number, statusText?: string): void;
        getLastConfig(): Record<string, unknown> | null;
    }
    export function createApexTestWireAdapter(fn?: unknown): TestWireAdapter;
    export function createLdsTestWireAdapter(fn?: unknown): TestWireAdapter;
    export function createTestWireAdapter(fn?: unknown): TestWireAdapter;
}
