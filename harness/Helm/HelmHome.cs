namespace KedaGuidance.Harness.Helm;

/// <summary>
/// helm's own configuration, cache and data for one run, inside the run's scratch folder, so the user's helm setup
/// is neither read nor written: <c>helm repo add kedacore …</c> would otherwise write into <c>~/.config/helm</c> and
/// fail when the user has <c>kedacore</c> at another URL. The variables are those helm 3.17 documents in
/// <c>helm --help</c> ("Environment variables"); helm 4 reads the same names. Variables that would silently redirect a
/// command (another API server, token, impersonation, namespace, storage driver) are removed from helm's environment:
/// the suite passes <c>--kubeconfig</c>, <c>--kube-context</c> and <c>--namespace</c> itself.
/// </summary>
public sealed record HelmHome(string Root)
{
    /// <summary>Removed from every helm child process (helm 3.17's documented overrides of the kubeconfig and storage).</summary>
    public static readonly IReadOnlyList<string> Cleared =
    [
        "HELM_KUBEAPISERVER", "HELM_KUBEASGROUPS", "HELM_KUBEASUSER", "HELM_KUBECAFILE", "HELM_KUBECONTEXT",
        "HELM_KUBEINSECURE_SKIP_TLS_VERIFY", "HELM_KUBETLS_SERVER_NAME", "HELM_KUBETOKEN", "HELM_NAMESPACE",
        "HELM_DRIVER", "HELM_DRIVER_SQL_CONNECTION_STRING",
    ];

    /// <summary>helm's folders under <c>&lt;scratch&gt;/helm</c>.</summary>
    public static HelmHome In(string scratchFolder) => new(Path.Combine(scratchFolder, "helm"));

    public string ConfigHome => Path.Combine(Root, "config");
    public string CacheHome => Path.Combine(Root, "cache");
    public string DataHome => Path.Combine(Root, "data");

    /// <summary>What each helm child process gets: the run's folders set, the redirecting overrides removed (null).</summary>
    public IReadOnlyDictionary<string, string?> Environment
    {
        get
        {
            var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["HELM_CONFIG_HOME"] = ConfigHome,
                ["HELM_CACHE_HOME"] = CacheHome,
                ["HELM_DATA_HOME"] = DataHome,
                ["HELM_REPOSITORY_CONFIG"] = Path.Combine(ConfigHome, "repositories.yaml"),
                ["HELM_REPOSITORY_CACHE"] = Path.Combine(CacheHome, "repository"),
                ["HELM_REGISTRY_CONFIG"] = Path.Combine(ConfigHome, "registry", "config.json"),
                ["HELM_PLUGINS"] = Path.Combine(DataHome, "plugins"),
            };
            foreach (var name in Cleared)
                environment[name] = null;
            return environment;
        }
    }
}
