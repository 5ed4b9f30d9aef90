namespace Waymark.Domain.Directory;

/// <summary>ORUK <c>phone</c>: a number with what it is for and the languages spoken on it.</summary>
public sealed record Phone
{
    public Guid Id { get; init; }

    public string Number { get; init; } = string.Empty;

    public string? Description { get; init; }

    public IReadOnlyList<Language> Languages { get; init; } = [];

    public Phone Validated(string field) => this with
    {
        Number = DirectoryFormats.RequiredPhone(Number, field + ".Number"),
        Description = DirectoryText.Brief(Description, field + ".Description", "what the phone number is for"),
        Languages = Language.ValidatedList(Languages, field + ".Languages"),
    };

    public static List<Phone> ValidatedList(IEnumerable<Phone>? phones, string field) =>
        DirectoryText.WithIds(phones, field, p => p.Id, (p, id) => p with { Id = id }, (p, f) => p.Validated(f));
}
