// ESM TypeScript through ts-jest; run with --experimental-vm-modules (see package.json "test").
// Three projects, by the test file's name: `*.unit.test.ts` (pure, on the sources), `*.int.test.ts` (real servers
// on 127.0.0.1, on the sources) and `*.e2e.test.ts` (the built bundle, as a runner or a shell runs it). Only the e2e
// project bundles first, and Jest runs a project's global setup only when one of its tests is selected: `npm run
// test:unit` and `npm test -- settings` never wait for the bundler.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 30000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/__tests__/**/*.unit.test.ts'] },
    { ...shared, displayName: 'int', testMatch: ['<rootDir>/__tests__/**/*.int.test.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/test-support/global-setup.mjs',
    },
  ],
};
