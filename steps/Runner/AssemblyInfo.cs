using KedaGuidance.Harness.Runner;
using KedaGuidance.Steps.Runner;
using Reqnroll.Plugins;

// The Reqnroll runtime needs a unit-test provider; ours maps pending/undefined to failures and ignore to skips.
[assembly: RuntimePlugin(typeof(XunitRuntimePlugin))]

// One session per run: settings validated and the guide resolved before any scenario acts; teardown after the last.
[assembly: AssemblyFixture(typeof(SuiteFixture))]

// Scenarios share one cluster and one account: they never run in parallel (one theory's rows run serially, and
// xunit.runner.json turns off parallel collections).
