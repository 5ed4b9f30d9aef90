using System.Net;
using System.Net.Http.Json;
using System.Text;
using Waymark.Domain.Staff;
using Waymark.Web.Tests.Infrastructure;

namespace Waymark.Web.Tests.Api;

/// <summary>
/// The API answers every error with RFC 9457 problem details: the right status, the field at fault, and never a
/// stack trace or an exception's type.
/// </summary>
public sealed class ApiProblems(SeededApp fixture) : IClassFixture<SeededApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<HttpClient> AdministratorAsync() => fixture.SignedInAsync(StaffRole.Administrator);

    [Fact]
    public async Task A_request_missing_required_fields_gets_400_naming_each_field()
    {
        var client = await AdministratorAsync();

        var response = await client.PostAsJsonAsync("/api/organisations", new { }, Cancel);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("kind, name", string.Join(", ", errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)));
        Assert.All(errors.EnumerateObject(), e => Assert.NotEmpty(e.Value.EnumerateArray()));
    }

    [Fact]
    public async Task A_GP_practice_without_an_ODS_code_gets_422_naming_the_ODS_code()
    {
        var client = await AdministratorAsync();

        var response = await client.PostAsJsonAsync("/api/organisations", new { name = "Codeless Surgery", kind = "GpPractice" }, Cancel);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Enter the ODS code", problem.GetProperty("errors").GetProperty("odsCode")[0].GetString());
    }

    [Fact]
    public async Task An_ODS_code_already_in_use_gets_422_naming_the_ODS_code()
    {
        var client = await AdministratorAsync();

        // TestData's first practice has Y10001; lower case must not slip past the check.
        var response = await client.PostAsJsonAsync("/api/organisations", new { name = "Copycat Surgery", kind = "GpPractice", odsCode = "y10001" }, Cancel);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Y10001", problem.GetProperty("errors").GetProperty("odsCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/organisations/{0}")]
    [InlineData("/api/teams/{0}")]
    public async Task A_record_that_does_not_exist_gets_404(string template)
    {
        var client = await AdministratorAsync();

        var response = await client.GetAsync(string.Format(template, Guid.NewGuid()), Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_update_to_a_record_that_does_not_exist_gets_404()
    {
        var client = await AdministratorAsync();

        var response = await client.PutAsJsonAsync($"/api/organisations/{Guid.NewGuid()}", new { name = "Nobody", kind = "Partner" }, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"name\": \"Broken\", \"kind\": ")]
    [InlineData("not json at all")]
    [InlineData("{\"name\": \"Wrong kind\", \"kind\": \"Hospital\"}")]
    [InlineData("{\"name\": 42, \"kind\": \"Partner\"}")]
    public async Task A_body_that_cannot_be_read_gets_400_not_500(string body)
    {
        var client = await AdministratorAsync();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/organisations", content, Cancel);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_address_that_is_not_part_of_the_API_gets_404()
    {
        var client = await AdministratorAsync();

        var response = await client.GetAsync("/api/nothing", Cancel);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
