using System.Text.Json;

namespace KedaGuidance.Harness.Evidence;

/// <summary>Reads a run-record.json back (to render its report, now or later). Attachments come back as JSON.</summary>
public static class RunRecordFile
{
    public static RunRecord Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No run record at '{path}'. Point to the run-record.json a run wrote under KEDAGUIDE_EVIDENCE.", path);
        try
        {
            return JsonSerializer.Deserialize<RunRecord>(File.ReadAllText(path), RunRecorder.JsonOptions)
                ?? throw new InvalidDataException($"'{path}' holds no run record.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a run record this suite wrote: {e.Message}", e);
        }
    }
}
