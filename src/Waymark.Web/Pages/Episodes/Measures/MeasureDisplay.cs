using Waymark.Domain.Measures;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Episodes.Measures;

/// <summary>How the measures pages word HbA1c sources.</summary>
public static class MeasureDisplay
{
    public static string SourceName(HbA1cSource source) => source switch
    {
        HbA1cSource.GpRecord => "GP record",
        HbA1cSource.LabReport => "Lab report",
        HbA1cSource.PersonToldUs => "The person told us",
        _ => "Other",
    };

    public static string Source(HbA1cSource source, string? detail) =>
        source == HbA1cSource.Other && detail is not null ? $"Other: {detail}" : SourceName(source);

    public static IReadOnlyList<Option> SourceOptions { get; } =
        [.. Enum.GetValues<HbA1cSource>().Select(s => new Option(s.ToString(), SourceName(s)))];
}
