namespace Waymark.Web.Features.DirectoryImport;

/// <summary>How to run an import: <see cref="DryRun"/> checks and counts but writes nothing.</summary>
public sealed record DirectoryImportOptions(bool DryRun = false, int BatchSize = DirectoryImportOptions.DefaultBatchSize)
{
    public const int DefaultBatchSize = 200;
}

/// <summary>How far an import has got: services checked (and written, unless a dry run) out of all in the feed.</summary>
public readonly record struct DirectoryImportProgress(int Done, int Total);

/// <summary>
/// What an import did. Quarantine by record: a service with anything wrong (in itself, its children, its
/// organisation or locations) is left out whole and listed in <see cref="Problems"/> by kind, id and field; every
/// other service is imported.
/// </summary>
public sealed class DirectoryImportReport
{
    private readonly List<ImportProblem> _problems = [];

    public bool DryRun { get; init; }

    public int Total { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Refused { get; set; }

    public int OrganisationsCreated { get; set; }

    public int OrganisationsUpdated { get; set; }

    public int LocationsCreated { get; set; }

    public int LocationsUpdated { get; set; }

    public int TermsCreated { get; set; }

    /// <summary>Parts of the feed the reader did not use (files of a CSV package it does not read).</summary>
    public List<string> Unread { get; } = [];

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Add(ImportProblem problem) => _problems.Add(problem);

    public void AddRange(IEnumerable<ImportProblem> problems) => _problems.AddRange(problems);

    /// <summary>One line: "12 services: 10 created, 1 updated, 0 unchanged, 1 refused".</summary>
    public string Summary() =>
        $"{Total} service{(Total == 1 ? string.Empty : "s")}{(DryRun ? " checked (dry run, nothing written)" : string.Empty)}: " +
        $"{Created} {(DryRun ? "to create" : "created")}, {Updated} {(DryRun ? "to update" : "updated")}, {Unchanged} unchanged, {Refused} refused. " +
        $"Organisations: {OrganisationsCreated} new, {OrganisationsUpdated} updated. Locations: {LocationsCreated} new, {LocationsUpdated} updated. Taxonomy terms: {TermsCreated} new.";
}
