using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Waymark.Domain.Common;
using Waymark.Domain.Staff;
using Waymark.Web.Features.Measures.Outcomes;
using Waymark.Web.Infrastructure.Auth;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.Measures;

/// <summary>
/// Team and service outcomes: for each measure, how many people improved, were unchanged or were worse between
/// their baseline and latest review, in protected counts. Senior link workers see their team, service managers their
/// provider's teams, commissioners every team. Never by worker.
/// </summary>
[Authorize(Policy = Policies.OutcomeReaders)]
public sealed class OutcomesModel(MeasureOutcomeQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? TeamId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ProgrammeId { get; set; }

    /// <summary>Baselines from this date (yyyy-MM-dd, a date input).</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public OutcomeReport Report { get; private set; } = default!;

    public string BackLink => User.IsInRole(StaffRoles.Name(StaffRole.ServiceManager)) ? "/service"
        : User.IsInRole(StaffRoles.Name(StaffRole.Commissioner)) ? "/reports"
        : "/team";

    public IReadOnlyList<Option> TeamOptions => [.. Report.Teams.Select(t => new Option(t.Id.ToString(), t.Name))];

    public IReadOnlyList<Option> ProgrammeOptions => [.. Report.Programmes.Select(p => new Option(
        p.Id.ToString(), Report.Teams.Count > 1 ? $"{p.Name} ({Report.Teams.FirstOrDefault(t => t.Id == p.TeamId)?.Name})" : p.Name))];

    public InputField FromField => new(nameof(From), "Baseline from (optional)", From) { Type = "date", WidthClass = "nhsuk-input--width-10" };

    public InputField ToField => new(nameof(To), "Baseline to (optional)", To) { Type = "date", WidthClass = "nhsuk-input--width-10" };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var from = ReadDate(From, nameof(From), "the start of the period");
        var to = ReadDate(To, nameof(To), "the end of the period");
        if (from > to)
        {
            ModelState.AddModelError(nameof(To), "The end of the period must be on or after its start");
        }

        Report = await queries.ReportAsync(
            User, ModelState.IsValid ? new OutcomeCriteria(TeamId, ProgrammeId, from, to) : new OutcomeCriteria(TeamId, ProgrammeId), cancellationToken);
    }

    /// <summary>"12 (40%)", "fewer than 5", "0".</summary>
    public static string Shown(ProtectedCount count, int? share) => share is { } percent && count.Value > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{count} ({percent}%)")
        : count.ToString();

    private DateOnly? ReadDate(string? text, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        ModelState.AddModelError(field, $"Enter {what} as a date, like 2027-03-27");
        return null;
    }
}
