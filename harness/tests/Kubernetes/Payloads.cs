using System.Text.Json.Nodes;

namespace KedaGuidance.Harness.Tests.Kubernetes;

/// <summary>JSON the API server would answer, as small builders.</summary>
public static class Payloads
{
    public static string Deployment(string rv, int spec, int replicas, int ready, int updated, long generation = 1, long observed = 1) =>
        new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "Deployment",
            ["metadata"] = new JsonObject { ["name"] = "web", ["namespace"] = "ns", ["resourceVersion"] = rv, ["generation"] = generation },
            ["spec"] = new JsonObject { ["replicas"] = spec },
            ["status"] = new JsonObject { ["observedGeneration"] = observed, ["replicas"] = replicas, ["readyReplicas"] = ready, ["updatedReplicas"] = updated },
        }.ToJsonString();

    public static string DeploymentList(string rv, params string[] items) =>
        new JsonObject
        {
            ["apiVersion"] = "apps/v1",
            ["kind"] = "DeploymentList",
            ["metadata"] = new JsonObject { ["resourceVersion"] = rv },
            ["items"] = new JsonArray(items.Select(i => (JsonNode?)JsonNode.Parse(i)).ToArray()),
        }.ToJsonString();

    public static string Event(string type, string obj) => new JsonObject { ["type"] = type, ["object"] = JsonNode.Parse(obj) }.ToJsonString();

    public static string Expired => Event("ERROR", RecordingHandler.Status(410, "Expired", "too old resource version: 10 (20)"));

    public static string Resources(string groupVersion, params (string Name, string Kind, bool Namespaced)[] resources) =>
        new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["apiVersion"] = "v1",
            ["groupVersion"] = groupVersion,
            ["resources"] = new JsonArray(resources.Select(r => (JsonNode?)new JsonObject
            {
                ["name"] = r.Name, ["singularName"] = "", ["namespaced"] = r.Namespaced, ["kind"] = r.Kind,
                ["verbs"] = new JsonArray("get", "patch", "delete"),
            }).ToArray()),
        }.ToJsonString();

    public static string Object(string apiVersion, string kind, string name, string? runId, params string[] finalizers)
    {
        var metadata = new JsonObject { ["name"] = name };
        if (runId is not null)
            metadata["labels"] = new JsonObject { ["kedaguidance.io/run-id"] = runId };
        if (finalizers.Length > 0)
            metadata["finalizers"] = new JsonArray(finalizers.Select(f => (JsonNode?)f).ToArray());
        return new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind, ["metadata"] = metadata }.ToJsonString();
    }
}
