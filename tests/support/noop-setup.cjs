// A global setup that builds nothing: the store, unit and crash suites run from sources (ts-jest)
// and bundle their own child script, so they can run while other parts of the app are mid-edit:
//   npx jest --globalSetup ./tests/support/noop-setup.cjs tests/store tests/unit tests/crash
module.exports = async () => {};
