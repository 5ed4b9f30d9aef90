using Waymark.Domain.Common;
using Waymark.Domain.Measures;

namespace Waymark.Domain.Tests.Measures;

public sealed class InvitationRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.NewGuid();

    private static (QuestionnaireInvitation Invitation, string Token) Sent(TimeSpan? validFor = null) =>
        QuestionnaireInvitation.Create(BuiltInQuestionnaires.Ons4, Guid.NewGuid(), Guid.NewGuid(), "sam@example.com", Worker, Now, validFor);

    [Fact]
    public void A_new_link_is_open_and_accepts_its_own_token_while_only_its_hash_is_stored()
    {
        var (invitation, token) = Sent();

        Assert.Equal(InvitationStatus.Open, invitation.StatusAt(Now));
        Assert.True(invitation.Accepts(token, Now));
        Assert.Equal(64, invitation.TokenHash.Length);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal(QuestionnaireInvitation.HashOf(token), invitation.TokenHash);
    }

    [Fact]
    public void The_token_is_at_least_256_bits_of_url_safe_base64()
    {
        var (_, token) = Sent();

        Assert.Equal(43, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Two_links_never_share_a_token()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => Sent().Token).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(50, tokens.Count);
    }

    [Fact]
    public void A_link_expires_after_seven_days_by_default()
    {
        var (invitation, token) = Sent();

        Assert.Equal(Now.AddDays(7), invitation.ExpiresAt);
        Assert.True(invitation.Accepts(token, Now.AddDays(7).AddSeconds(-1)));
        Assert.False(invitation.Accepts(token, Now.AddDays(7)));
        Assert.Equal(InvitationStatus.Expired, invitation.StatusAt(Now.AddDays(7)));
        Assert.Throws<DomainException>(() => invitation.Use(token, Guid.NewGuid(), Now.AddDays(8)));
    }

    [Fact]
    public void A_service_can_set_how_long_a_link_lasts_within_an_hour_to_90_days()
    {
        var (invitation, _) = Sent(TimeSpan.FromDays(2));
        Assert.Equal(Now.AddDays(2), invitation.ExpiresAt);

        Assert.Equal("A link must last from 1 hour to 90 days",
            Assert.Throws<DomainException>(() => Sent(TimeSpan.FromMinutes(30))).Message);
        Assert.Throws<DomainException>(() => Sent(TimeSpan.FromDays(91)));
    }

    [Fact]
    public void A_link_works_once()
    {
        var (invitation, token) = Sent();
        var response = Guid.NewGuid();

        invitation.Use(token, response, Now.AddHours(1));

        Assert.Equal((InvitationStatus.Used, response, Now.AddHours(1)), (invitation.StatusAt(Now.AddHours(2)), invitation.ResponseId, invitation.UsedAt));
        Assert.False(invitation.Accepts(token, Now.AddHours(2)));
        Assert.Throws<DomainException>(() => invitation.Use(token, Guid.NewGuid(), Now.AddHours(2)));
    }

    [Fact]
    public void A_withdrawn_link_cannot_be_used_nor_withdrawn_again()
    {
        var (invitation, token) = Sent();
        var manager = Guid.NewGuid();

        invitation.Withdraw(manager, Now.AddHours(1));

        Assert.Equal((InvitationStatus.Withdrawn, manager), (invitation.StatusAt(Now.AddHours(1)), invitation.WithdrawnBy));
        Assert.False(invitation.Accepts(token, Now.AddHours(1)));
        Assert.Throws<DomainException>(() => invitation.Use(token, Guid.NewGuid(), Now.AddHours(2)));
        Assert.Equal("This link has already been withdrawn",
            Assert.Throws<DomainException>(() => invitation.Withdraw(manager, Now.AddHours(2))).Message);
    }

    [Fact]
    public void A_used_link_cannot_be_withdrawn()
    {
        var (invitation, token) = Sent();
        invitation.Use(token, Guid.NewGuid(), Now.AddHours(1));

        Assert.Equal("This link has already been answered, so it cannot be withdrawn",
            Assert.Throws<DomainException>(() => invitation.Withdraw(Worker, Now.AddHours(2))).Message);
    }

    [Fact]
    public void A_wrong_token_never_matches()
    {
        var (invitation, token) = Sent();
        var (_, other) = Sent();
        var changed = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        Assert.False(invitation.Accepts(other, Now));
        Assert.False(invitation.Accepts(changed, Now));
        Assert.False(invitation.Accepts(string.Empty, Now));
        Assert.False(invitation.Accepts(null, Now));
        Assert.False(invitation.Accepts(invitation.TokenHash, Now));
        Assert.Throws<DomainException>(() => invitation.Use(other, Guid.NewGuid(), Now));
        Assert.Null(invitation.UsedAt);
    }

    [Fact]
    public void Only_an_active_questionnaire_can_be_sent_to_a_real_email_address()
    {
        var draft = QuestionnaireDefinition.Create(
            "https://example.org/fhir/Questionnaire/draft", "1", "Draft", [QuestionnaireItem.Scale("a", "How?", 0, 10, banding: Banding.Of(ScoreDirection.HigherIsBetter, 1))],
            ScoringRule.PerItem());

        Assert.Equal("Only an active questionnaire can be sent",
            Assert.Throws<DomainException>(() => QuestionnaireInvitation.Create(draft, Guid.NewGuid(), null, "sam@example.com", Worker, Now)).Message);
        Assert.Equal("Enter an email address to send the link to",
            Assert.Throws<DomainException>(() => QuestionnaireInvitation.Create(BuiltInQuestionnaires.Ons4, Guid.NewGuid(), null, " ", Worker, Now)).Message);
        Assert.Equal("Email", Assert.Throws<DomainException>(() =>
            QuestionnaireInvitation.Create(BuiltInQuestionnaires.Ons4, Guid.NewGuid(), null, "not an address", Worker, Now)).Field);
    }
}
