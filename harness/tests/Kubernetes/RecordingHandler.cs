using System.Net;
using System.Text;
using k8s;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>One request the real KubernetesClient sent.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? ContentType, string? Body)
{
    public string Path => Uri.AbsolutePath.TrimEnd('/');

    public string? Query(string name) =>
        System.Web.HttpUtility.ParseQueryString(Uri.Query)[name];
}

/// <summary>
/// The test seam the KubernetesClient facts recommend: the real <c>Kubernetes</c> client over a DelegatingHandler that
/// records every request and plays scripted answers (never reaching a network). Rules are tried in order; a rule
/// with <c>times</c> is used up after that many matches.
/// </summary>
public sealed class RecordingHandler : DelegatingHandler
{
    private readonly Lock _gate = new();
    private readonly List<Rule> _rules = [];
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) return [.. _requests]; }
    }

    public IKubernetes Client() => new k8s.Kubernetes(new KubernetesClientConfiguration { Host = "http://stub" }, this);

    /// <summary>Answers requests matching <paramref name="method"/> and <paramref name="pathAndWatch"/> ("GET /api/v1/namespaces/x", "WATCH /apis/...").</summary>
    public RecordingHandler On(string pathAndWatch, Func<HttpRequestMessage, CancellationToken, HttpResponseMessage> answer, int times = int.MaxValue)
    {
        var (verb, path) = (pathAndWatch[..pathAndWatch.IndexOf(' ')], pathAndWatch[(pathAndWatch.IndexOf(' ') + 1)..]);
        lock (_gate) _rules.Add(new Rule(verb, path, answer, times));
        return this;
    }

    public RecordingHandler On(string pathAndWatch, HttpStatusCode status, string json, int times = int.MaxValue) =>
        On(pathAndWatch, (_, _) => Json(status, json), times);

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Stream(Stream stream) =>
        new(HttpStatusCode.OK) { Content = new StreamContent(stream) };

    public static string Status(int code, string reason, string message) =>
        $$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"{{message}}","reason":"{{reason}}","code":{{code}}}""";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var isWatch = request.RequestUri!.Query.Contains("watch=true", StringComparison.Ordinal);
        var verb = isWatch ? "WATCH" : request.Method.Method;
        Rule? rule;
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(request.Method, request.RequestUri, request.Content?.Headers.ContentType?.MediaType, body));
            rule = _rules.FirstOrDefault(r => r.Times > 0 && r.Verb == verb && r.Path == request.RequestUri.AbsolutePath.TrimEnd('/'));
            if (rule is not null)
                rule.Times--;
        }
        var response = rule is null
            ? Json(HttpStatusCode.NotImplemented, Status(501, "NotScripted", $"no scripted answer for {verb} {request.RequestUri.PathAndQuery}"))
            : rule.Answer(request, cancellationToken);
        response.RequestMessage = request; // as HttpClientHandler does; the client's errors read it
        return response;
    }

    private sealed class Rule(string verb, string path, Func<HttpRequestMessage, CancellationToken, HttpResponseMessage> answer, int times)
    {
        public string Verb { get; } = verb;
        public string Path { get; } = path;
        public Func<HttpRequestMessage, CancellationToken, HttpResponseMessage> Answer { get; } = answer;
        public int Times { get; set; } = times;
    }
}

/// <summary>A watch response body: some lines, then an ending — a clean close, a connection reset, or hanging until cancelled.</summary>
public sealed class WatchStream(IEnumerable<string> lines, WatchEnding ending, CancellationToken requestAborted = default) : Stream
{
    private readonly byte[] _data = Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
    private int _position;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position < _data.Length)
        {
            var count = Math.Min(buffer.Length, _data.Length - _position);
            _data.AsMemory(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
        switch (ending)
        {
            case WatchEnding.ConnectionReset:
                throw new IOException("Connection reset by peer (scripted)");
            case WatchEnding.Hang:
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, requestAborted))
                    await Task.Delay(Timeout.Infinite, linked.Token);
                return 0;
            default:
                return 0;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

public enum WatchEnding { Close, ConnectionReset, Hang }
