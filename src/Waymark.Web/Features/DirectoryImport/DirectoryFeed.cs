using System.Security.Cryptography;
using System.Text;
using Waymark.Domain.Directory;
using Waymark.Domain.Organisations;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>
/// A directory feed read into records the importer checks through the domain: one <see cref="FeedService"/> per
/// service, each holding its organisation, taxonomy terms and locations as the ORUK 3.0 service does. Readers
/// (<see cref="OrukJsonReader"/>, <see cref="HsdsCsvPackageReader"/>) fill it; <see cref="DirectoryImporter"/>
/// writes it. A list left null was not in the feed (an ORUK list page leaves children out), so an existing
/// listing keeps what it has; an empty list clears it.
/// </summary>
public sealed record DirectoryFeed(IReadOnlyList<FeedService> Services, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Unread)
{
    public static DirectoryFeed Of(IReadOnlyList<FeedService> services) => new(services, [], []);
}

/// <summary>One service as the feed gives it. <see cref="Problems"/> holds what could not even be read (a date that is not a date).</summary>
public sealed record FeedService
{
    /// <summary>The id as written in the feed, for the report.</summary>
    public required string FeedId { get; init; }

    public required Guid Id { get; init; }

    public required ServiceDetails Details { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public FeedOrganisation? Organisation { get; init; }

    /// <summary>The organisation's id when the feed names it without including it.</summary>
    public Guid? OrganisationId { get; init; }

    public string? OrganisationFeedId { get; init; }

    public IReadOnlyList<Phone>? Phones { get; init; }

    public IReadOnlyList<Schedule>? Schedules { get; init; }

    public IReadOnlyList<ServiceArea>? ServiceAreas { get; init; }

    public IReadOnlyList<Language>? Languages { get; init; }

    public IReadOnlyList<CostOption>? CostOptions { get; init; }

    public IReadOnlyList<ServiceContact>? Contacts { get; init; }

    public IReadOnlyList<RequiredDocument>? RequiredDocuments { get; init; }

    public IReadOnlyList<Funding>? Funding { get; init; }

    public IReadOnlyList<FeedAttribute>? Attributes { get; init; }

    public IReadOnlyList<FeedServiceAtLocation>? ServiceAtLocations { get; init; }

    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];
}

public sealed record FeedOrganisation(string FeedId, Guid Id, string? Name, OrganisationDirectoryDetails Details, IReadOnlyList<ImportProblem> Problems);

/// <summary>An ORUK attribute: a link to a term the feed defines (<see cref="Term"/>) or only names by id.</summary>
public sealed record FeedAttribute(Guid Id, string? LinkType, string TermFeedId, Guid TermId, FeedTerm? Term);

public sealed record FeedTerm(string FeedId, Guid Id, TaxonomyTermDetails Details, FeedTaxonomy? Taxonomy);

public sealed record FeedTaxonomy(Guid Id, string? Name, string? Description, string? Uri, string? Version);

public sealed record FeedServiceAtLocation(Guid Id, string? Description, FeedLocation Location, IReadOnlyList<Schedule>? Schedules, IReadOnlyList<Phone>? Phones, IReadOnlyList<ServiceContact>? Contacts);

public sealed record FeedLocation(
    string FeedId,
    Guid Id,
    LocationDetails Details,
    IReadOnlyList<Address>? Addresses,
    IReadOnlyList<Accessibility>? Accessibility,
    IReadOnlyList<Language>? Languages,
    IReadOnlyList<Phone>? Phones,
    IReadOnlyList<Schedule>? Schedules);

/// <summary>One thing the import left out or could not use: the kind of record, its id in the feed, the field and how to fix it.</summary>
public sealed record ImportProblem(string Kind, string Id, string? Field, string Message)
{
    public override string ToString() => Field is null ? $"{Kind} {Id}: {Message}" : $"{Kind} {Id}: {Field}: {Message}";
}

/// <summary>
/// Ids for records that have none, or whose id is not a UUID: derived from a name (a SHA-256 hash shaped as a version 5 UUID), so reading
/// the same feed twice gives the same ids and a re-run finds what the first run wrote.
/// </summary>
public static class StableId
{
    private static readonly byte[] Namespace = new Guid("6f0c3b4e-3c1a-4f5e-9d7a-2b8e1c4d5a60").ToByteArray(bigEndian: true);

    /// <summary>The UUID the text is, or one derived from it.</summary>
    public static Guid Of(string text) => Guid.TryParse(text, out var id) ? id : Derive(text);

    /// <summary>An id for the <paramref name="index"/>th <paramref name="kind"/> of a parent that gives none.</summary>
    public static Guid Child(Guid parent, string kind, int index) => Derive($"{parent:D}/{kind}/{index}");

    private static Guid Derive(string name)
    {
        var bytes = SHA256.HashData([.. Namespace, .. Encoding.UTF8.GetBytes(name)]);
        var guid = bytes.AsSpan(0, 16).ToArray();
        guid[6] = (byte)((guid[6] & 0x0F) | 0x50);
        guid[8] = (byte)((guid[8] & 0x3F) | 0x80);
        return new Guid(guid, bigEndian: true);
    }
}
