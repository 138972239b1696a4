/**
 * Standard objects and fields the package touches, for checks that run without an org.
 * Field names are case-insensitive in Salesforce; lookups are done lower-cased by the index.
 * `relationships` maps a relationship name (as used in SOQL paths, e.g. Opportunity.Account) to the
 * target object ('*' = polymorphic: only Id, Name and Type can be checked beyond it).
 * `children` maps child relationship names (SOQL sub-queries) to the child object.
 * Extend these lists when code needs another standard field: a typo must never be added here.
 */
export interface StandardObject {
    fields: string[];
    relationships?: Record<string, string>;
    children?: Record<string, string>;
}

const AUDIT = [
    'Id',
    'IsDeleted',
    'CreatedDate',
    'CreatedById',
    'LastModifiedDate',
    'LastModifiedById',
    'SystemModstamp'
];
const AUDIT_REL = { CreatedBy: 'User', LastModifiedBy: 'User' };
const VIEWED = ['LastViewedDate', 'LastReferencedDate'];
const ACTIVITY_CHILDREN = {
    Tasks: 'Task',
    Events: 'Event',
    OpenActivities: 'OpenActivity',
    ActivityHistories: 'ActivityHistory'
};

export const STANDARD_OBJECTS: Record<string, StandardObject> = {
    Account: {
        fields: [
            ...AUDIT,
            ...VIEWED,
            'Name',
            'Type',
            'ParentId',
            'OwnerId',
            'Industry',
            'AnnualRevenue',
            'NumberOfEmployees',
            'Phone',
            'Fax',
            'Website',
            'Description',
            'Rating',
            'Site',
            'AccountNumber',
            'AccountSource',
            'Ownership',
            'Sic',
            'SicDesc',
            'TickerSymbol',
            'BillingStreet',
            'BillingCity',
            'BillingState',
            'BillingPostalCode',
            'BillingCountry',
            'BillingLatitude',
            'BillingLongitude',
            'BillingAddress',
            'ShippingStreet',
            'ShippingCity',
            'ShippingState',
            'ShippingPostalCode',
            'ShippingCountry',
            'ShippingAddress',
            'CurrencyIsoCode',
            'LastActivityDate',
            'MasterRecordId',
            'PhotoUrl',
            'Jigsaw',
            'JigsawCompanyId',
            'CleanStatus',
            'DunsNumber',
            'Tradestyle',
            'NaicsCode',
            'NaicsDesc',
            'YearStarted',
            'IsPartner',
            'IsCustomerPortal',
            'ChannelProgramName',
            'ChannelProgramLevelName',
            'RecordTypeId'
        ],
        relationships: {
            ...AUDIT_REL,
            Owner: 'User',
            Parent: 'Account',
            MasterRecord: 'Account',
            RecordType: 'RecordType'
        },
        children: {
            ...ACTIVITY_CHILDREN,
            Opportunities: 'Opportunity',
            Contacts: 'Contact',
            ChildAccounts: 'Account'
        }
    },
    Opportunity: {
        fields: [
            ...AUDIT,
            ...VIEWED,
            'Name',
            'AccountId',
            'Amount',
            'ExpectedRevenue',
            'Probability',
            'CloseDate',
            'StageName',
            'IsClosed',
            'IsWon',
            'OwnerId',
            'CurrencyIsoCode',
            'HasOpportunityLineItem',
            'ForecastCategory',
            'ForecastCategoryName',
            'Type',
            'LastActivityDate',
            'Description',
            'LeadSource',
            'NextStep',
            'Pricebook2Id',
            'CampaignId',
            'IsPrivate',
            'TotalOpportunityQuantity',
            'FiscalQuarter',
            'FiscalYear',
            'Fiscal',
            'HasOpenActivity',
            'HasOverdueTask',
            'LastStageChangeDate',
            'LastAmountChangedHistoryId',
            'LastCloseDateChangedHistoryId',
            'ContactId',
            'PushCount',
            'RecordTypeId',
            'IsSplit',
            'IsExcludedFromTerritory2Filter',
            'Territory2Id',
            'SyncedQuoteId',
            'AgeInDays',
            'ContractId'
        ],
        relationships: {
            ...AUDIT_REL,
            Account: 'Account',
            Owner: 'User',
            Pricebook2: 'Pricebook2',
            RecordType: 'RecordType',
            Contact: 'Contact'
        },
        children: { ...ACTIVITY_CHILDREN, OpportunityLineItems: 'OpportunityLineItem' }
    },
    Contact: {
        fields: [
            ...AUDIT,
            ...VIEWED,
            'Name',
            'FirstName',
            'LastName',
            'Salutation',
            'MiddleName',
            'Suffix',
            'AccountId',
            'Title',
            'Email',
            'Phone',
            'MobilePhone',
            'HomePhone',
            'OtherPhone',
            'Fax',
            'Department',
            'OwnerId',
            'ReportsToId',
            'Description',
            'LeadSource',
            'Birthdate',
            'MailingStreet',
            'MailingCity',
            'MailingState',
            'MailingPostalCode',
            'MailingCountry',
            'MailingAddress',
            'OtherAddress',
            'CurrencyIsoCode',
            'LastActivityDate',
            'IsEmailBounced',
            'HasOptedOutOfEmail',
            'DoNotCall',
            'PhotoUrl',
            'AssistantName',
            'AssistantPhone',
            'MasterRecordId',
            'RecordTypeId',
            'IndividualId'
        ],
        relationships: {
            ...AUDIT_REL,
            Account: 'Account',
            Owner: 'User',
            ReportsTo: 'Contact',
            RecordType: 'RecordType'
        },
        children: { ...ACTIVITY_CHILDREN, Opportunities: 'Opportunity' }
    },
    User: {
        fields: [
            ...AUDIT,
            ...VIEWED,
            'Name',
            'FirstName',
            'LastName',
            'Username',
            'Alias',
            'Email',
            'IsActive',
            'ProfileId',
            'UserRoleId',
            'ManagerId',
            'Title',
            'Department',
            'Division',
            'CompanyName',
            'TimeZoneSidKey',
            'LocaleSidKey',
            'LanguageLocaleKey',
            'EmailEncodingKey',
            'DefaultCurrencyIsoCode',
            'CurrencyIsoCode',
            'UserType',
            'SmallPhotoUrl',
            'FullPhotoUrl',
            'MediumPhotoUrl',
            'Phone',
            'MobilePhone',
            'CommunityNickname',
            'FederationIdentifier',
            'LastLoginDate',
            'ContactId',
            'AccountId',
            'EmployeeNumber',
            'UserPermissionsMarketingUser'
        ],
        relationships: {
            ...AUDIT_REL,
            Profile: 'Profile',
            UserRole: 'UserRole',
            Manager: 'User',
            Contact: 'Contact',
            Account: 'Account'
        },
        children: { PermissionSetAssignments: 'PermissionSetAssignment' }
    },
    Task: {
        fields: [
            ...AUDIT,
            'Subject',
            'Status',
            'Priority',
            'ActivityDate',
            'IsClosed',
            'OwnerId',
            'WhatId',
            'WhoId',
            'AccountId',
            'Description',
            'Type',
            'TaskSubtype',
            'IsHighPriority',
            'CompletedDateTime',
            'ReminderDateTime',
            'IsReminderSet',
            'CallType',
            'CallDisposition',
            'CallDurationInSeconds',
            'CurrencyIsoCode',
            'IsRecurrence',
            'RecurrenceActivityId',
            'IsArchived',
            'WhatCount',
            'WhoCount',
            'RecordTypeId'
        ],
        relationships: {
            ...AUDIT_REL,
            Owner: 'User',
            What: '*',
            Who: '*',
            Account: 'Account',
            RecordType: 'RecordType'
        }
    },
    Event: {
        fields: [
            ...AUDIT,
            'Subject',
            'StartDateTime',
            'EndDateTime',
            'ActivityDate',
            'ActivityDateTime',
            'EndDate',
            'DurationInMinutes',
            'IsAllDayEvent',
            'OwnerId',
            'WhatId',
            'WhoId',
            'AccountId',
            'Description',
            'Location',
            'Type',
            'EventSubtype',
            'ShowAs',
            'IsPrivate',
            'IsChild',
            'IsGroupEvent',
            'IsRecurrence',
            'IsReminderSet',
            'ReminderDateTime',
            'CurrencyIsoCode',
            'IsArchived',
            'WhatCount',
            'WhoCount',
            'RecordTypeId'
        ],
        relationships: {
            ...AUDIT_REL,
            Owner: 'User',
            What: '*',
            Who: '*',
            Account: 'Account',
            RecordType: 'RecordType'
        }
    },
    OpenActivity: {
        fields: [
            'Id',
            'Subject',
            'ActivityDate',
            'IsTask',
            'OwnerId',
            'WhatId',
            'WhoId',
            'AccountId',
            'Status',
            'IsClosed'
        ],
        relationships: { Owner: 'User', What: '*', Who: '*', Account: 'Account' }
    },
    ActivityHistory: {
        fields: [
            'Id',
            'Subject',
            'ActivityDate',
            'IsTask',
            'OwnerId',
            'WhatId',
            'WhoId',
            'AccountId',
            'Status',
            'IsClosed'
        ],
        relationships: { Owner: 'User', What: '*', Who: '*', Account: 'Account' }
    },
    OpportunityLineItem: {
        fields: [
            ...AUDIT,
            'OpportunityId',
            'Product2Id',
            'PricebookEntryId',
            'ProductCode',
            'Name',
            'Quantity',
            'UnitPrice',
            'ListPrice',
            'TotalPrice',
            'Subtotal',
            'Discount',
            'ServiceDate',
            'Description',
            'SortOrder',
            'CurrencyIsoCode',
            'HasSchedule',
            'HasQuantitySchedule',
            'HasRevenueSchedule'
        ],
        relationships: {
            ...AUDIT_REL,
            Opportunity: 'Opportunity',
            Product2: 'Product2',
            PricebookEntry: 'PricebookEntry'
        },
        children: { OpportunityLineItemSchedules: 'OpportunityLineItemSchedule' }
    },
    OpportunityLineItemSchedule: {
        fields: [
            ...AUDIT,
            'OpportunityLineItemId',
            'Type',
            'Revenue',
            'Quantity',
            'Description',
            'ScheduleDate',
            'CurrencyIsoCode'
        ],
        relationships: { ...AUDIT_REL, OpportunityLineItem: 'OpportunityLineItem' }
    },
    Product2: {
        fields: [
            ...AUDIT,
            ...VIEWED,
            'Name',
            'ProductCode',
            'Description',
            'Family',
            'IsActive',
            'CurrencyIsoCode',
            'CanUseQuantitySchedule',
            'CanUseRevenueSchedule',
            'QuantityUnitOfMeasure',
            'DisplayUrl',
            'ExternalId',
            'StockKeepingUnit',
            'IsArchived',
            'RecordTypeId'
        ],
        relationships: { ...AUDIT_REL }
    },
    PricebookEntry: {
        fields: [
            ...AUDIT,
            'Name',
            'Pricebook2Id',
            'Product2Id',
            'UnitPrice',
            'IsActive',
            'UseStandardPrice',
            'ProductCode',
            'CurrencyIsoCode',
            'IsArchived'
        ],
        relationships: { ...AUDIT_REL, Pricebook2: 'Pricebook2', Product2: 'Product2' }
    },
    Pricebook2: {
        fields: [...AUDIT, ...VIEWED, 'Name', 'IsActive', 'IsStandard', 'Description', 'IsArchived'],
        relationships: { ...AUDIT_REL }
    },
    CurrencyType: {
        fields: [...AUDIT, 'IsoCode', 'ConversionRate', 'DecimalPlaces', 'IsActive', 'IsCorporate'],
        relationships: { ...AUDIT_REL }
    },
    DatedConversionRate: {
        fields: [...AUDIT, 'IsoCode', 'ConversionRate', 'StartDate', 'NextStartDate'],
        relationships: { ...AUDIT_REL }
    },
    AsyncApexJob: {
        fields: [
            'Id',
            'CreatedDate',
            'CreatedById',
            'JobType',
            'ApexClassId',
            'Status',
            'JobItemsProcessed',
            'TotalJobItems',
            'NumberOfErrors',
            'CompletedDate',
            'MethodName',
            'ExtendedStatus',
            'ParentJobId',
            'LastProcessed',
            'LastProcessedOffset',
            'CronTriggerId'
        ],
        relationships: { CreatedBy: 'User', ApexClass: 'ApexClass', CronTrigger: 'CronTrigger' }
    },
    ApexClass: {
        fields: ['Id', 'Name', 'NamespacePrefix', 'Status', 'ApiVersion', 'IsValid', 'Body', 'LengthWithoutComments']
    },
    CronTrigger: {
        fields: [
            ...AUDIT,
            'CronJobDetailId',
            'NextFireTime',
            'PreviousFireTime',
            'State',
            'StartTime',
            'EndTime',
            'CronExpression',
            'TimeZoneSidKey',
            'OwnerId',
            'TimesTriggered'
        ],
        relationships: { ...AUDIT_REL, CronJobDetail: 'CronJobDetail', Owner: 'User' }
    },
    CronJobDetail: { fields: ['Id', 'Name', 'JobType'] },
    PermissionSet: {
        fields: [
            ...AUDIT,
            'Name',
            'Label',
            'Description',
            'IsOwnedByProfile',
            'ProfileId',
            'NamespacePrefix',
            'Type',
            'PermissionSetGroupId',
            'IsCustom',
            'LicenseId'
        ],
        relationships: { ...AUDIT_REL, Profile: 'Profile' },
        children: {
            Assignments: 'PermissionSetAssignment',
            ObjectPerms: 'ObjectPermissions',
            FieldPerms: 'FieldPermissions'
        }
    },
    PermissionSetAssignment: {
        fields: [
            'Id',
            'AssigneeId',
            'PermissionSetId',
            'PermissionSetGroupId',
            'IsActive',
            'ExpirationDate',
            'SystemModstamp'
        ],
        relationships: { Assignee: 'User', PermissionSet: 'PermissionSet' }
    },
    Profile: {
        fields: [...AUDIT, 'Name', 'Description', 'UserLicenseId', 'UserType'],
        relationships: { ...AUDIT_REL }
    },
    Organization: {
        fields: [
            ...AUDIT,
            'Name',
            'IsSandbox',
            'OrganizationType',
            'NamespacePrefix',
            'InstanceName',
            'DefaultLocaleSidKey',
            'LanguageLocaleKey',
            'TimeZoneSidKey',
            'FiscalYearStartMonth',
            'UsesStartDateAsFiscalYearName',
            'TrialExpirationDate',
            'Division',
            'Country',
            'DefaultOpportunityAccess',
            'DefaultAccountAccess'
        ],
        relationships: { ...AUDIT_REL }
    },
    ObjectPermissions: {
        fields: [
            ...AUDIT,
            'ParentId',
            'SobjectType',
            'PermissionsCreate',
            'PermissionsRead',
            'PermissionsEdit',
            'PermissionsDelete',
            'PermissionsViewAllRecords',
            'PermissionsModifyAllRecords'
        ],
        relationships: { ...AUDIT_REL, Parent: 'PermissionSet' }
    },
    FieldPermissions: {
        fields: [...AUDIT, 'ParentId', 'SobjectType', 'Field', 'PermissionsRead', 'PermissionsEdit'],
        relationships: { ...AUDIT_REL, Parent: 'PermissionSet' }
    },
    UserRole: {
        fields: [
            ...AUDIT,
            'Name',
            'DeveloperName',
            'ParentRoleId',
            'RollupDescription',
            'PortalType',
            'OpportunityAccessForAccountOwner'
        ],
        relationships: { ...AUDIT_REL, ParentRole: 'UserRole' }
    },
    RecordType: {
        fields: [
            ...AUDIT,
            'Name',
            'DeveloperName',
            'SobjectType',
            'IsActive',
            'Description',
            'NamespacePrefix',
            'BusinessProcessId'
        ],
        relationships: { ...AUDIT_REL }
    },
    Group: {
        fields: [...AUDIT, 'Name', 'DeveloperName', 'Type', 'RelatedId', 'OwnerId', 'Email'],
        relationships: { ...AUDIT_REL }
    },
    GroupMember: { fields: ['Id', 'GroupId', 'UserOrGroupId', 'SystemModstamp'], relationships: { Group: 'Group' } },
    UserRecordAccess: {
        fields: [
            'Id',
            'RecordId',
            'UserId',
            'HasReadAccess',
            'HasEditAccess',
            'HasDeleteAccess',
            'HasTransferAccess',
            'HasAllAccess',
            'MaxAccessLevel'
        ]
    },
    CustomPermission: {
        fields: [...AUDIT, 'DeveloperName', 'MasterLabel', 'NamespacePrefix', 'Description', 'IsProtected'],
        relationships: { ...AUDIT_REL }
    },
    SetupEntityAccess: {
        fields: ['Id', 'ParentId', 'SetupEntityId', 'SetupEntityType', 'SystemModstamp'],
        relationships: { Parent: 'PermissionSet' }
    }
};

/** Fields every custom object (__c) has besides its own custom fields. */
export const CUSTOM_OBJECT_STANDARD_FIELDS = [
    ...AUDIT,
    ...VIEWED,
    'Name',
    'OwnerId',
    'CurrencyIsoCode',
    'RecordTypeId',
    'LastActivityDate'
];
export const CUSTOM_OBJECT_RELATIONSHIPS: Record<string, string> = {
    ...AUDIT_REL,
    Owner: 'User',
    RecordType: 'RecordType'
};

/** Fields every custom metadata type (__mdt) has. */
export const CUSTOM_METADATA_STANDARD_FIELDS = [
    'Id',
    'DeveloperName',
    'MasterLabel',
    'Label',
    'Language',
    'NamespacePrefix',
    'QualifiedApiName',
    'SystemModstamp'
];

/** Fields any polymorphic relationship (Task.What, Task.Who) exposes. */
export const POLYMORPHIC_FIELDS = ['Id', 'Name', 'Type', 'FirstName', 'LastName', 'Title', 'Email', 'Phone', 'Alias'];
