using Waymark.Domain.Staff;

namespace Waymark.Web.Infrastructure.Auth;

/// <summary>
/// Every page and endpoint names one of these. They say who may come in; what each person may then see is scoped
/// in the query itself (their team, practice or organisation).
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in member of staff, whatever their role (their own account, the home page).</summary>
    public const string SignedIn = nameof(SignedIn);

    /// <summary>A signed-in member of staff or an API client (reference data such as organisations).</summary>
    public const string StaffOrApiClient = nameof(StaffOrApiClient);

    /// <summary>A system calling the API with a key.</summary>
    public const string ApiClient = nameof(ApiClient);

    public const string LinkWorker = nameof(LinkWorker);
    public const string SeniorLinkWorker = nameof(SeniorLinkWorker);
    public const string ServiceManager = nameof(ServiceManager);
    public const string Referrer = nameof(Referrer);
    public const string Partner = nameof(Partner);
    public const string Commissioner = nameof(Commissioner);
    public const string Administrator = nameof(Administrator);

    /// <summary>Those who work with people's records: link workers, senior link workers and service managers.</summary>
    public const string CaseWorkers = nameof(CaseWorkers);

    /// <summary>Those who search the directory and read listings: case workers, and partners (who also maintain their own).</summary>
    public const string DirectoryReaders = nameof(DirectoryReaders);

    /// <summary>Those who maintain listings: service managers (all of them) and partners (their own organisation's).</summary>
    public const string DirectoryEditors = nameof(DirectoryEditors);

    /// <summary>Those who read the service gap register in counts: service managers (their provider's teams) and commissioners (all).</summary>
    public const string GapReaders = nameof(GapReaders);

    /// <summary>Those who read team and service outcome shares in counts: senior link workers (their team), service managers (their provider's teams) and commissioners (all).</summary>
    public const string OutcomeReaders = nameof(OutcomeReaders);

    /// <summary>The roles each role policy admits: a senior link worker also does a link worker's work.</summary>
    public static IReadOnlyDictionary<string, StaffRole[]> RolePolicies { get; } = new Dictionary<string, StaffRole[]>
    {
        [LinkWorker] = [StaffRole.LinkWorker, StaffRole.SeniorLinkWorker],
        [SeniorLinkWorker] = [StaffRole.SeniorLinkWorker],
        [ServiceManager] = [StaffRole.ServiceManager],
        [Referrer] = [StaffRole.Referrer],
        [Partner] = [StaffRole.Partner],
        [Commissioner] = [StaffRole.Commissioner],
        [Administrator] = [StaffRole.Administrator],
        [CaseWorkers] = [StaffRole.LinkWorker, StaffRole.SeniorLinkWorker, StaffRole.ServiceManager],
        [DirectoryReaders] = [StaffRole.LinkWorker, StaffRole.SeniorLinkWorker, StaffRole.ServiceManager, StaffRole.Partner],
        [DirectoryEditors] = [StaffRole.ServiceManager, StaffRole.Partner],
        [GapReaders] = [StaffRole.ServiceManager, StaffRole.Commissioner],
        [OutcomeReaders] = [StaffRole.SeniorLinkWorker, StaffRole.ServiceManager, StaffRole.Commissioner],
    };
}
