using Microsoft.EntityFrameworkCore;
using Waymark.Domain.Conversations;
using static Waymark.Data.Tests.Episodes.EpisodePersistenceTests;

namespace Waymark.Data.Tests.Conversations;

/// <summary>A "what matters to me" conversation comes back in the person's words with their ratings, and the audit holds none of it.</summary>
public sealed class ConversationPersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 12, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.Parse("0190d5a4-0000-7000-8000-0000000000bb");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_conversation_reads_back_with_every_word_and_rating(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        var conversation = Full(episode.Id);
        await using (var db = database.CreateContext())
        {
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var loaded = await read.Conversations.SingleAsync(c => c.Id == conversation.Id, ct);
        Assert.Equal((episode.Id, conversation.At, Worker, Now), (loaded.EpisodeId, loaded.At, loaded.RecordedBy, loaded.RecordedAt));
        Assert.Equal(
            (conversation.WhatMatters, conversation.StrengthsAndWhatIsGoingWell, conversation.WhatTheyWouldLikeToBeDifferent, LifeDomain.SocialConnection),
            (loaded.WhatMatters, loaded.StrengthsAndWhatIsGoingWell, loaded.WhatTheyWouldLikeToBeDifferent, loaded.StartingDomain));
        Assert.Equal(conversation.Ratings, loaded.Ratings);
        Assert.Equal(3, loaded.Ratings.Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Conversation_writes_are_audited_without_the_person_s_words(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var episode = await SeedEpisodeAsync(database);
        await using (var db = database.CreateContext())
        {
            db.Conversations.Add(Full(episode.Id));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.CreateContext();
        var types = await read.AuditEvents.Select(e => e.RecordType).ToListAsync(ct);
        Assert.Contains(nameof(Conversation), types);
        var everything = string.Join('|', await read.AuditEvents.Select(e => e.RecordType + e.RecordId + e.Fields + e.ActorId).ToListAsync(ct));
        foreach (var secret in new[] { "grandchildren", "choir", "stairs", "landlord" })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static Conversation Full(Guid episodeId) => Conversation.Record(
        episodeId,
        Now.AddHours(-2),
        new ConversationWords("Seeing my grandchildren more", "Still sings in the choir", "Not struggling with the stairs"),
        [
            LifeDomainRating.Of(LifeDomain.Housing, 2, "The landlord will not fix the damp"),
            LifeDomainRating.Of(LifeDomain.SocialConnection, 3),
            LifeDomainRating.Of(LifeDomain.PhysicalHealth, 1, "Knees"),
        ],
        LifeDomain.SocialConnection,
        Worker,
        Now);
}
