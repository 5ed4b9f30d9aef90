using System.Net;
using System.Net.Http.Json;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.People;

/// <summary>/api/people: registering without duplicates, finding matches without leaking records, searching.</summary>
public sealed class PeopleApi(PeopleApp fixture) : IClassFixture<PeopleApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registers_a_person_and_answers_201_with_where_the_record_is()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var nhsNumber = TestOrganisations.NewNhsNumber();

        var response = await client.PostAsJsonAsync("/api/people",
            new { nhsNumber, givenName = "Priya", familyName = $"Shah{fixture.Next()}", dateOfBirth = "1984-03-02" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var person = await response.JsonAsync();
        var id = person.GetProperty("id").GetGuid();
        Assert.Equal($"/api/people/{id}", response.RedirectTarget().AbsolutePath);
        Assert.Equal(nhsNumber, person.GetProperty("nhsNumber").GetString());
        Assert.Equal("Priya", person.GetProperty("givenName").GetString());
    }

    [Fact]
    public async Task A_wrong_NHS_number_is_refused_with_422_naming_the_field()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await client.PostAsJsonAsync("/api/people",
            new { nhsNumber = "943 476 5918", givenName = "Priya", familyName = "Shah", dateOfBirth = "1984-03-02" }, Cancel);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("nhsNumber", out _));
    }

    [Fact]
    public async Task A_likely_duplicate_is_refused_with_409_unless_confirmed_as_a_different_person()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var family = $"Okafor{fixture.Next()}";
        var existing = await fixture.PersonInTeamAsync(fixture.Data.TeamId, family, "Grace");

        var refused = await client.PostAsJsonAsync("/api/people",
            new { givenName = "GRACE ", familyName = family, dateOfBirth = "1960-05-17" }, Cancel);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        var match = Assert.Single(problem.GetProperty("matches").EnumerateArray());
        Assert.Equal(existing, match.GetProperty("id").GetGuid());
        Assert.True(match.GetProperty("canOpen").GetBoolean());

        var confirmed = await client.PostAsJsonAsync("/api/people",
            new { givenName = "Grace", familyName = family, dateOfBirth = "1960-05-17", confirmedDifferentPerson = true }, Cancel);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
    }

    [Fact]
    public async Task The_same_NHS_number_is_refused_even_when_confirmed_and_reveals_nothing_outside_the_callers_scope()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var nhsNumber = TestOrganisations.NewNhsNumber();
        await fixture.PersonInTeamAsync(fixture.OtherProviderTeamId, $"Elsewhere{fixture.Next()}", "Ida", nhsNumber);

        var refused = await client.PostAsJsonAsync("/api/people",
            new { nhsNumber, givenName = "Someone", familyName = "Else", dateOfBirth = "1990-01-01", confirmedDifferentPerson = true }, Cancel);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        var match = Assert.Single(problem.GetProperty("matches").EnumerateArray());
        Assert.False(match.GetProperty("canOpen").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, match.GetProperty("id").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, match.GetProperty("familyName").ValueKind);
        Assert.DoesNotContain("Elsewhere", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matching_searches_everyone_but_names_only_people_the_caller_may_see()
    {
        var client = await fixture.SignedInAsync(StaffRole.SeniorLinkWorker);
        var family = $"Novak{fixture.Next()}";
        var mine = await fixture.PersonInTeamAsync(fixture.Data.TeamId, family, "Jan");
        await fixture.PersonInTeamAsync(fixture.OtherTeamId, family, "Jan");

        var response = await client.PostAsJsonAsync("/api/people/match",
            new { givenName = "jan", familyName = family, dateOfBirth = "1960-05-17" }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matches = (await response.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, matches.Count);
        var visible = Assert.Single(matches, m => m.GetProperty("canOpen").GetBoolean());
        Assert.Equal(mine, visible.GetProperty("id").GetGuid());
        var hidden = Assert.Single(matches, m => !m.GetProperty("canOpen").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hidden.GetProperty("id").ValueKind);
        Assert.Contains("senior link worker", hidden.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matching_needs_an_NHS_number_or_a_name_and_date_of_birth()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);

        var response = await client.PostAsJsonAsync("/api/people/match", new { givenName = "Jan" }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Searching_pages_through_people_by_family_name_and_finds_an_NHS_number()
    {
        var client = await fixture.SignedInAsync(StaffRole.LinkWorker);
        var tag = $"Pager{fixture.Next()}";
        var nhsNumber = TestOrganisations.NewNhsNumber();
        await fixture.PersonInTeamAsync(fixture.Data.TeamId, $"{tag}c", "Cara");
        await fixture.PersonInTeamAsync(fixture.Data.TeamId, $"{tag}a", "Abe", nhsNumber);
        await fixture.PersonInTeamAsync(fixture.Data.TeamId, $"{tag}b", "Bea");
        await fixture.PersonInTeamAsync(fixture.OtherTeamId, $"{tag}d", "Dan");

        var first = await (await client.GetAsync($"/api/people?search={tag.ToLowerInvariant()}&page=1&pageSize=2", Cancel)).JsonAsync();
        var second = await (await client.GetAsync($"/api/people?search={tag}&page=2&pageSize=2", Cancel)).JsonAsync();

        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(2, first.GetProperty("totalPages").GetInt32());
        Assert.Equal([$"{tag}a", $"{tag}b"], first.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("familyName").GetString()!));
        Assert.Equal([$"{tag}c"], second.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("familyName").GetString()!));

        var byNumber = await (await client.GetAsync($"/api/people?search={nhsNumber[..3]} {nhsNumber[3..6]} {nhsNumber[6..]}", Cancel)).JsonAsync();
        Assert.Equal([$"{tag}a"], byNumber.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("familyName").GetString()!));
    }
}
