using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Domain.Organisations;
using Waymark.Domain.Staff;
using Waymark.Testing;
using Waymark.Web.Features.ApiClients;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Referrals;

/// <summary>
/// The seeded app (North team covers Riverside; Hilltop is covered by nobody) plus Parkside Surgery, covered by a
/// second team and with a referrer of its own, and a referrer at uncovered Hilltop. The public form is served by two
/// more hosts over the same database: one with a generous rate limit for the form's tests, one with a limit of 2.
/// </summary>
public sealed partial class ReferralsApp : SeededAppFixture
{
    public const int StrictLimit = 2;

    private int _counter;

    public Guid ParkPracticeId { get; private set; }

    public Guid ParkTeamId { get; private set; }

    public TestUser ParkReferrer { get; private set; } = null!;

    public TestUser HilltopReferrer { get; private set; } = null!;

    /// <summary>The app with a rate limit no test reaches.</summary>
    public WebApplicationFactory<Program> Public { get; private set; } = null!;

    /// <summary>The app with a rate limit of <see cref="StrictLimit"/> submissions.</summary>
    public WebApplicationFactory<Program> Strict { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        ParkPracticeId = await App.AddOrganisationAsync("Parkside Surgery", OrganisationKind.GpPractice, "Y10003");
        ParkTeamId = await App.AddTeamAsync("Park team", Data.ProviderId, [ParkPracticeId]);
        ParkReferrer = await App.AddUserAsync("park.referrer@test.waymark.example", ParkPracticeId, null, StaffRole.Referrer, "Park Referrer");
        HilltopReferrer = await App.AddUserAsync("hilltop.referrer@test.waymark.example", Data.OtherPracticeId, null, StaffRole.Referrer, "Hilltop Referrer");
        Public = App.WithWebHostBuilder(b => b.UseSetting("SelfReferral:PermitLimit", "100000"));
        Strict = App.WithWebHostBuilder(b => b.UseSetting("SelfReferral:PermitLimit", StrictLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>A client with no cookies from earlier tests, of the main app or one of the rate-limited hosts.</summary>
    public HttpClient Anonymous(WebApplicationFactory<Program> app) =>
        Track(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<HttpClient> NewApiClientAsync()
    {
        var (_, key) = await App.WithScopeAsync(services => services.GetRequiredService<IssueApiClient>()
            .ExecuteAsync($"GP system {Next()}", Data.ProviderId, Data.User(StaffRole.Administrator).Id, TestContext.Current.CancellationToken));
        return WithApiKey(key);
    }

    public int Next() => Interlocked.Increment(ref _counter);

    /// <summary>A family name unique within the app.</summary>
    public string Family(string stem) => $"{stem}{Next():D3}";

    public Task<int> ReferralCountAsync() => WithDbAsync(db => db.Referrals.CountAsync(TestContext.Current.CancellationToken));

    /// <summary>The fields of a complete referral form; change or remove some to test a rule.</summary>
    public static List<(string Name, string Value)> Form(string familyName, string? nhsNumber, string givenName = "Alex", string day = "14", string month = "3", string year = "1958") =>
    [
        ("Input.NhsNumber", nhsNumber ?? string.Empty),
        ("Input.GivenName", givenName),
        ("Input.FamilyName", familyName),
        ("Input.DateOfBirthDay", day),
        ("Input.DateOfBirthMonth", month),
        ("Input.DateOfBirthYear", year),
        ("Input.Phone", "07700 900982"),
        ("Input.Email", string.Empty),
        ("Input.Needs", "LonelinessAndIsolation"),
        ("Input.Words[LonelinessAndIsolation]", "Has not left the house much since her husband died"),
        ("Input.Needs", "MoneyAndBenefits"),
        ("Input.Urgency", "Soon"),
        ("Input.PersonAgreed", "true"),
        ("Input.Notes", "Prefers calls after 10am"),
    ];

    /// <summary>
    /// Fills in the public form as a person would: fetches it (antiforgery and timing tokens), waits
    /// <paramref name="typing"/> on the app's clock, then sends it.
    /// </summary>
    public async Task<HttpResponseMessage> SelfReferAsync(
        HttpClient client, IEnumerable<(string Name, string Value)> fields, TimeSpan? typing = null, string? website = null, string? formToken = null)
    {
        var html = await client.GetStringAsync("/refer-yourself", TestContext.Current.CancellationToken);
        var antiforgery = AntiforgeryPattern().Match(html).Groups[1].Value;
        var token = formToken ?? FormTokenPattern().Match(html).Groups[1].Value;
        App.Clock.Advance(typing ?? TimeSpan.FromSeconds(30));
        var body = fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", antiforgery))
            .Append(KeyValuePair.Create("FormToken", token))
            .Append(KeyValuePair.Create("Website", website ?? string.Empty));
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync("/refer-yourself", content, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();

    [GeneratedRegex("name=\"FormToken\" value=\"([^\"]*)\"")]
    private static partial Regex FormTokenPattern();
}
