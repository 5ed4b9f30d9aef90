using System.Security.Claims;
using Waymark.Domain.Common;
using Waymark.Web.Features.Common;

// This query runs in the database: ToUpper() becomes SQL UPPER() there, so .NET culture analyzers do not apply.
#pragma warning disable CA1304, CA1311, CA1862

namespace Waymark.Web.Features.People;

public sealed record PersonListItem(Guid Id, string? NhsNumber, string GivenName, string FamilyName, string? PreferredName, DateOnly DateOfBirth);

/// <summary>The people the caller may see, by family name, found by NHS number or by words of their name.</summary>
public sealed class PeopleQueries(PersonAccess access)
{
    public async Task<Paged<PersonListItem>> SearchAsync(ClaimsPrincipal user, string? search, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var people = access.Visible(user);
        if (NhsNumber.TryParse(search, out var number))
        {
            people = people.Where(p => p.NhsNumber == number);
        }
        else
        {
            foreach (var word in (search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var term = word.ToUpperInvariant();
                people = people.Where(p => p.GivenName.ToUpper().Contains(term)
                    || p.FamilyName.ToUpper().Contains(term)
                    || (p.PreferredName != null && p.PreferredName.ToUpper().Contains(term)));
            }
        }

        var found = await people
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.NhsNumber, p.GivenName, p.FamilyName, p.PreferredName, p.DateOfBirth })
            .ToPagedAsync(page, pageSize, cancellationToken);
        return new Paged<PersonListItem>(
            [.. found.Items.Select(p => new PersonListItem(p.Id, p.NhsNumber?.Value, p.GivenName, p.FamilyName, p.PreferredName, p.DateOfBirth))],
            found.Page, found.PageSize, found.TotalCount);
    }
}
