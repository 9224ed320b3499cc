using System.Globalization;
using System.Text.RegularExpressions;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Configuration;

/// <summary>
/// Reads and validates every KEDAGUIDE_* variable at once, so that a run with a bad value fails before any scenario
/// acts, with one message listing every problem (variable, value, what is accepted). KEDAGUIDE_TARGET accepts the
/// catalog's names; the chosen target reads and validates its own settings.
/// </summary>
public static partial class SettingsReader
{
    /// <summary>Reads from the process environment; relative paths are resolved against <paramref name="baseFolder"/>.</summary>
    public static SuiteSettings FromEnvironment(string baseFolder, TargetCatalog catalog) =>
        Read(Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal), baseFolder, DateTimeOffset.UtcNow, catalog);

    public static SuiteSettings Read(IReadOnlyDictionary<string, string?> environment, string baseFolder, DateTimeOffset now, TargetCatalog catalog)
    {
        var problems = new List<string>();
        string? Get(string name) =>
            environment.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        // The runtime decodes the environment as UTF-8 and replaces an invalid byte with U+FFFD: a value that holds one
        // was not what the user wrote (kubectl or AWS would see other bytes), so it is refused rather than repaired.
        foreach (var (name, value) in environment.Where(e => e.Key.StartsWith(SettingNames.Prefix, StringComparison.Ordinal) && e.Value?.Contains('\uFFFD') == true)
                     .OrderBy(e => e.Key, StringComparer.Ordinal))
            problems.Add($"{name} is not valid UTF-8 (the runtime read '{value}', U+FFFD marking each byte it could not decode): set it as UTF-8 text.");

        var definitions = catalog.Settings;
        foreach (var unknown in environment.Keys.Where(k => k.StartsWith(SettingNames.Prefix, StringComparison.Ordinal))
                     .Where(k => definitions.All(d => d.Name != k)).Order(StringComparer.Ordinal))
            problems.Add($"{unknown} is not a setting of this suite{Suggestion(unknown, definitions)}. Settings: see README \"Settings\".");

        var target = Get(SettingNames.Target)?.ToLowerInvariant() ?? TargetCatalog.None;
        var definition = catalog.Find(target);
        if (definition is null && target != TargetCatalog.None)
        {
            problems.Add($"{SettingNames.Target}='{Get(SettingNames.Target)}' is not accepted: use one of {catalog.Accepted} ({catalog.Describe()}).");
            target = TargetCatalog.None;
        }
        var mode = ParseEnum(Get(SettingNames.Mode), SettingNames.Mode, ExecutionMode.Live, problems);

        var endpoint = ParseEndpoint(Get(SettingNames.AwsEndpoint), problems);
        var runId = Get(SettingNames.RunId) ?? NewRunId(now);
        if (!RunIdPattern().IsMatch(runId))
            problems.Add($"{SettingNames.RunId}='{runId}' is not accepted: use 1–40 lowercase letters, digits and '-', starting and ending with a letter or digit (it becomes a Kubernetes label value and an AWS tag).");

        var chart = Get(SettingNames.KedaChartVersion) ?? SettingDefinitions.DefaultKedaChartVersion;
        if (!ChartVersionPattern().IsMatch(chart))
            problems.Add($"{SettingNames.KedaChartVersion}='{chart}' is not accepted: use a chart version such as {SettingDefinitions.DefaultKedaChartVersion} (no leading 'v').");

        var kedaChart = Keda.KedaChartSource.Parse(Get(SettingNames.KedaChart), baseFolder, out var chartProblem);
        if (chartProblem is not null)
            problems.Add($"{SettingNames.KedaChart}='{Get(SettingNames.KedaChart)}' is not accepted: {chartProblem}. Use {Keda.KedaChartSource.RepositoryReference} (the default), a chart folder holding Chart.yaml, or a packaged .tgz.");

        var slack = ParseInt(Get(SettingNames.SlackSeconds), SettingNames.SlackSeconds, SettingDefinitions.DefaultSlackSeconds, 0, 3600, problems);
        var deadline = ParseDuration(Get(SettingNames.RunDeadline), SettingNames.RunDeadline, problems);
        var keep = ParseBool(Get(SettingNames.KeepOnFailure), SettingNames.KeepOnFailure, problems);
        var suffix = ParseBool(Get(SettingNames.QueueNameSuffix), SettingNames.QueueNameSuffix, problems);
        var deliberate = ParseDeliberateFailure(Get(SettingNames.DeliberateFailure), problems);

        var sweep = ParseEnum(Get(SettingNames.Sweep), SettingNames.Sweep, SweepMode.Off, problems);
        var sweepOlderThan = ParseDuration(Get(SettingNames.SweepOlderThan), SettingNames.SweepOlderThan, problems) ?? TimeSpan.FromHours(24);
        var sweepRunId = Get(SettingNames.SweepRunId);
        if (sweepRunId is not null && !RunIdPattern().IsMatch(sweepRunId))
            problems.Add($"{SettingNames.SweepRunId}='{sweepRunId}' is not a run id: use the id printed by the run (lowercase letters, digits and '-').");

        if (definition is null && mode == ExecutionMode.Plan && !problems.Any(p => p.StartsWith(SettingNames.Target, StringComparison.Ordinal)))
            problems.Add($"{SettingNames.Mode}=plan needs a target to plan for: set {SettingNames.Target} to one of {string.Join(" | ", catalog.Names)} ({catalog.Describe()}).");

        var guide = Get(SettingNames.Guide) ?? SettingDefinitions.DefaultGuide;
        if (GitGuideAddress.LooksLikeGitUrl(guide))
        {
            if (GitGuideAddress.Parse(guide).Problem is { } guideProblem)
                problems.Add($"{SettingNames.Guide}: {guideProblem} Use a folder, or a git URL with an optional #branch, #tag or #commit.");
        }
        else
        {
            guide = Path.GetFullPath(guide, baseFolder);
            if (!Directory.Exists(guide))
                problems.Add($"{SettingNames.Guide}='{Get(SettingNames.Guide)}' is not an existing folder (resolved to {guide}) nor a git URL (https://…, ssh://…, git@…, optionally with #ref). Point it at a checkout of the guide's repository.");
        }

        var guideText = Get(SettingNames.GuideText) is { } text ? Path.GetFullPath(text, baseFolder) : null;
        if (guideText is not null && !File.Exists(guideText))
            problems.Add($"{SettingNames.GuideText}='{Get(SettingNames.GuideText)}' is not an existing file (resolved to {guideText}). Point it at the implementation guide's text or markdown.");

        var evidence = Path.GetFullPath(Get(SettingNames.Evidence) ?? Path.Combine("TestResults", "evidence", runId), baseFolder);
        if (EvidenceProblem(evidence) is { } evidenceProblem)
            problems.Add($"{SettingNames.Evidence}='{Get(SettingNames.Evidence) ?? evidence}' {evidenceProblem} Name a folder the suite may create and write.");

        var region = Get("AWS_REGION") ?? Get("AWS_DEFAULT_REGION");
        var targetSettings = definition?.ReadSettings(new TargetSettingsInput(Get, mode, endpoint, region, baseFolder), problems);

        if (problems.Count > 0)
            throw new SettingsException(problems);

        return new SuiteSettings
        {
            Target = target,
            TargetSettings = targetSettings,
            Mode = mode,
            Guide = guide,
            GuideText = guideText,
            GuideCache = Get(SettingNames.GuideCache) is { } cache ? Path.GetFullPath(cache, baseFolder) : DefaultCacheFolder(environment),
            AwsEndpoint = endpoint,
            AwsRegion = region ?? "us-west-2",
            EvidenceFolder = evidence,
            EvidenceFolderChosen = Get(SettingNames.Evidence) is not null,
            RunId = runId,
            KedaChartVersion = chart,
            KedaChart = kedaChart ?? new Keda.KedaChartSource.Repository(),
            Slack = TimeSpan.FromSeconds(slack),
            RunDeadline = deadline,
            KeepOnFailure = keep,
            QueueNameSuffix = suffix,
            Sweep = sweep,
            SweepOlderThan = sweepOlderThan,
            SweepRunId = sweepRunId,
            DeliberateFailure = deliberate,
        };
    }

    /// <summary>
    /// Why the evidence folder cannot be one (it is a file, or a file stands where one of its parents should be), or
    /// null. Whether it can be written is checked when the run claims it (<see cref="Evidence.EvidenceFolderClaim.Claim"/>), before the
    /// guide is fetched.
    /// </summary>
    private static string? EvidenceProblem(string folder)
    {
        if (File.Exists(folder))
            return $"is a file (resolved to {folder}), not a folder.";
        for (var parent = Path.GetDirectoryName(folder); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
                return $"cannot be created: {parent} is a file.";
            if (Directory.Exists(parent))
                break;
        }
        return null;
    }

    private static string NewRunId(DateTimeOffset now) =>
        $"kg-{now.UtcDateTime:yyyyMMdd-HHmmss}-{Convert.ToHexString(Guid.NewGuid().ToByteArray().AsSpan(0, 2)).ToLowerInvariant()}";

    private static string DefaultCacheFolder(IReadOnlyDictionary<string, string?> environment)
    {
        var xdg = environment.TryGetValue("XDG_CACHE_HOME", out var x) && !string.IsNullOrWhiteSpace(x) ? x : null;
        var root = xdg ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "kedaguidance");
    }

    private static T ParseEnum<T>(string? value, string name, T fallback, List<string> problems) where T : struct, Enum
    {
        if (value is null)
            return fallback;
        // One name, exactly: Enum.TryParse would also take "none, local" (a flags combination, read as local) and numbers.
        if (Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase)) is { } known)
            return Enum.Parse<T>(known);
        var accepted = string.Join(" | ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        problems.Add($"{name}='{value}' is not accepted: use one of {accepted}.");
        return fallback;
    }

    private static Uri? ParseEndpoint(string? value, List<string> problems)
    {
        if (value is null)
            return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0)
            return uri;
        problems.Add($"{SettingNames.AwsEndpoint}='{value}' is not accepted: use an absolute http(s) URL such as http://127.0.0.1:5000 (moto) or http://localhost:4566 (LocalStack).");
        return null;
    }

    private static int ParseInt(string? value, string name, int fallback, int min, int max, List<string> problems)
    {
        if (value is null)
            return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max)
            return parsed;
        problems.Add($"{name}='{value}' is not accepted: use a whole number of seconds from {min} to {max}.");
        return fallback;
    }

    private static DeliberateFailure ParseDeliberateFailure(string? value, List<string> problems)
    {
        switch (value?.ToLowerInvariant())
        {
            case null or "off": return DeliberateFailure.Off;
            case "fail": return DeliberateFailure.Fail;
            case "wait-for-cancel": return DeliberateFailure.WaitForCancel;
            default:
                problems.Add($"{SettingNames.DeliberateFailure}='{value}' is not accepted: use off, fail or wait-for-cancel.");
                return DeliberateFailure.Off;
        }
    }

    private static bool ParseBool(string? value, string name, List<string> problems)
    {
        switch (value?.ToLowerInvariant())
        {
            case null or "false" or "0" or "no": return false;
            case "true" or "1" or "yes": return true;
            default:
                problems.Add($"{name}='{value}' is not accepted: use true or false.");
                return false;
        }
    }

    private static TimeSpan? ParseDuration(string? value, string name, List<string> problems)
    {
        if (value is null)
            return null;
        var match = DurationPattern().Match(value);
        if (match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            var seconds = match.Groups[2].Value switch { "h" => 3600m, "m" => 60m, _ => 1m } * amount;
            if (seconds > 0 && seconds <= (decimal)MaxDuration.TotalSeconds)
                return TimeSpan.FromSeconds((double)seconds);
        }
        problems.Add($"{name}='{value}' is not accepted: use a positive duration such as 90s, 45m or 2h, at most {MaxDuration.TotalHours:0}h.");
        return null;
    }

    /// <summary>
    /// The longest duration a setting may name: 1,000 hours, inside what the runtime can schedule (CancelAfter and
    /// Task.Delay take at most 2^32-2 ms, about 1,193 hours), with room for the slack and reserves added to it.
    /// </summary>
    public static TimeSpan MaxDuration { get; } = TimeSpan.FromHours(1000);

    private static string Suggestion(string unknown, IReadOnlyList<SettingDefinition> definitions)
    {
        var best = definitions.Select(d => (d.Name, Distance: Levenshtein(unknown, d.Name)))
            .OrderBy(p => p.Distance).First();
        return best.Distance <= 3 ? $" (did you mean {best.Name}?)" : "";
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$")]
    private static partial Regex RunIdPattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex ChartVersionPattern();

    [GeneratedRegex(@"^(\d{1,12})(s|m|h)?$")]
    private static partial Regex DurationPattern();
}
