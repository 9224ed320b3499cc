using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// The Reqnroll runtime plugin a test assembly declares with <c>[assembly: RuntimePlugin(typeof(XunitRuntimePlugin))]</c>.
/// Without a unit-test provider registered by name, every scenario fails with
/// "Interface cannot be resolved: IUnitTestRuntimeProvider('nunit')".
/// </summary>
public sealed class XunitRuntimePlugin : IRuntimePlugin
{
    public void Initialize(
        RuntimePluginEvents runtimePluginEvents,
        RuntimePluginParameters runtimePluginParameters,
        UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        unitTestProviderConfiguration.UseUnitTestProvider(XunitRuntimeProvider.Name);
        runtimePluginEvents.RegisterGlobalDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<XunitRuntimeProvider, IUnitTestRuntimeProvider>(XunitRuntimeProvider.Name);
        // The global container resolves its trace listener while loading plugins; the test-thread container is where
        // step tracing is resolved, so the replacement goes there.
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<TestOutputTraceListener, ITraceListener>();
    }
}
