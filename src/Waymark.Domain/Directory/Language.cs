using System.Text.RegularExpressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// ORUK <c>language</c>: a language a service, location or phone line is delivered in (not through an interpreter).
/// ORUK 3.0 carries only the id; <see cref="Name"/>, <see cref="Code"/> (ISO 639, lower case, like "pl" or "ur")
/// and <see cref="Note"/> come from HSDS 3.0 so listings can be filtered by language.
/// </summary>
public sealed partial record Language
{
    public Guid Id { get; init; }

    public string? Name { get; init; }

    public string? Code { get; init; }

    public string? Note { get; init; }

    public static Language Of(string code, string? name = null) => new Language { Code = code, Name = name }.Validated("Languages");

    public Language Validated(string field)
    {
        var code = Text.Optional(Code, field + ".Code", "a language code", 20)?.ToLowerInvariant();
        if (code is not null && !CodePattern().IsMatch(code))
        {
            throw new DomainException("Enter a language code from ISO 639, like en, pl or ur", field + ".Code");
        }

        return this with
        {
            Code = code,
            Name = DirectoryText.Brief(Name, field + ".Name", "the language name"),
            Note = DirectoryText.Brief(Note, field + ".Note", "the language note"),
        };
    }

    public static List<Language> ValidatedList(IEnumerable<Language>? languages, string field) =>
        DirectoryText.WithIds(languages, field, l => l.Id, (l, id) => l with { Id = id }, (l, f) => l.Validated(f));

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
