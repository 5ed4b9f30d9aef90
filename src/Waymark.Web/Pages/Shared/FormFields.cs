namespace Waymark.Web.Pages.Shared;

/// <summary>
/// A form field rendered by the _Input, _Select and _Checkboxes partials in the NHS.UK pattern: label, hint, error
/// message from ModelState, and the value the user typed kept on error.
/// </summary>
public sealed record InputField(string Name, string Label, string? Value)
{
    public string Type { get; init; } = "text";
    public string? Hint { get; init; }
    public string? Autocomplete { get; init; }
    public string? WidthClass { get; init; }
    public bool IsPageHeading { get; init; }
    public bool Spellcheck { get; init; }

    public string Id => FieldId.For(Name);
}

public sealed record SelectField(string Name, string Label, string? Value, IReadOnlyList<Option> Options)
{
    public string? Hint { get; init; }
    public string? EmptyOption { get; init; }

    public string Id => FieldId.For(Name);
}

public sealed record CheckboxesField(string Name, string Legend, IReadOnlyCollection<string> Values, IReadOnlyList<Option> Options)
{
    public string? Hint { get; init; }

    public string Id => FieldId.For(Name);
}

public sealed record Option(string Value, string Text, string? Hint = null);

public static class FieldId
{
    /// <summary>The id ASP.NET gives a bound field ("Input.Email" → "Input_Email"), used by error summary links.</summary>
    public static string For(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
