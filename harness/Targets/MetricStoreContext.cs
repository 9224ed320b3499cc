using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// What the Prometheus section hands its target's <see cref="IMetricStore"/>: the run, the guide's environment as the
/// section holds it now, and the guide's files rendered with it (the collector config, the SigV4 proxy, the policy).
/// </summary>
public sealed record MetricStoreContext(RunContext Run, GuideEnvironment Environment, Func<RenderedGuide> Render);
