using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Episodes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Tests.Api;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Referrals;

/// <summary>POST and GET /api/referrals: system referrals by API key, idempotent retries, status and outcome.</summary>
public sealed class ReferralsApi(ReferralsApp fixture) : IClassFixture<ReferralsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Body(string family, string? nhsNumber, string practiceOdsCode = "Y10001") => new()
    {
        ["nhsNumber"] = nhsNumber,
        ["givenName"] = "Robin",
        ["familyName"] = family,
        ["dateOfBirth"] = "1971-08-09",
        ["phone"] = "01632 960001",
        ["practiceOdsCode"] = practiceOdsCode,
        ["needs"] = new object[]
        {
            new { category = "Debt", inTheirWords = "Bailiffs have written twice" },
            new { category = "LowMoodOrAnxiety" },
        },
        ["urgency"] = "Urgent",
        ["personAgreed"] = true,
        ["notes"] = "Sent from the practice system",
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task A_system_refers_someone_and_gets_201_with_where_the_referral_is_and_its_status()
    {
        var client = await fixture.NewApiClientAsync();
        var family = fixture.Family("Api");

        var response = await PostAsync(client, Body(family, TestOrganisations.NewNhsNumber()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var referral = await response.JsonAsync();
        var id = referral.GetProperty("id").GetGuid();
        Assert.Equal($"/api/referrals/{id}", response.RedirectTarget().AbsolutePath);
        Assert.Equal("Referred", referral.GetProperty("status").GetString());
        Assert.Equal("Received – waiting for triage", referral.GetProperty("statusText").GetString());
        Assert.Equal("North team", referral.GetProperty("teamName").GetString());
        Assert.Equal(fixture.Data.PracticeId, referral.GetProperty("practiceId").GetGuid());
        Assert.Equal("Debt", referral.GetProperty("needs")[0].GetProperty("category").GetString());
        var stored = await fixture.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id, Cancel));
        Assert.Equal(ReferralSource.Practice, stored.Source);
        Assert.Equal(Urgency.Urgent, stored.Urgency);
    }

    [Fact]
    public async Task The_practice_can_be_named_by_id_instead_of_ODS_code()
    {
        var client = await fixture.NewApiClientAsync();
        var body = Body(fixture.Family("ById"), TestOrganisations.NewNhsNumber());
        body.Remove("practiceOdsCode");
        body["practiceId"] = fixture.ParkPracticeId;

        var response = await PostAsync(client, body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Park team", (await response.JsonAsync()).GetProperty("teamName").GetString());
    }

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_original_referral_and_never_makes_a_second()
    {
        var client = await fixture.NewApiClientAsync();
        var family = fixture.Family("Retry");
        var body = Body(family, TestOrganisations.NewNhsNumber());
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(client, body, key);
        var retry = await PostAsync(client, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.TextAsync(), await retry.TextAsync());
        Assert.Equal(1, await CountForAsync(family));
    }

    [Fact]
    public async Task The_same_key_with_a_different_referral_is_refused_and_saves_nothing()
    {
        var client = await fixture.NewApiClientAsync();
        var key = Guid.NewGuid().ToString();
        await PostAsync(client, Body(fixture.Family("KeyA"), TestOrganisations.NewNhsNumber()), key);
        var other = fixture.Family("KeyB");

        var response = await PostAsync(client, Body(other, TestOrganisations.NewNhsNumber()), key);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("already used for a different referral", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("idempotencyKey", out _));
        Assert.Equal(0, await CountForAsync(other));
    }

    [Fact]
    public async Task Retries_racing_each_other_make_one_referral()
    {
        var client = await fixture.NewApiClientAsync();
        var family = fixture.Family("Race");
        var body = Body(family, TestOrganisations.NewNhsNumber());
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync(client, body, key)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"{(int)r.StatusCode}"));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Equal(1, await CountForAsync(family));
    }

    [Fact]
    public async Task Keys_belong_to_each_client_so_two_clients_may_use_the_same_one()
    {
        var key = "shared-key-" + fixture.Next();
        var first = await PostAsync(await fixture.NewApiClientAsync(), Body(fixture.Family("ClientA"), TestOrganisations.NewNhsNumber()), key);
        var second = await PostAsync(await fixture.NewApiClientAsync(), Body(fixture.Family("ClientB"), TestOrganisations.NewNhsNumber()), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
    }

    [Theory]
    [InlineData("943 476 5918", "Enter a valid NHS number – check it carefully")]
    [InlineData("12345", "Enter an NHS number with 10 digits")]
    [InlineData(null, "Enter the person's NHS number")]
    public async Task A_missing_or_invalid_NHS_number_is_refused_with_422_naming_the_field(string? nhsNumber, string message)
    {
        var family = fixture.Family("BadNhs");

        var response = await PostAsync(await fixture.NewApiClientAsync(), Body(family, nhsNumber));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("nhsNumber")[0].GetString());
        Assert.Equal(0, await CountForAsync(family));
    }

    [Theory]
    [InlineData("givenName")]
    [InlineData("familyName")]
    [InlineData("dateOfBirth")]
    [InlineData("needs")]
    [InlineData("urgency")]
    [InlineData("personAgreed")]
    public async Task Each_required_field_left_out_is_refused_with_400_naming_it(string field)
    {
        var body = Body(fixture.Family("Missing"), TestOrganisations.NewNhsNumber());
        body.Remove(field);

        var response = await PostAsync(await fixture.NewApiClientAsync(), body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task A_referral_the_person_has_not_agreed_to_is_refused()
    {
        var body = Body(fixture.Family("Unagreed"), TestOrganisations.NewNhsNumber());
        body["personAgreed"] = false;

        var problem = await (await PostAsync(await fixture.NewApiClientAsync(), body)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(problem.GetProperty("errors").TryGetProperty("personAgreed", out _));
    }

    [Fact]
    public async Task An_other_need_without_words_and_an_empty_needs_list_are_refused()
    {
        var client = await fixture.NewApiClientAsync();
        var other = Body(fixture.Family("Other"), TestOrganisations.NewNhsNumber());
        other["needs"] = new object[] { new { category = "Other" } };
        var none = Body(fixture.Family("None"), TestOrganisations.NewNhsNumber());
        none["needs"] = Array.Empty<object>();

        var otherProblem = await (await PostAsync(client, other)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var noneProblem = await (await PostAsync(client, none)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.True(otherProblem.GetProperty("errors").TryGetProperty("needs.other", out _), otherProblem.GetRawText());
        Assert.True(noneProblem.GetProperty("errors").TryGetProperty("needs", out _), noneProblem.GetRawText());
    }

    [Fact]
    public async Task A_practice_no_team_covers_or_an_unknown_ODS_code_is_refused_naming_the_practice()
    {
        var client = await fixture.NewApiClientAsync();

        var uncovered = await (await PostAsync(client, Body(fixture.Family("Hilltop"), TestOrganisations.NewNhsNumber(), "Y10002")))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var unknown = await (await PostAsync(client, Body(fixture.Family("Nowhere"), TestOrganisations.NewNhsNumber(), "Y99999")))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("No social prescribing team covers this GP practice.", uncovered.GetProperty("errors").GetProperty("practiceId")[0].GetString());
        Assert.True(unknown.GetProperty("errors").TryGetProperty("practiceOdsCode", out _));
    }

    [Fact]
    public async Task Bad_JSON_and_unknown_choices_are_400_not_500()
    {
        var client = await fixture.NewApiClientAsync();
        using var broken = new StringContent("{ not json", Encoding.UTF8, "application/json");
        var body = Body(fixture.Family("Enum"), TestOrganisations.NewNhsNumber());
        body["urgency"] = "Yesterday";

        await (await client.PostAsync("/api/referrals", broken, Cancel)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync(client, body)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_null_need_is_a_client_error_not_a_500()
    {
        var body = Body(fixture.Family("NullNeed"), TestOrganisations.NewNhsNumber());
        body["needs"] = new object?[] { null };

        var response = await PostAsync(await fixture.NewApiClientAsync(), body);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}");
        ProblemAssertions.AssertNothingInternal(await response.TextAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_both_endpoints()
    {
        var document = await fixture.Anonymous().GetStringAsync("/openapi/v1.json", Cancel);

        Assert.Contains("Refers a person to social prescribing", document, StringComparison.Ordinal);
        Assert.Contains("Idempotency-Key", document, StringComparison.Ordinal);
        Assert.Contains("Reads what became of a referral you sent", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_same_name_and_birthday_match_answers_409_until_confirmed_a_different_person()
    {
        var client = await fixture.NewApiClientAsync();
        var family = fixture.Family("Match");
        await fixture.App.CaseAtAsync(fixture.Data.TeamId, EpisodeStatus.Referred, familyName: family);
        var body = Body(family, TestOrganisations.NewNhsNumber());
        body["givenName"] = "Sam";
        body["dateOfBirth"] = "1958-03-14";

        var refused = await (await PostAsync(client, body)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.False(Assert.Single(refused.GetProperty("matches").EnumerateArray()).GetProperty("canOpen").GetBoolean());
        body["confirmedDifferentPerson"] = true;
        var confirmed = await PostAsync(client, body);

        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
    }

    [Fact]
    public async Task A_client_reads_the_outcome_of_its_own_referrals_and_nobody_elses()
    {
        var client = await fixture.NewApiClientAsync();
        var created = await (await PostAsync(client, Body(fixture.Family("Outcome"), TestOrganisations.NewNhsNumber()))).JsonAsync();
        var id = created.GetProperty("id").GetGuid();
        await fixture.WithDbAsync(async db =>
        {
            var episode = await db.Episodes.SingleAsync(e => e.ReferralId == id, Cancel);
            Triage.Redirect(episode, "Citizens Advice", "Debt advice comes first", Guid.CreateVersion7(), fixture.App.Clock.GetUtcNow());
            return await db.SaveChangesAsync(Cancel);
        });

        var read = await client.GetAsync($"/api/referrals/{id}", Cancel);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var referral = await read.JsonAsync();
        Assert.Equal("Redirected", referral.GetProperty("status").GetString());
        Assert.Equal("Redirected to Citizens Advice", referral.GetProperty("outcome").GetString());
        Assert.Equal("Debt advice comes first", referral.GetProperty("reason").GetString());
        await (await (await fixture.NewApiClientAsync()).GetAsync($"/api/referrals/{id}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/referrals/{Guid.NewGuid()}", Cancel)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_and_strangers_cannot_use_the_referrals_API()
    {
        var body = Body(fixture.Family("Staff"), TestOrganisations.NewNhsNumber());

        var anonymous = await PostAsync(fixture.Anonymous(), body);
        var referrer = await (await fixture.SignedInAsync(StaffRole.Referrer)).PostAsJsonAsync("/api/referrals", body, Cancel);
        var worker = await (await fixture.SignedInAsync(StaffRole.LinkWorker)).GetAsync($"/api/referrals/{Guid.NewGuid()}", Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.True(referrer.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{(int)referrer.StatusCode}");
        Assert.Equal(HttpStatusCode.Forbidden, worker.StatusCode);
    }

    private Task<int> CountForAsync(string family) => fixture.WithDbAsync(db =>
        db.Referrals.CountAsync(r => db.People.Any(p => p.Id == r.PersonId && p.FamilyName == family), Cancel));
}
