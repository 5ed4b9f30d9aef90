using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Organisations;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>The organisation that runs each service: checked whole, created as a partner or updated in place.</summary>
public sealed partial class DirectoryImporter
{
    /// <summary>A service whose organisation is wrong is refused with it; the organisation's mistakes are listed once, under it.</summary>
    private static void CheckOrganisation(RecordPlan record, BatchState state, DirectoryImportReport report, HashSet<Guid> reportedOrganisations, RecordCheck check)
    {
        var feed = record.Feed;
        if (feed.Organisation is { } given)
        {
            var organisationCheck = new RecordCheck(given.FeedId, "organisation");
            organisationCheck.AddRange(given.Problems);
            var checkedOrganisation = CheckedOrganisation(given, record.Stamp, record.Today, organisationCheck);
            if (organisationCheck.Failed)
            {
                checkedOrganisation = null;
                if (reportedOrganisations.Add(given.Id))
                {
                    report.AddRange(organisationCheck.Problems);
                }

                check.Fail("Organization", $"Refused because its organisation {given.FeedId} has mistakes (listed under that organisation) – correct them and import again");
            }

            record.CheckedOrganisation = checkedOrganisation;
            state.Organisations.TryGetValue(given.Id, out var stored);
            record.Organisation = stored;
        }
        else if (feed.OrganisationId is { } organisationId)
        {
            if (state.Organisations.TryGetValue(organisationId, out var stored))
            {
                record.Organisation = stored;
            }
            else
            {
                check.Fail("Organization", $"The feed names organisation {feed.OrganisationFeedId} but does not include it – include the organization in the service, or import the organisation first");
            }
        }
        else if (record.Existing is null)
        {
            check.Fail("Organization", "Give the organisation that runs the service");
        }

        // A list item may leave the organisation out of a service already stored: it stays where it is.
        if (record.Existing is { } existing && OwnerId(record) is { } owner && existing.OrganisationId != owner)
        {
            check.Fail("Organization", "The service is listed under another organisation in Waymark – a service cannot move between organisations; give it a new id");
        }
    }

    private static Guid? OwnerId(RecordPlan record) => record.Organisation?.Id ?? record.CheckedOrganisation?.Id ?? record.Existing?.OrganisationId;

    private static string? OrganisationName(RecordPlan record) => record.CheckedOrganisation?.Name ?? record.Organisation?.Name ?? record.Existing?.OrganisationName;

    /// <summary>
    /// The organisation on a fresh copy. The name is checked first and then the directory details, each field at
    /// fault set aside and the check run again, so every mistake is reported at once.
    /// </summary>
    private static Organisation? CheckedOrganisation(FeedOrganisation given, DateTimeOffset stamp, DateOnly today, RecordCheck check)
    {
        var id = given.Id == Guid.Empty ? (Guid?)null : given.Id;
        Organisation? organisation = null;
        check.Each(string.Empty, given.Name ?? string.Empty, name => organisation = Organisation.Create(name, OrganisationKind.Partner, null, stamp, id), (name, _) => name == "Unnamed" ? null : "Unnamed");
        if (organisation is null)
        {
            return null;
        }

        var checkedOrganisation = organisation;
        check.Each(string.Empty, given.Details, details => checkedOrganisation.UpdateDirectoryDetails(details, today), Without);
        return checkedOrganisation;
    }

    private static OrganisationDirectoryDetails? Without(OrganisationDirectoryDetails details, string? field) => field switch
    {
        nameof(Organisation.Description) => details with { Description = null },
        nameof(Organisation.Website) => details with { Website = null },
        nameof(Organisation.Email) => details with { Email = null },
        nameof(Organisation.Logo) => details with { Logo = null },
        nameof(Organisation.Uri) => details with { Uri = null },
        nameof(Organisation.LegalStatus) => details with { LegalStatus = null },
        nameof(Organisation.YearIncorporated) => details with { YearIncorporated = null },
        nameof(Organisation.ParentOrganisationId) => details with { ParentOrganisationId = null },
        _ when field?.StartsWith(nameof(Organisation.Identifiers), StringComparison.Ordinal) == true => details with { Identifiers = null },
        _ => null,
    };

    private bool WriteOrganisation(RecordPlan record, BatchState state, DirectoryImportReport report)
    {
        if (record.CheckedOrganisation is not { } checkedOrganisation)
        {
            return false;
        }

        if (record.Organisation is not { } organisation)
        {
            db.Organisations.Add(checkedOrganisation);
            state.Organisations[checkedOrganisation.Id] = checkedOrganisation;
            record.Organisation = checkedOrganisation;
            report.OrganisationsCreated++;
            return true;
        }

        if (Fingerprint(OrganisationShape(organisation)) == Fingerprint(OrganisationShape(checkedOrganisation)))
        {
            return false;
        }

        if (organisation.Name != checkedOrganisation.Name)
        {
            state.Renamed[organisation.Id] = checkedOrganisation.Name;
        }

        organisation.Update(checkedOrganisation.Name, organisation.OdsCode);
        organisation.UpdateDirectoryDetails(record.Feed.Organisation!.Details, record.Today);
        report.OrganisationsUpdated++;
        return true;
    }

    /// <summary>Other listings of a renamed organisation carry its name too (for their search text).</summary>
    private async Task RenameOtherListingsAsync(BatchState state, CancellationToken cancellationToken)
    {
        foreach (var (organisationId, name) in state.Renamed)
        {
            var others = await db.Services.Where(s => s.OrganisationId == organisationId && s.OrganisationName != name).ToListAsync(cancellationToken);
            foreach (var other in others.Where(o => o.OrganisationName != name))
            {
                other.OrganisationRenamed(name, other.LastModified);
            }
        }
    }

    private static object OrganisationShape(Organisation o) => new
    {
        o.Name,
        o.Description,
        o.Website,
        o.Email,
        o.Logo,
        o.Uri,
        o.LegalStatus,
        o.YearIncorporated,
        o.ParentOrganisationId,
        o.Identifiers,
    };
}
