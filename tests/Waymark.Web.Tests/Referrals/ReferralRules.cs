using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Waymark.Domain.Common;
using Waymark.Domain.Episodes;
using Waymark.Domain.Referrals;
using Waymark.Testing;
using Waymark.Web.Features.Referrals;

namespace Waymark.Web.Tests.Referrals;

/// <summary>The referral rules that need no app: what a form must contain, retries, progress words, bot checks.</summary>
public sealed class ReferralRules
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    private static ReferralInput Valid(string? nhsNumber = "9434765919") => new(
        nhsNumber, "Alex", "Morgan", new DateOnly(1958, 3, 14), null, null,
        [new NeedInput(NeedCategory.Debt, "Letters from bailiffs")], Urgency.Routine, PersonAgreed: true, Notes: null);

    [Fact]
    public void A_complete_referral_breaks_no_rule()
    {
        Assert.Empty(MakeReferral.Check(Valid(), nhsNumberRequired: true, personAgreedImplied: false, Today));
    }

    [Fact]
    public void Every_missing_answer_is_reported_at_once_in_the_forms_order()
    {
        var empty = new ReferralInput(null, null, null, null, null, null, [], null, false, null);

        var errors = MakeReferral.Check(empty, nhsNumberRequired: true, personAgreedImplied: false, Today);

        Assert.Equal(["NhsNumber", "GivenName", "FamilyName", "DateOfBirth", "Needs", "Urgency", "PersonAgreed"], errors.Select(e => e.Field));
    }

    [Fact]
    public void A_self_referral_needs_neither_an_NHS_number_nor_a_separate_agreement()
    {
        var input = Valid(nhsNumber: null) with { PersonAgreed = false };

        Assert.Empty(MakeReferral.Check(input, nhsNumberRequired: false, personAgreedImplied: true, Today));
    }

    [Fact]
    public void Contact_details_a_future_birthday_and_other_needs_are_checked_with_the_domains_own_rules()
    {
        var input = Valid() with
        {
            DateOfBirth = Today.AddDays(1),
            Phone = "call me",
            Email = "not-an-email",
            Needs = [new NeedInput(NeedCategory.Other)],
        };

        var errors = MakeReferral.Check(input, nhsNumberRequired: true, personAgreedImplied: false, Today);

        Assert.Equal(["DateOfBirth", "Phone", "Email", "Needs.Other"], errors.Select(e => e.Field));
        Assert.Equal("Date of birth must be today or in the past", errors[0].Message);
    }

    [Fact]
    public void A_retry_is_the_same_referral_only_when_person_practice_needs_urgency_and_notes_all_match()
    {
        var practice = Guid.CreateVersion7();
        var input = Valid() with { Notes = "Call after 10" };
        var earlier = Referral.FromPractice(practice, Guid.CreateVersion7(), Guid.CreateVersion7(),
            [ReferralNeed.Of(NeedCategory.Debt, "Letters from bailiffs")], true, Urgency.Routine, DateTimeOffset.UnixEpoch, "key", "Call after 10");
        var number = NhsNumber.Parse("943 476 5919");

        Assert.True(SubmitApiReferral.IsSameReferral(earlier, number, practice, input with { NhsNumber = "943-476-5919", Notes = " Call after 10 " }));
        Assert.False(SubmitApiReferral.IsSameReferral(earlier, number, Guid.CreateVersion7(), input));
        Assert.False(SubmitApiReferral.IsSameReferral(earlier, number, practice, input with { Urgency = Urgency.Urgent }));
        Assert.False(SubmitApiReferral.IsSameReferral(earlier, number, practice, input with { Needs = [new NeedInput(NeedCategory.Debt, "Different words")] }));
        Assert.False(SubmitApiReferral.IsSameReferral(earlier, NhsNumber.Parse("9990000026"), practice, input));
    }

    [Fact]
    public void A_referrer_sees_the_outcome_and_reason_in_plain_words()
    {
        var declined = new TriageDecision(TriageOutcome.Declined, Guid.Empty, DateTimeOffset.UnixEpoch, "Needs the crisis team", DeclineReason: DeclineReason.InCrisis);

        Assert.Equal(new ReferralProgress(EpisodeStatus.Referred, "Received – waiting for triage", null, null),
            ReferralProgress.Of(EpisodeStatus.Referred, null, null, null, null));
        Assert.Equal(new ReferralProgress(EpisodeStatus.Declined, "Not accepted", "In crisis – directed to crisis support", "Needs the crisis team"),
            ReferralProgress.Of(EpisodeStatus.Declined, declined, null, null, null));
        Assert.Equal(new ReferralProgress(EpisodeStatus.Discharged, "Discharged", "Moved away", "Moved to Leeds"),
            ReferralProgress.Of(EpisodeStatus.Discharged, null, DischargeReason.MovedAway, "Moved to Leeds", null));
        Assert.Equal("Declined by the person", ReferralProgress.Of(EpisodeStatus.PersonDeclined, null, null, null, "Not now").Outcome);
    }

    [Fact]
    public void A_submission_is_from_a_person_only_with_an_empty_honeypot_a_genuine_token_and_time_to_type()
    {
        var clock = new FakeClock();
        var guard = new SelfReferralGuard(new EphemeralDataProtectionProvider(), clock, Options.Create(new SelfReferralOptions { MinimumFillSeconds = 5 }));
        var token = guard.IssueToken();

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(SubmissionVerdict.TooFast, guard.Judge(token, null));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(SubmissionVerdict.Person, guard.Judge(token, string.Empty));
        Assert.Equal(SubmissionVerdict.FilledHoneypot, guard.Judge(token, "http://spam.example"));
        Assert.Equal(SubmissionVerdict.MissingOrForgedToken, guard.Judge(null, null));
        Assert.Equal(SubmissionVerdict.MissingOrForgedToken, guard.Judge(token[..^4] + "AAAA", null));
    }
}
