using System.Text.RegularExpressions;
using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using Waymark.Domain.Referrals;
using static Waymark.Domain.Tests.OnwardReferrals.OnwardReferralFactory;

namespace Waymark.Domain.Tests.OnwardReferrals;

public sealed class UnmetNeedRules
{
    private static readonly Guid TeamId = Guid.CreateVersion7();

    private static UnmetNeed Record(
        string? postcode = "LS1 1UR", UnmetNeedReason reason = UnmetNeedReason.NoService, string? note = null, NeedCategory need = NeedCategory.Caring,
        OnwardReferral? referral = null, Guid? teamId = null, Guid? by = null) =>
        UnmetNeed.Record(need, teamId ?? TeamId, postcode, reason, note, by ?? WorkerId, new DateOnly(2026, 11, 17), Now, referral);

    [Fact]
    public void An_unmet_need_records_the_need_district_month_reason_and_who_recorded_it()
    {
        var gap = Record(note: "No evening group for carers");

        Assert.Equal(
            (NeedCategory.Caring, TeamId, "LS1", new DateOnly(2026, 11, 1), UnmetNeedReason.NoService, "No evening group for carers"),
            (gap.Need, gap.TeamId, gap.Area, gap.Month, gap.Reason, gap.Note));
        Assert.Equal((WorkerId, Now), (gap.RecordedBy, gap.RecordedAt));
        Assert.Null(gap.OnwardReferralId);
    }

    [Theory]
    [InlineData("LS1 1UR", "LS1")]
    [InlineData("ls11ur", "LS1")]
    [InlineData("SW1A 1AA", "SW1A")]
    [InlineData("M1 1AE", "M1")]
    [InlineData("B33 8TH", "B33")]
    [InlineData("cr2 6xh", "CR2")]
    [InlineData("DN55 1PT", "DN55")]
    [InlineData("EC1A 1BB", "EC1A")]
    public void The_area_is_the_postcode_district_and_never_the_full_postcode(string postcode, string district)
    {
        var area = Record(postcode).Area;

        Assert.Equal(district, area);
        Assert.DoesNotContain(" ", area, StringComparison.Ordinal);
        Assert.True(area!.Length <= PostcodeDistrict.MaxLength);
        Assert.Matches(new Regex("^[A-Z]{1,2}[0-9][A-Z0-9]?$"), area);
    }

    [Fact]
    public void A_person_with_no_postcode_is_counted_under_the_team_with_no_district()
    {
        var gap = Record(postcode: null);
        Assert.Null(gap.Area);
        Assert.Equal(TeamId, gap.TeamId);
    }

    [Fact]
    public void An_invalid_postcode_is_refused_rather_than_guessed()
    {
        var refused = Assert.Throws<DomainException>(() => Record(postcode: "not a postcode"));
        Assert.Equal(("Enter a full UK postcode, like LS1 1UR", "Area"), (refused.Message, refused.Field));
    }

    [Fact]
    public void A_district_entered_on_its_own_is_accepted_but_a_full_postcode_is_not()
    {
        Assert.Equal("LS1", PostcodeDistrict.Parse(" ls1 "));
        Assert.Equal("SW1A", PostcodeDistrict.Parse("SW1A"));
        var refused = Assert.Throws<DomainException>(() => PostcodeDistrict.Parse("LS1 1UR"));
        Assert.Equal("Enter the first part of a postcode only, like LS1", refused.Message);
        Assert.Throws<DomainException>(() => PostcodeDistrict.Parse(""));
    }

    [Fact]
    public void Need_reason_team_and_recorder_are_required()
    {
        Assert.Equal(("Select the need that was not met", "Need"), Catch(() => Record(need: (NeedCategory)0)));
        Assert.Equal(("Select why the need was not met", "Reason"), Catch(() => Record(reason: (UnmetNeedReason)9)));
        Assert.Equal("TeamId", Catch(() => Record(teamId: Guid.Empty)).Field);
        Assert.Equal("RecordedBy", Catch(() => Record(by: Guid.Empty)).Field);
    }

    [Fact]
    public void The_note_is_bounded_and_refuses_postcodes_and_nhs_numbers()
    {
        Assert.Equal(("Note must be 500 characters or fewer", "Note"), Catch(() => Record(note: new string('x', 501))));

        foreach (var personal in new[] { "Lives at LS6 2AB", "lives at ls62ab", "NHS 943 476 5919", "9434765919" })
        {
            Assert.Equal(
                ("Remove the postcode or number from the note: the gap register never holds anything about a person", "Note"),
                Catch(() => Record(note: personal)));
        }

        Assert.Equal("Nothing in LS6 on weekday evenings", Record(note: "Nothing in LS6 on weekday evenings").Note);
        Assert.Null(Record(note: "   ").Note);
    }

    [Fact]
    public void A_referral_rejected_for_no_capacity_can_be_linked_to_a_no_capacity_gap()
    {
        var rejected = Made();
        rejected.Reject(OnwardReferralActor.Partner, OnwardReferralReason.NoCapacity, null, PartnerUserId, Now.AddDays(2));

        var gap = Record(reason: UnmetNeedReason.NoCapacity, referral: rejected);
        Assert.Equal(rejected.Id, gap.OnwardReferralId);

        Assert.Equal(
            ("The referral was rejected for no capacity, so record the reason as no capacity", "Reason"),
            Catch(() => Record(reason: UnmetNeedReason.NotAccessible, referral: rejected)));
    }

    [Fact]
    public void Only_a_referral_rejected_for_no_capacity_can_be_linked()
    {
        var notEligible = Made();
        notEligible.Reject(OnwardReferralActor.Partner, OnwardReferralReason.NotEligible, null, PartnerUserId, Now.AddDays(2));

        const string Refusal = "Only a referral rejected for no capacity can be linked to an unmet need";
        Assert.Equal((Refusal, "OnwardReferralId"), Catch(() => Record(reason: UnmetNeedReason.NoCapacity, referral: notEligible)));
        Assert.Equal(Refusal, Catch(() => Record(reason: UnmetNeedReason.NoCapacity, referral: InStatus(OnwardReferralStatus.Accepted))).Message);
    }

    private static (string Message, string? Field) Catch(Action act)
    {
        var refused = Assert.Throws<DomainException>(act);
        return (refused.Message, refused.Field);
    }
}
