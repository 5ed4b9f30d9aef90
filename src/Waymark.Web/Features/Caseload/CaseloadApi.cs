using System.Security.Claims;
using Waymark.Domain.Episodes;
using Waymark.Domain.Staff;
using Waymark.Web.Infrastructure.Auth;

namespace Waymark.Web.Features.Caseload;

/// <summary>/api/caseload: a link worker's caseload; senior link workers may ask for their team or one of its workers.</summary>
public static class CaseloadApi
{
    public static IEndpointRouteBuilder MapCaseloadApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/caseload", async (
                ClaimsPrincipal user, CaseloadQuery query, Guid? workerId, bool? team, bool? overdueOnly, bool? noContactOnly, bool? measuresDueOnly,
                SupportIntensity? intensity, EpisodeStatus? status, string? search, CaseloadSort? sort, bool? descending,
                int? page, int? pageSize, CancellationToken ct) =>
            {
                var criteria = new CaseloadCriteria(
                    overdueOnly ?? false, noContactOnly ?? false, intensity, status, search, workerId, sort ?? CaseloadSort.Name,
                    descending ?? false, page, pageSize, measuresDueOnly ?? false);
                var others = team == true || (workerId is { } id && id != user.UserId());
                if (!others)
                {
                    return Results.Ok(await query.ForWorkerAsync(user, criteria, ct));
                }

                return user.IsInRole(StaffRoles.Name(StaffRole.SeniorLinkWorker))
                    ? Results.Ok(await query.ForTeamAsync(user, criteria, ct))
                    : Results.Problem(
                        statusCode: StatusCodes.Status403Forbidden, title: "Only senior link workers can see other link workers' caseloads",
                        detail: "Leave out workerId and team to see your own caseload.");
            })
            .WithTags("Caseload")
            .RequireAuthorization(Policies.LinkWorker)
            .WithSummary("Lists a link worker's caseload")
            .WithDescription("The people allocated to you (allocated or active), each with the last contact, the last contact that " +
                "reached them, when the next contact is due by their contact plan, overdue and no-contact flags (UK dates), " +
                "intensity, open goals, and the wellbeing measures due or overdue by the programme's schedule (measuresDue; " +
                "measuresDueOnly=true keeps only people with one). summary counts the whole caseload; items is one page of it after the filters. " +
                "Senior link workers may pass team=true for their whole team, or workerId for one worker of their team. " +
                "sort: Name, NextDue, LastContact, Intensity, Status or Worker.");
        return app;
    }
}
