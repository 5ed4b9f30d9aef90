using Waymark.Domain.Common;
using Waymark.Domain.Referrals;

namespace Waymark.Domain.Tests.Referrals;

public sealed class ReferralRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid PracticeId = Guid.CreateVersion7();
    private static readonly Guid ReferrerId = Guid.CreateVersion7();
    private static readonly Guid PersonId = Guid.CreateVersion7();
    private static readonly ReferralNeed[] Lonely = [ReferralNeed.Of(NeedCategory.LonelinessAndIsolation, "  Lives alone since her husband died ")];

    private static Referral FromPractice(
        IEnumerable<ReferralNeed>? needs = null, bool agreed = true, Guid? practiceId = null, string? key = null, string? notes = null) =>
        Referral.FromPractice(practiceId ?? PracticeId, ReferrerId, PersonId, needs ?? Lonely, agreed, Urgency.Routine, Now, key, notes);

    [Fact]
    public void A_practice_referral_records_who_referred_whom_and_why()
    {
        var referral = FromPractice(key: " abc-123 ", notes: " Prefers mornings ");

        Assert.Equal(ReferralSource.Practice, referral.Source);
        Assert.Equal(PracticeId, referral.ReferringOrganisationId);
        Assert.Equal(ReferrerId, referral.ReferrerUserId);
        Assert.Equal(PersonId, referral.PersonId);
        Assert.True(referral.PersonAgreed);
        Assert.Equal(Now, referral.ReceivedAt);
        Assert.Equal("abc-123", referral.IdempotencyKey);
        Assert.Equal("Prefers mornings", referral.ReferrerNotes);
        var need = Assert.Single(referral.Needs);
        Assert.Equal(NeedCategory.LonelinessAndIsolation, need.Category);
        Assert.Equal("Lives alone since her husband died", need.InTheirWords);
    }

    [Fact]
    public void A_referral_without_the_persons_agreement_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => FromPractice(agreed: false));
        Assert.Equal("Check the person has agreed to be referred", error.Message);
        Assert.Equal(nameof(Referral.PersonAgreed), error.Field);
    }

    [Fact]
    public void A_practice_referral_needs_the_practice()
    {
        var error = Assert.Throws<DomainException>(() => FromPractice(practiceId: Guid.Empty));
        Assert.Equal("Choose the GP practice making the referral", error.Message);
    }

    [Fact]
    public void A_referral_needs_at_least_one_need()
    {
        Assert.Equal("Choose at least one need", Assert.Throws<DomainException>(() => FromPractice(needs: [])).Message);
    }

    [Fact]
    public void A_referral_cannot_name_an_endless_list_of_needs()
    {
        var many = Enumerable.Range(0, Referral.MaxNeeds + 1).Select(_ => ReferralNeed.Of(NeedCategory.Food));
        Assert.Throws<DomainException>(() => FromPractice(needs: many));
    }

    [Fact]
    public void An_other_need_must_say_what_it_is()
    {
        var error = Assert.Throws<DomainException>(() => ReferralNeed.Of(NeedCategory.Other, "  "));
        Assert.Equal("Enter what the other need is", error.Message);
        Assert.Equal("Needs", error.Field);
        Assert.Equal("Pet care", ReferralNeed.Of(NeedCategory.Other, "Pet care").InTheirWords);
    }

    [Fact]
    public void Other_needs_may_be_left_without_words()
    {
        Assert.Null(ReferralNeed.Of(NeedCategory.Debt, " ").InTheirWords);
    }

    [Fact]
    public void A_need_in_their_words_is_bounded()
    {
        var tooLong = new string('a', ReferralNeed.InTheirWordsMaxLength + 1);
        Assert.Throws<DomainException>(() => ReferralNeed.Of(NeedCategory.Debt, tooLong));
    }

    [Fact]
    public void An_unknown_need_category_is_refused()
    {
        Assert.Throws<DomainException>(() => ReferralNeed.Of((NeedCategory)99));
    }

    [Fact]
    public void The_idempotency_key_and_notes_are_bounded()
    {
        Assert.Throws<DomainException>(() => FromPractice(key: new string('k', Referral.IdempotencyKeyMaxLength + 1)));
        Assert.Throws<DomainException>(() => FromPractice(notes: new string('n', Referral.ReferrerNotesMaxLength + 1)));
    }

    [Fact]
    public void A_referral_must_name_the_person_and_the_referrer()
    {
        Assert.Throws<DomainException>(() =>
            Referral.FromPractice(PracticeId, ReferrerId, Guid.Empty, Lonely, true, Urgency.Routine, Now));
        Assert.Throws<DomainException>(() =>
            Referral.FromPractice(PracticeId, Guid.Empty, PersonId, Lonely, true, Urgency.Routine, Now));
    }

    [Fact]
    public void An_unknown_urgency_is_refused()
    {
        Assert.Throws<DomainException>(() =>
            Referral.FromPractice(PracticeId, ReferrerId, PersonId, Lonely, true, (Urgency)9, Now));
    }

    [Fact]
    public void A_self_referral_has_no_referrer_and_counts_as_agreed()
    {
        var referral = Referral.SelfReferral(PersonId, Lonely, Urgency.Soon, Now);

        Assert.Equal(ReferralSource.Self, referral.Source);
        Assert.Null(referral.ReferrerUserId);
        Assert.Null(referral.ReferringOrganisationId);
        Assert.True(referral.PersonAgreed);
        Assert.Equal(Urgency.Soon, referral.Urgency);
    }

    [Theory]
    [InlineData(ReferralSource.OtherProfessional)]
    [InlineData(ReferralSource.OutreachList)]
    [InlineData(ReferralSource.Partner)]
    public void Other_professionals_refer_with_an_optional_organisation(ReferralSource source)
    {
        var referral = Referral.FromProfessional(source, null, ReferrerId, PersonId, Lonely, true, Urgency.Urgent, Now);
        Assert.Equal(source, referral.Source);
        Assert.Null(referral.ReferringOrganisationId);
        Assert.Equal(ReferrerId, referral.ReferrerUserId);
    }

    [Theory]
    [InlineData(ReferralSource.Practice)]
    [InlineData(ReferralSource.Self)]
    public void Practice_and_self_referrals_must_use_their_own_factories(ReferralSource source)
    {
        Assert.Throws<DomainException>(() =>
            Referral.FromProfessional(source, null, ReferrerId, PersonId, Lonely, true, Urgency.Routine, Now));
    }

    [Fact]
    public void A_professional_referral_also_needs_the_persons_agreement()
    {
        var error = Assert.Throws<DomainException>(() =>
            Referral.FromProfessional(ReferralSource.Partner, null, ReferrerId, PersonId, Lonely, false, Urgency.Routine, Now));
        Assert.Equal("Check the person has agreed to be referred", error.Message);
    }
}
