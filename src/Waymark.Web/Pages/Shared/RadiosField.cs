namespace Waymark.Web.Pages.Shared;

/// <summary>A set of radios rendered by the _Radios partial: one choice, legend, hint and error from ModelState.</summary>
public sealed record RadiosField(string Name, string Legend, string? Value, IReadOnlyList<Option> Options)
{
    public string? Hint { get; init; }
    public bool Inline { get; init; }

    public string Id => FieldId.For(Name);
}
