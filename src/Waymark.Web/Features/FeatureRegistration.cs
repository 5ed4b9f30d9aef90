using Waymark.Web.Features.ApiClients;
using Waymark.Web.Features.Caseload;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Me;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.People;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Users;

namespace Waymark.Web.Features;

/// <summary>Registers the use cases and maps one API class per resource. New areas add a line to each.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<CreateOrganisation>().AddScoped<UpdateOrganisation>().AddScoped<OrganisationQueries>();
        services.AddScoped<CreateTeam>().AddScoped<UpdateTeam>().AddScoped<TeamQueries>();
        services.AddScoped<AddUser>().AddScoped<ChangeUser>().AddScoped<DisableUser>().AddScoped<EnableUser>().AddScoped<UserQueries>();
        services.AddScoped<IssueApiClient>().AddScoped<RevokeApiClient>().AddScoped<ApiClientQueries>();
        services.AddScoped<EpisodeAccess>().AddScoped<EpisodeHeaders>().AddScoped<PersonAccess>().AddScoped<FindMatchingPeople>().AddScoped<RegisterPerson>().AddScoped<GetPerson>().AddScoped<PeopleQueries>();
        services.AddScoped<CaseloadQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeatureApis(this IEndpointRouteBuilder app)
    {
        app.MapMeApi();
        app.MapOrganisationsApi();
        app.MapTeamsApi();
        app.MapPeopleApi();
        app.MapCaseloadApi();
        return app;
    }
}
