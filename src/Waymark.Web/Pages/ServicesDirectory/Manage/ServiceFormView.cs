using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.ServicesDirectory.Manage;

/// <summary>What the listing form's fields partial needs: the form, and the choices it offers.</summary>
public sealed record ServiceFormView(
    ServiceForm Input,
    IReadOnlyList<Option>? Organisations,
    string? FixedOrganisation,
    IReadOnlyList<Option> Terms,
    IReadOnlyList<Option> Languages)
{
    /// <summary>The choices for the form: managers pick the organisation; a partner's is fixed to their own.</summary>
    public static async Task<ServiceFormView> LoadAsync(
        ServiceForm input, System.Security.Claims.ClaimsPrincipal user, DirectoryQueries queries, string? fixedOrganisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        IReadOnlyList<Option>? organisations = null;
        string? fixedName = fixedOrganisation;
        if (fixedName is null && DirectoryAccess.PartnerOrganisation(user) is { } own)
        {
            fixedName = await queries.OrganisationNameAsync(own, cancellationToken);
        }
        else if (fixedName is null)
        {
            organisations = [.. (await queries.OrganisationsAsync(cancellationToken)).Select(o => new Option(o.Id.ToString(), o.Name))];
        }

        var terms = (await queries.OtherTermsAsync(cancellationToken))
            .Select(t => new Option(t.Id.ToString(), t.TaxonomyName is null ? t.Name : $"{t.Name} ({t.TaxonomyName})")).ToList();
        var languages = DirectoryLanguages.Common.Select(l => new Option(l.Code, l.Name)).OrderBy(o => o.Text, StringComparer.OrdinalIgnoreCase).ToList();
        return new ServiceFormView(input.WithBlankRows(), organisations, fixedName, terms, languages);
    }
}
