using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>ORUK <c>taxonomy</c>: a published vocabulary of terms (like the Open Referral UK service types).</summary>
public sealed class Taxonomy : Entity
{
    private Taxonomy()
    {
        Name = string.Empty;
        Description = string.Empty;
    }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public string? Uri { get; private set; }

    public string? Version { get; private set; }

    public static Taxonomy Create(string? name, string? description, string? uri, string? version, Guid? id = null)
    {
        var taxonomy = new Taxonomy { Id = id is { } given && given != Guid.Empty ? given : Guid.CreateVersion7() };
        taxonomy.Update(name, description, uri, version);
        return taxonomy;
    }

    public void Update(string? name, string? description, string? uri, string? version)
    {
        var checkedName = Text.Required(name, nameof(Name), "the taxonomy name", DirectoryText.NameMaxLength);
        var checkedDescription = Text.Required(description, nameof(Description), "a description of the taxonomy", DirectoryText.LongMaxLength);
        var checkedUri = DirectoryFormats.Url(uri, nameof(Uri), "the taxonomy's web address");
        var checkedVersion = Text.Optional(version, nameof(Version), "the version", 50);
        (Name, Description, Uri, Version) = (checkedName, checkedDescription, checkedUri, checkedVersion);
    }
}
