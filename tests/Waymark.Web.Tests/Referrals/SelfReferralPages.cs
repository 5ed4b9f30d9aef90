using System.Net;
using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Episodes;
using Waymark.Domain.Referrals;
using Waymark.Testing;
using Waymark.Web.Tests.Admin;

namespace Waymark.Web.Tests.Referrals;

/// <summary>
/// /refer-yourself: the public form. No sign-in, a received referral only, nothing revealed about anyone, and
/// bots (honeypot, forged token, too fast) thanked like people while nothing is saved.
/// </summary>
public sealed class SelfReferralPages(ReferralsApp fixture) : IClassFixture<ReferralsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private List<(string Name, string Value)> Form(string family, string? nhsNumber = null, string? practice = null)
    {
        var fields = ReferralsApp.Form(family, nhsNumber).Where(f => f.Name != "Input.PersonAgreed").ToList();
        fields.Add(("Input.Practice", practice ?? fixture.Data.PracticeId.ToString()));
        return fields;
    }

    [Fact]
    public async Task Anyone_can_open_the_form_without_signing_in_and_choose_only_covered_practices()
    {
        var page = await fixture.Anonymous(fixture.Public).GetPageAsync("/refer-yourself");

        Assert.Equal("Refer yourself for social prescribing", page.QuerySelector("h1")?.TextContent.Trim());
        var offered = page.QuerySelectorAll("#Input_Practice option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(fixture.Data.PracticeId.ToString(), offered);
        Assert.Contains("unknown", offered);
        Assert.DoesNotContain(fixture.Data.OtherPracticeId.ToString(), offered);
        Assert.Null(page.GetElementById("Input_PersonAgreed"));
    }

    [Fact]
    public async Task The_honeypot_is_hidden_from_people_screen_readers_and_the_keyboard()
    {
        var page = await fixture.Anonymous(fixture.Public).GetPageAsync("/refer-yourself");

        var honeypot = page.GetElementById("website");
        Assert.NotNull(honeypot);
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Equal("off", honeypot.GetAttribute("autocomplete"));
        Assert.Equal("true", honeypot.ParentElement?.GetAttribute("aria-hidden"));
        Assert.Contains("nhsuk-u-visually-hidden", honeypot.ParentElement?.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_refers_themselves_and_is_told_what_happens_next()
    {
        var client = fixture.Anonymous(fixture.Public);
        var family = fixture.Family("Selfref");

        var response = await fixture.SelfReferAsync(client, Form(family));

        var thanks = await client.FollowAsync(response, "/refer-yourself/sent");
        Assert.Equal("Thank you, your referral has been sent", thanks.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("What happens next", thanks.Body!.TextContent, StringComparison.Ordinal);
        var (referral, episode) = await SavedAsync(family);
        Assert.Equal(ReferralSource.Self, referral.Source);
        Assert.Null(referral.ReferrerUserId);
        Assert.Null(referral.ReferringOrganisationId);
        Assert.True(referral.PersonAgreed);
        Assert.Equal(EpisodeStatus.Referred, episode.Status);
        Assert.Equal(fixture.Data.TeamId, episode.TeamId);
    }

    [Fact]
    public async Task A_filled_honeypot_is_thanked_but_nothing_is_saved()
    {
        var family = fixture.Family("Honey");

        var response = await fixture.SelfReferAsync(fixture.Anonymous(fixture.Public), Form(family), website: "https://spam.example");

        Assert.Equal("/refer-yourself/sent", response.Headers.Location?.OriginalString);
        Assert.False(await AnySavedAsync(family));
    }

    [Fact]
    public async Task A_form_sent_faster_than_a_person_can_type_is_thanked_but_nothing_is_saved()
    {
        var family = fixture.Family("Quick");

        var response = await fixture.SelfReferAsync(fixture.Anonymous(fixture.Public), Form(family), typing: TimeSpan.FromSeconds(1));

        Assert.Equal("/refer-yourself/sent", response.Headers.Location?.OriginalString);
        Assert.False(await AnySavedAsync(family));
    }

    [Fact]
    public async Task A_forged_timing_token_is_thanked_but_nothing_is_saved()
    {
        var family = fixture.Family("Forged");

        var response = await fixture.SelfReferAsync(fixture.Anonymous(fixture.Public), Form(family), formToken: "not-a-real-token");

        Assert.Equal("/refer-yourself/sent", response.Headers.Location?.OriginalString);
        Assert.False(await AnySavedAsync(family));
    }

    [Fact]
    public async Task Missing_answers_are_explained_in_plain_English_without_asking_for_agreement_or_an_NHS_number()
    {
        var response = await fixture.SelfReferAsync(fixture.Anonymous(fixture.Public), [("Input.Notes", "Please call after 4pm")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(
            [
                "Select your GP practice",
                "Enter your first name",
                "Enter your last name",
                "Enter your date of birth",
                "Select at least one thing you would like help with",
                "Select how soon you would like to hear from us",
            ],
            page.ErrorSummary());
        Assert.Equal("Please call after 4pm", page.GetElementById("Input_Notes")?.TextContent);
    }

    [Fact]
    public async Task Not_knowing_the_GP_practice_is_answered_with_how_to_find_it()
    {
        var family = fixture.Family("Unknown");

        var page = await Html.ParseAsync(await fixture.SelfReferAsync(fixture.Anonymous(fixture.Public), Form(family, practice: "unknown")));

        Assert.StartsWith("Select your GP practice. You can find it on a letter or prescription", page.FieldError("Input_Practice"), StringComparison.Ordinal);
        Assert.False(await AnySavedAsync(family));
    }

    [Fact]
    public async Task A_wrong_NHS_number_is_refused_but_a_blank_one_is_fine()
    {
        var page = await Html.ParseAsync(await fixture.SelfReferAsync(fixture.Anonymous(fixture.Public), Form(fixture.Family("Wrong"), "943 476 5918")));

        Assert.Equal(["Enter a valid NHS number – check it carefully"], page.ErrorSummary());
    }

    [Fact]
    public async Task A_known_NHS_number_reveals_nothing_and_the_referral_joins_nobodys_record()
    {
        var nhsNumber = TestOrganisations.NewNhsNumber();
        var known = await fixture.App.CaseAtAsync(fixture.Data.TeamId, Domain.Episodes.EpisodeStatus.Waiting, practiceId: fixture.Data.PracticeId,
            familyName: fixture.Family("Known"), nhsNumber: nhsNumber);
        var family = fixture.Family("Claimed");

        var response = await fixture.SelfReferAsync(fixture.Anonymous(fixture.Public), Form(family, nhsNumber));

        Assert.Equal("/refer-yourself/sent", response.Headers.Location?.OriginalString);
        var (referral, episode) = await SavedAsync(family);
        Assert.NotEqual(known.PersonId, referral.PersonId);
        Assert.Null(episode.PreviousEpisodeId);
        Assert.Contains("check at triage", referral.ReferrerNotes, StringComparison.Ordinal);
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Episodes.CountAsync(e => e.PersonId == known.PersonId, Cancel)));
    }

    [Fact]
    public async Task Too_many_submissions_from_one_address_are_refused_with_429_and_an_NHS_styled_page()
    {
        var client = fixture.Anonymous(fixture.Strict);
        for (var i = 0; i < ReferralsApp.StrictLimit; i++)
        {
            var allowed = await fixture.SelfReferAsync(client, Form(fixture.Family("Limit")));
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        var refused = await fixture.SelfReferAsync(client, Form(fixture.Family("Limit")));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal("Sorry, you have sent too many requests", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header.nhsuk-header"));
        Assert.True(refused.Headers.RetryAfter is not null);
        var form = await client.GetAsync("/refer-yourself", Cancel);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
    }

    private Task<bool> AnySavedAsync(string family) => fixture.WithDbAsync(db => db.People.AnyAsync(p => p.FamilyName == family, Cancel));

    private Task<(Referral Referral, Episode Episode)> SavedAsync(string family) => fixture.WithDbAsync(async db =>
    {
        var referral = await db.Referrals.AsNoTracking().SingleAsync(r => db.People.Any(p => p.Id == r.PersonId && p.FamilyName == family), Cancel);
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.ReferralId == referral.Id, Cancel);
        return (referral, episode);
    });
}
