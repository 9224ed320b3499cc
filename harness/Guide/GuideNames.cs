using System.Runtime.CompilerServices;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// The names the guide gives what it creates, each read from the file (or the implementation guide's step) that
/// defines it, so the sections, the static rules and the clean-up use one set of names and a rename in the guide
/// flows everywhere. A name is null when the file that defines it is missing or does not parse.
/// </summary>
public sealed record GuideNames
{
    public GuideName? ClusterName { get; init; }
    public GuideName? KedaNamespace { get; init; }
    public GuideName? KedaOperatorRole { get; init; }
    public GuideName KedaRelease { get; init; } = ImplementationGuideText.KedaRelease;

    /// <summary>The operator's service account as the values file names it (chart 2.12/2.13 layout: <c>serviceAccount.name</c>).</summary>
    public GuideName? KedaOperatorServiceAccount { get; init; }

    public GuideName? SqsNamespace { get; init; }
    public GuideName? SqsConsumerDeployment { get; init; }
    public GuideName? SqsConsumerContainer { get; init; }
    public GuideName? SqsConsumerServiceAccount { get; init; }
    public GuideName? SqsScaledObject { get; init; }

    /// <summary>QUEUE_NAME as the guide's queue step exports it.</summary>
    public GuideName? Queue { get; init; }
    public GuideName ConsumerRole { get; init; } = ImplementationGuideText.ConsumerRole;
    public GuideName ConsumerPolicy { get; init; } = ImplementationGuideText.ConsumerPolicy;
    public GuideName KedaSqsPolicy { get; init; } = ImplementationGuideText.KedaSqsPolicy;
    public GuideName ConsumerRepository { get; init; } = ImplementationGuideText.ConsumerRepository;

    public GuideName? PrometheusNamespace { get; init; }
    public GuideName? SampleAppDeployment { get; init; }
    public GuideName? SampleAppContainer { get; init; }
    public GuideName? SampleAppService { get; init; }
    public GuideName PrometheusScaledObject { get; init; } = ImplementationGuideText.PrometheusScaledObject;
    public GuideName KedaPrometheusPolicy { get; init; } = ImplementationGuideText.KedaPrometheusPolicy;
    public GuideName? RequirementsStack { get; init; }
    public GuideName? SampleAppRepository { get; init; }

    public GuideName? AdotNamespace { get; init; }
    public GuideName? AdotCollector { get; init; }
    public GuideName? AdotServiceAccount { get; init; }
    public GuideName? AdotConfigMap { get; init; }

    public GuideName? SigV4Namespace { get; init; }
    public GuideName? SigV4Deployment { get; init; }
    public GuideName? SigV4Service { get; init; }
    public GuideName? SigV4ServiceAccount { get; init; }

    /// <summary>
    /// The value of a name a section acts on. A guide whose files no longer define it (the file is missing, refused by
    /// the bounded reader, or names nothing there) fails here, naming the name; the static checks name the file.
    /// </summary>
    public static string Require(GuideName? name, [CallerArgumentExpression(nameof(name))] string role = "") =>
        name?.Value ?? throw new InvalidOperationException(
            $"The guide's files define no {role[(role.LastIndexOf('.') + 1)..]} (GuideModel reads it from the file that creates it, which is missing, unreadable or names none). " +
            "Run the static checks (dotnet test --filter Category=static) for the finding that names the file.");

    /// <summary>Every name with its property, for evidence and tests.</summary>
    public IReadOnlyList<(string Role, GuideName Name)> All() =>
        typeof(GuideNames).GetProperties()
            .Where(p => p.PropertyType == typeof(GuideName))
            .Select(p => (Role: p.Name, Name: (GuideName?)p.GetValue(this)))
            .Where(x => x.Name is not null)
            .Select(x => (x.Role, x.Name!))
            .ToList();
}
