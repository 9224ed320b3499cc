// Re-renders report.html and summary.md from an existing run record, next to it:
//   dotnet run harness/tools/render-report.cs -- TestResults/evidence/<run id>/run-record.json
#:project ../KedaGuidance.Harness.csproj
#:property PublishAot=false
using KedaGuidance.Harness.Evidence.Report;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run harness/tools/render-report.cs -- <folder>/run-record.json");
    return 2;
}
try
{
    var files = EvidenceReport.WriteNextTo(args[0]);
    Console.WriteLine($"report:  {files.Html}");
    Console.WriteLine($"summary: {files.Markdown}");
    return 0;
}
catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
