using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Aws.Sqs;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Targets;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Aws;

/// <summary>
/// The AWS side of the guide's "Scaled Object for Amazon SQS Queue" section and of its SQS clean-up, step by step,
/// through the executor: every create registers its inverse in the ledger first thing after it succeeds, every
/// resource is tagged with the run id, and nothing that already exists is adopted. One instance per scenario
/// (it remembers the queue URL and ARNs the way the guide's shell remembers QUEUE_URL).
/// </summary>
/// <param name="cluster">The target's cluster (its CLUSTER_NAME and OIDC_ID); none where the run has no EKS cluster.</param>
public sealed class GuideSqsSection(RunContext run, AwsTarget target, GuideCluster? cluster = null)
{
    private readonly IExecutor _executor = run.Executor;
    private readonly TeardownLedger _ledger = run.Ledger;
    private readonly RunRecorder _recorder = run.Recorder;
    private readonly SuiteSettings _settings = run.Settings;
    private readonly string _guideRoot = run.GuideRoot;

    public const string MessageBody = "XXXX";

    /// <summary>SQS's approximate counts lag on AWS; the SQS developer guide gives about a minute for them to settle.</summary>
    public static readonly TimeSpan ApproximateCountSettling = TimeSpan.FromSeconds(60);

    /// <summary>DeleteQueue: "the process takes up to 60 seconds" (SQS API reference).</summary>
    public static readonly TimeSpan QueueDeletion = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, string> _policyArns = new(StringComparer.Ordinal);
    private RenderedGuide? _rendered;

    public AwsTarget Target => target;

    /// <summary>QUEUE_NAME as the guide exports it (<see cref="GuideNames.Queue"/>).</summary>
    public string GuideQueueName => GuideNames.Require(run.Guide.Names.Queue);

    public string QueueName => _settings.QueueNameSuffix ? $"{GuideQueueName}-{_settings.RunId}" : GuideQueueName;

    public string QueueUrl => _queueUrl ?? throw new InvalidOperationException("No queue yet: the guide creates the queue first (\"Create an SQS Queue\").");
    private string? _queueUrl;

    public string? RoleName { get; private set; }

    public IReadOnlyDictionary<string, string> PolicyArns => _policyArns;

    /// <summary>export QUEUE_NAME=app-queue; export QUEUE_URL=$(aws sqs create-queue --queue-name=app-queue …).</summary>
    public async Task<string> CreateQueueAsync(CancellationToken cancellationToken)
    {
        if (_settings.QueueNameSuffix)
            _recorder.Declare(new DeclaredDeviation("queue-name-suffix", target.Name,
                "export QUEUE_NAME=app-queue; aws sqs create-queue --queue-name=app-queue",
                $"creates {QueueName} and renders the SQS policies with QUEUE_NAME={QueueName}",
                $"{SettingNames.QueueNameSuffix}=true: a shared account may hold app-queue already, and the suite never adopts a queue it did not create"));
        // An earlier feature of this run (or the previous night) may have deleted the queue moments ago.
        var url = await _executor.RunAsync(new CreateQueue(QueueName, _settings.RunId) { RecentDeletionWait = QueueDeletion + _settings.Slack }, cancellationToken);
        _ledger.Register(QueueResource(url), new DeleteQueue(url));
        _queueUrl = url;
        return url;
    }

    /// <summary>for i in `seq N`; do aws sqs send-message --queue-url ${QUEUE_URL} --message-body "XXXX" …; done — batched.</summary>
    public Task<SendReport> SendMessagesAsync(int count, CancellationToken cancellationToken) =>
        _executor.RunAsync(new SendMessages(QueueUrl, count, MessageBody), cancellationToken);

    public Task<QueueDepth> ReadDepthAsync(CancellationToken cancellationToken) =>
        _executor.RunAsync(new ReadQueueDepth(QueueUrl), cancellationToken);

    /// <summary>The queue holds <paramref name="count"/> (visible + not visible) within the settling time plus slack.</summary>
    public Task<ExpectationResult> ExpectQueueHoldsAsync(long count, CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new QueueHolds(QueueUrl, count)
        {
            Budget = WaitBudget.Sum(("SQS approximate counts settle", ApproximateCountSettling), ("slack", _settings.Slack)),
        }, cancellationToken);

    public Task PurgeAsync(CancellationToken cancellationToken) => _executor.RunAsync(new PurgeQueue(QueueUrl), cancellationToken);

    /// <summary>The guide's clean-up: aws sqs delete-queue --queue-url $QUEUE_URL.</summary>
    public async Task DeleteQueueAsync(CancellationToken cancellationToken)
    {
        await _executor.RunAsync(new DeleteQueue(QueueUrl), cancellationToken);
        _ledger.Settle(QueueResource(QueueUrl));
    }

    /// <summary>The queue's name no longer resolves (GetQueueUrl: QueueDoesNotExist) within the deletion time plus slack.</summary>
    public Task<ExpectationResult> ExpectQueueGoneAsync(CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new QueueAbsent(QueueName)
        {
            Budget = WaitBudget.Sum(("SQS queue deletion", QueueDeletion), ("slack", _settings.Slack)),
        }, cancellationToken);

    /// <summary>The target's cluster as this section renders with it.</summary>
    public GuideCluster Cluster { get; } = cluster ?? GuideCluster.None("this run's AWS has no EKS cluster, hence no IAM OIDC provider; the role's trust policy is created as the guide writes it but cannot be assumed");

    /// <summary>
    /// The guide's files rendered with envsubst for this target (account, region, the queue's URL and name, the cluster's
    /// CLUSTER_NAME and OIDC_ID), into the run's scratch folder, never into the guide. Where there is no EKS cluster, the
    /// trust policy gets the AWS documentation's example OIDC id: a declared deviation when the caller renders the trust
    /// policy for use (<paramref name="forTrustPolicy"/>; the cluster side renders only the consumer's files).
    /// </summary>
    public RenderedGuide Render(bool forTrustPolicy = true)
    {
        if (_rendered is not null)
            return _rendered;
        if (forTrustPolicy && Cluster.OidcId is null)
            _recorder.Declare(new DeclaredDeviation("example-oidc-id", target.Name,
                "export OIDC_ID=$(aws eks describe-cluster … identity.oidc.issuer …)",
                $"renders the KEDA operator trust policy with the example OIDC id {GuideFacts.ExampleOidcId}",
                Cluster.NoOidcReason ?? "there is no EKS cluster, hence no OIDC provider"));
        var facts = GuideFacts.On(run.Guide, target.Account, target.Region, isExample: target.Planned);
        facts = facts with { QueueUrl = _queueUrl ?? facts.QueueUrl };
        var environment = Cluster.Apply(GuideEnvironment.FromGuide(run.Guide, facts)
            .With("QUEUE_NAME", QueueName, run.Guide.StepDefining("QUEUE_NAME") ?? GuideEnvironment.QueueStep));
        var rendered = GuideRenderer.Render(_guideRoot, environment, run.Scratch.Combine("rendered", "aws"));
        var used = new[] { GuideLayout.KedaTrustPolicy, GuideLayout.SqsKedaPolicy, GuideLayout.SqsConsumerPolicy };
        rendered.RequireReadable(used); // a link, a FIFO or a non-UTF-8 policy fails here, naming the file, before anything is created
        var undefined = rendered.Undefined.Where(u => used.Contains(u.File)).ToArray();
        if (undefined.Length > 0)
            throw new RenderingException("The guide's policy files use variables no step defined: " +
                string.Join("; ", undefined.Select(u => $"{u.Variable} in {u.File} (defined by: {u.StepThatShouldDefineIt ?? "no step of the guide"})")));
        return _rendered = rendered;
    }

    /// <summary>
    /// aws iam create-role --role-name ${KEDA_OPERATOR_ROLENAME} --assume-role-policy-document file://keda/trust-policy-keda-operator.json,
    /// owned by the run (<see cref="KedaOperatorRole"/>): a role of that name this run did not create fails the step;
    /// the one "Install KEDA" created in this run, if it is still there, is used as it is.
    /// </summary>
    public async Task<string> CreateKedaOperatorRoleAsync(CancellationToken cancellationToken)
    {
        var rendered = Render();
        var name = rendered.Environment["KEDA_OPERATOR_ROLENAME"];
        var trust = rendered[GuideLayout.KedaTrustPolicy];
        var arn = await new KedaOperatorRole(run).CreateAsync(name, (trust.ScratchPath, trust.Text), cancellationToken);
        RoleName = name;
        return arn;
    }

    /// <summary>aws iam create-policy --policy-name NAME --policy-document file://FILE (rendered).</summary>
    public async Task<string> CreatePolicyAsync(string policyName, string guideFile, CancellationToken cancellationToken)
    {
        var rendered = Render();
        var expectedArn = $"arn:aws:iam::{target.Account}:policy/{policyName}";
        if (await _executor.RunAsync(new IamPolicyExists(expectedArn), cancellationToken))
            throw new ResourceNotOursException("IAM policy", policyName, expectedArn);
        var arn = await _executor.RunAsync(new CreatePolicy(policyName, rendered[guideFile].ScratchPath, _settings.RunId), cancellationToken);
        _ledger.Register(PolicyResource(arn), new DeletePolicy(arn));
        _policyArns[policyName] = arn;
        return arn;
    }

    /// <summary>aws iam attach-role-policy --role-name ${KEDA_OPERATOR_ROLENAME} --policy-arn "arn:aws:iam::${ACCOUNT_ID}:policy/NAME".</summary>
    public async Task AttachToRoleAsync(string policyName, CancellationToken cancellationToken)
    {
        var role = RoleName ?? throw new InvalidOperationException("The KEDA operator role has not been created in this scenario.");
        var arn = PolicyArn(policyName);
        // Registered first: detaching from the run's own role is safe even if the attach never happened (NoSuchEntity is done).
        _ledger.Register(AttachmentResource(role, arn), new DetachRolePolicy(role, arn));
        await _executor.RunAsync(new AttachRolePolicy(role, arn), cancellationToken);
    }

    /// <summary>The guide's clean-up: aws iam detach-role-policy …</summary>
    public async Task DetachFromRoleAsync(string policyName, CancellationToken cancellationToken)
    {
        var role = RoleName ?? throw new InvalidOperationException("The KEDA operator role has not been created in this scenario.");
        var arn = PolicyArn(policyName);
        await _executor.RunAsync(new DetachRolePolicy(role, arn), cancellationToken);
        _ledger.Settle(AttachmentResource(role, arn));
    }

    /// <summary>The guide's clean-up: aws iam delete-policy --policy-arn ….</summary>
    public async Task DeletePolicyAsync(string policyName, CancellationToken cancellationToken)
    {
        var arn = PolicyArn(policyName);
        await _executor.RunAsync(new DeletePolicy(arn), cancellationToken);
        _ledger.Settle(PolicyResource(arn));
    }

    /// <summary>get-policy answers NoSuchEntity for a policy this scenario created and deleted, within IAM's propagation allowance plus slack.</summary>
    public Task<ExpectationResult> ExpectPolicyGoneAsync(string policyName, CancellationToken cancellationToken)
    {
        var arn = PolicyArn(policyName);
        return _executor.ExpectAsync(new AwsResourceAbsent($"IAM policy {arn}", new IamPolicyExists(arn)) { Budget = GoneBudget }, cancellationToken);
    }

    /// <summary>How long a deleted IAM entity may still be seen: IAM's propagation (stated allowance) plus slack.</summary>
    public WaitBudget GoneBudget => WaitBudget.Sum(("IAM propagation (stated allowance)", AwsResourceAbsent.Propagation), ("slack", _settings.Slack));

    /// <summary>
    /// The guide never deletes the KEDA operator role (its clean-up stops at the policies); the suite does, as its own
    /// clean-up of what it created.
    /// </summary>
    public async Task DeleteRoleAsync(CancellationToken cancellationToken)
    {
        var role = RoleName ?? throw new InvalidOperationException("The KEDA operator role has not been created in this scenario.");
        await _executor.RunAsync(new DeleteRole(role), cancellationToken);
        _ledger.Settle(RoleResource(role));
    }

    /// <summary>get-role answers NoSuchEntity for the role this scenario created and deleted, within IAM's propagation allowance plus slack.</summary>
    public Task<ExpectationResult> ExpectRoleGoneAsync(CancellationToken cancellationToken)
    {
        var role = RoleName ?? throw new InvalidOperationException("The KEDA operator role has not been created in this scenario.");
        return _executor.ExpectAsync(new AwsResourceAbsent($"IAM role {role}", new IamRoleExists(role)) { Budget = GoneBudget }, cancellationToken);
    }

    private string PolicyArn(string policyName) => _policyArns.TryGetValue(policyName, out var arn)
        ? arn
        : throw new InvalidOperationException($"IAM policy {policyName} has not been created in this scenario.");

    private static string QueueResource(string url) => $"sqs queue {url}";
    private static string RoleResource(string name) => KedaOperatorRole.Resource(name);
    private static string PolicyResource(string arn) => $"iam policy {arn}";
    private static string AttachmentResource(string role, string arn) => $"iam attachment {arn} to role {role}";
}
