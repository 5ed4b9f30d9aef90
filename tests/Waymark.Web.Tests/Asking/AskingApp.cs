using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Waymark.Domain.Episodes;
using Waymark.Domain.Organisations;
using Waymark.Domain.People;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.Measures.Asking;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Asking;

/// <summary>
/// The seeded app plus people just outside each scope (a link worker of another team of the provider, a service
/// manager of another provider), people with and without an email address, and the messages in the file outbox.
/// The link rate limit is raised here so many tests can share one app; <see cref="QuestionnaireLinkRateLimits"/>
/// tests the real limit on its own app.
/// </summary>
public sealed partial class AskingApp : SeededAppFixture
{
    public TestUser OtherTeamWorker { get; private set; } = null!;

    public TestUser OtherProviderManager { get; private set; } = null!;

    public Guid WorkerId => Data.User(StaffRole.LinkWorker).Id;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        App.Services.GetRequiredService<IOptions<AskingOptions>>().Value.PermitLimit = 100_000;
        var otherTeam = await App.AddTeamAsync("South team", Data.ProviderId);
        OtherTeamWorker = await App.AddUserAsync("south.worker@test.waymark.example", Data.ProviderId, otherTeam, StaffRole.LinkWorker, "South Worker");
        var provider = await App.AddOrganisationAsync("Eastfield Community Links", OrganisationKind.Provider);
        OtherProviderManager = await App.AddUserAsync("east.manager@test.waymark.example", provider, null, StaffRole.ServiceManager, "East Manager");
    }

    /// <summary>A person in the North team held by the seeded link worker, with this email address and digital access.</summary>
    public async Task<TestCase> CaseAsync(string? email, DigitalAccess access = DigitalAccess.Internet, EpisodeStatus stage = EpisodeStatus.Active)
    {
        var person = await App.CaseAtAsync(Data.TeamId, stage, WorkerId);
        await WithDbAsync(async db =>
        {
            var record = await db.People.SingleAsync(p => p.Id == person.PersonId, TestContext.Current.CancellationToken);
            record.ChangeContactDetails(null, email);
            record.ChangeCommunicationNeeds(CommunicationNeeds.Create(null, false, null, null, true, false, false, default, default, access));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return person;
    }

    /// <summary>The messages the file outbox wrote, oldest first.</summary>
    public IReadOnlyList<string> Messages() => Directory.Exists(App.OutboxFolder)
        ? [.. Directory.GetFiles(App.OutboxFolder, "*.eml").OrderBy(File.GetLastWriteTimeUtc).Select(File.ReadAllText)]
        : [];

    /// <summary>The token in the newest message sent to this address.</summary>
    public string LatestTokenFor(string email)
    {
        var message = Messages().Last(m => m.Contains($"To: {email}\r\n", StringComparison.Ordinal));
        return LinkPattern().Match(message).Groups[1].Value;
    }

    /// <summary>An email address no other test uses.</summary>
    public static string NewEmail() => $"person.{Guid.NewGuid():N}@example.com";

    [GeneratedRegex("/q/([A-Za-z0-9_-]{43})")]
    public static partial Regex LinkPattern();
}
