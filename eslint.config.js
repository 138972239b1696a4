/**
 * ESLint 9 flat config.
 *  - LWC TypeScript (force-app/**\/lwc/**\/*.ts): @salesforce/eslint-config-lwc "recommended", parsed with the
 *    typescript-eslint parser; TypeScript itself (npm run typecheck) checks types and imports.
 *  - LWC Jest tests (__tests__) and their shared helpers (jest/): the same plus Jest globals.
 *  - scripts/ and types/: typescript-eslint "recommended" with Node globals.
 *  - Aura controllers and helpers (force-app/**\/aura/**\/*.js): ESLint "recommended" as browser scripts with $A
 *    (no Aura plugin is installed; the scan's Code Analyzer run reads them too).
 *  - config files (*.js at the root): CommonJS + Node.
 * Emitted .js beside the .ts sources is generated (npm run build) and not linted.
 */
'use strict';

const lwcConfig = require('@salesforce/eslint-config-lwc');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const js = require('@eslint/js');

const LWC_TS = ['force-app/**/lwc/**/*.ts', 'jest/**/*.ts'];
const LWC_TESTS = ['force-app/**/lwc/**/__tests__/**/*.ts', 'jest/**/*.ts'];
const NODE_TS = ['scripts/**/*.ts', 'types/**/*.ts'];

const typescriptRules = {
    // the TypeScript compiler checks names, imports and unused code more precisely than these
    'no-undef': 'off',
    'no-unused-vars': 'off',
    'no-redeclare': 'off',
    'import/no-unresolved': 'off',
    'import/named': 'off',
    'import/default': 'off',
    'import/namespace': 'off',
    'import/no-named-as-default': 'off',
    'import/no-named-as-default-member': 'off',
    // `void promise;` marks a deliberately floating promise in TypeScript
    'no-void': ['error', { allowAsStatement: true }],
    // `catch (_error)`, not `catch {`: PMD's JavaScript parser (the security review's Code Analyzer) fails on an
    // optional catch binding in the emitted .js and skips the file (scripts/scan.ts unreadableFiles)
    '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
    ]
};

module.exports = [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            'reports/**',
            '.preview/**',
            '.sf/**',
            '.sfdx/**',
            '.localdevserver/**',
            'dist/**',
            'tmp/**',
            '.jest-cache/**',
            'docs/**',
            'scripts/fixtures/**',
            'force-app/**/lwc/**/*.js',
            'force-app/main/default/staticresources/**'
        ]
    },
    // Lightning Web Components (TypeScript)
    ...lwcConfig.configs.recommended.map((config) => ({ ...config, files: LWC_TS })),
    {
        files: LWC_TS,
        languageOptions: {
            parser: tseslint.parser,
            parserOptions: { sourceType: 'module', ecmaVersion: 'latest' }
        },
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: typescriptRules
    },
    {
        // what ships: the emitted .js is what the security review's Code Analyzer reads
        files: ['force-app/**/lwc/**/*.ts'],
        ignores: ['force-app/**/lwc/**/__tests__/**'],
        rules: {
            'no-restricted-syntax': [
                'error',
                {
                    selector: 'CatchClause[param=null]',
                    message: "Write `catch (_error)`: PMD's JavaScript parser skips a file with `catch {`."
                }
            ]
        }
    },
    {
        files: LWC_TESTS,
        languageOptions: { globals: { ...globals.jest, ...globals.node } },
        rules: {
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            // tests wait for the DOM and promises with timers, one interaction after another
            '@lwc/lwc/no-async-operation': 'off',
            'no-await-in-loop': 'off'
        }
    },
    // Node tooling (scripts/) and type declarations
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: NODE_TS })),
    {
        files: NODE_TS,
        languageOptions: { globals: { ...globals.node } },
        rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] }
    },
    {
        files: ['types/**/*.d.ts'],
        rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-vars': 'off' }
    },
    // Aura (the plan page's unsaved-edits guard): plain browser scripts evaluated by the Aura framework
    {
        files: ['force-app/**/aura/**/*.js'],
        ...js.configs.recommended,
        languageOptions: { sourceType: 'script', globals: { ...globals.browser, $A: 'readonly' } }
    },
    // configuration files
    {
        files: ['*.js', '*.cjs'],
        languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } }
    }
];
