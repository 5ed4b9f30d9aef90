using Waymark.Domain.Common;
using Waymark.Domain.Conversations;

namespace Waymark.Domain.Tests.Conversations;

public sealed class ConversationRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid EpisodeId = Guid.CreateVersion7();
    private static readonly Guid WorkerId = Guid.CreateVersion7();

    private static Conversation Record(
        ConversationWords? words = null, LifeDomainRating[]? ratings = null, LifeDomain? start = null, DateTimeOffset? at = null) =>
        Conversation.Record(EpisodeId, at ?? Now, words ?? new ConversationWords("Seeing my grandchildren"), ratings ?? [], start, WorkerId, Now);

    [Fact]
    public void A_conversation_keeps_the_persons_words()
    {
        var conversation = Record(new ConversationWords(" Seeing my grandchildren ", " Good with my hands ", " Less time indoors "));

        Assert.Equal("Seeing my grandchildren", conversation.WhatMatters);
        Assert.Equal("Good with my hands", conversation.StrengthsAndWhatIsGoingWell);
        Assert.Equal("Less time indoors", conversation.WhatTheyWouldLikeToBeDifferent);
        Assert.Equal((EpisodeId, WorkerId, Now), (conversation.EpisodeId, conversation.RecordedBy, conversation.RecordedAt));
        Assert.Null(conversation.StartingDomain);
    }

    [Fact]
    public void The_life_domains_are_in_the_agreed_order()
    {
        Assert.Equal(
            [
                LifeDomain.PhysicalHealth, LifeDomain.MentalWellbeing, LifeDomain.SocialConnection, LifeDomain.Money, LifeDomain.Housing,
                LifeDomain.WorkAndVolunteering, LifeDomain.Caring, LifeDomain.Lifestyle, LifeDomain.DigitalAccess,
            ],
            Enum.GetValues<LifeDomain>());
    }

    [Fact]
    public void Ratings_alone_are_enough_and_are_kept_in_domain_order()
    {
        var conversation = Record(
            new ConversationWords(null),
            [LifeDomainRating.Of(LifeDomain.Money, 2, " Bills worry me "), LifeDomainRating.Of(LifeDomain.PhysicalHealth, 4)],
            start: LifeDomain.Money);

        Assert.Null(conversation.WhatMatters);
        Assert.Equal([LifeDomain.PhysicalHealth, LifeDomain.Money], conversation.Ratings.Select(r => r.Domain));
        Assert.Equal("Bills worry me", conversation.RatingFor(LifeDomain.Money)?.Notes);
        Assert.Null(conversation.RatingFor(LifeDomain.Housing));
        Assert.Equal(LifeDomain.Money, conversation.StartingDomain);
    }

    [Fact]
    public void A_conversation_with_neither_what_matters_nor_a_rating_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Record(new ConversationWords("  ", "Strong family")));
        Assert.Equal("Enter what matters to the person, or at least one rating", error.Message);
        Assert.Equal(nameof(Conversation.WhatMatters), error.Field);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Ratings_run_from_1_to_5(int score)
    {
        Assert.Equal(score, LifeDomainRating.Of(LifeDomain.Housing, score).Score);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Ratings_outside_1_to_5_are_refused(int score)
    {
        Assert.Equal("Ratings must be from 1 to 5", Assert.Throws<DomainException>(() => LifeDomainRating.Of(LifeDomain.Housing, score)).Message);
    }

    [Fact]
    public void Each_area_of_life_is_rated_once()
    {
        LifeDomainRating[] twice = [LifeDomainRating.Of(LifeDomain.Caring, 2), LifeDomainRating.Of(LifeDomain.Caring, 3)];
        Assert.Equal("Rate each area of life only once", Assert.Throws<DomainException>(() => Record(ratings: twice)).Message);
    }

    [Fact]
    public void The_persons_words_are_bounded()
    {
        var tooLong = new string('w', Conversation.WordsMaxLength + 1);
        Assert.Throws<DomainException>(() => Record(new ConversationWords(tooLong)));
        Assert.Throws<DomainException>(() => Record(new ConversationWords("ok", tooLong)));
        Assert.Throws<DomainException>(() => Record(new ConversationWords("ok", null, tooLong)));
        Assert.Throws<DomainException>(() => LifeDomainRating.Of(LifeDomain.Money, 3, new string('n', LifeDomainRating.NotesMaxLength + 1)));
    }

    [Fact]
    public void A_conversation_cannot_be_in_the_future()
    {
        Assert.Equal(Now.AddMinutes(5), Record(at: Now.AddMinutes(5)).At);
        Assert.Throws<DomainException>(() => Record(at: Now.AddMinutes(6)));
    }

    [Fact]
    public void Unknown_areas_of_life_are_refused()
    {
        Assert.Throws<DomainException>(() => LifeDomainRating.Of((LifeDomain)42, 3));
        Assert.Throws<DomainException>(() => Record(start: (LifeDomain)42));
    }

    [Fact]
    public void A_conversation_must_belong_to_an_episode_and_say_who_recorded_it()
    {
        var words = new ConversationWords("Family");
        Assert.Throws<DomainException>(() => Conversation.Record(Guid.Empty, Now, words, [], null, WorkerId, Now));
        Assert.Throws<DomainException>(() => Conversation.Record(EpisodeId, Now, words, [], null, Guid.Empty, Now));
    }
}
