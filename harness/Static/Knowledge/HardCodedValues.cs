using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// Finds account ids, regions, AMP workspace ids and remote-write endpoints written out in a file's source text (before
/// rendering): one reader's values, which every other reader then uses. Shapes: a 12-digit account inside an ARN or an
/// ECR host; an AWS region name (partition prefix, direction, number); <c>ws-</c> and a UUID; an
/// <c>https://aps-workspaces.&lt;region&gt;.amazonaws.com/workspaces/&lt;id&gt;/api/v1/remote_write</c> URL (reported as one
/// value, not as its region and workspace). YAML comments are skipped; AWS-managed ARNs (account "aws") never match.
/// </summary>
public static partial class HardCodedValues
{
    public static IReadOnlyList<HardCodedValue> In(string text)
    {
        var found = new List<HardCodedValue>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith('#'))
                continue;
            var taken = new List<(int Start, int End)>();
            foreach (Match m in Endpoint().Matches(line))
                Add("PROMETHEUS_ENDPOINT", m, "the remote-write endpoint of one AMP workspace");
            foreach (Match m in Workspace().Matches(line))
                Add("PROMETHEUS_WORKSPACE", m, "an AMP workspace id");
            foreach (Match m in Account().Matches(line))
                Add("ACCOUNT_ID", m.Groups["account"], "an AWS account id");
            foreach (Match m in Region().Matches(line))
                Add("AWS_REGION", m, "an AWS region");

            void Add(string variable, Group match, string what)
            {
                if (taken.Any(t => match.Index < t.End && t.Start < match.Index + match.Length))
                    return;
                taken.Add((match.Index, match.Index + match.Length));
                found.Add(new HardCodedValue(variable, match.Value, i + 1, match.Index + 1, what));
            }
        }
        return found;
    }

    [GeneratedRegex(@"https://aps-workspaces\.[a-z0-9-]+\.amazonaws\.com/workspaces/ws-[0-9a-f-]+/api/v1/remote_write")]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"\bws-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")]
    private static partial Regex Workspace();

    [GeneratedRegex(@"(arn:aws[a-z-]*:[a-z0-9-]+:[^:\s""]*:(?<account>\d{12})(:|/))|((?<account>\d{12})\.dkr\.ecr\.)")]
    private static partial Regex Account();

    [GeneratedRegex(@"\b(us|eu|ap|sa|ca|me|af|il|mx|cn)(-gov|-iso|-isob)?-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d\b")]
    private static partial Regex Region();
}
