// Jest runs in classic CommonJS mode: @swc/jest turns TypeScript *and* the ESM-only packages in
// node_modules (NestJS 12) into CommonJS. Native-ESM jest on Node 20 cannot load some of them.
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      target: 'es2022',
      keepClassNames: true,
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

export default {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  // Playwright (test/browser) and vitest (apps/web) run their own tests: scripts/test.mjs runs all three.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/', '<rootDir>/apps/web/'],
  transform: { '^.+\\.(ts|js|mjs)$': swcTransform },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@careledger/migrations$': '<rootDir>/migrations/index.ts',
    '^@careledger/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  cacheDirectory: '<rootDir>/.jest-cache',
  testTimeout: 60000,
  maxWorkers: 2,
};
