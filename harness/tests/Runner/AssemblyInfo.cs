using KedaGuidance.Harness.Runner;
using Reqnroll.Plugins;

// The harness's tests host their own test-only Reqnroll bindings (Runner/SampleBindings.cs) for the runner's tests.
[assembly: RuntimePlugin(typeof(XunitRuntimePlugin))]
