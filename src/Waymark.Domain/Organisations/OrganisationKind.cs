namespace Waymark.Domain.Organisations;

/// <summary>The kinds of organisation Waymark knows. Each kind decides which staff roles may belong to it.</summary>
public enum OrganisationKind
{
    /// <summary>Employs link workers and runs teams (a primary care network, a VCSE or council provider).</summary>
    Provider = 1,

    /// <summary>A GP practice, identified by its ODS code; its staff refer people.</summary>
    GpPractice = 2,

    /// <summary>A voluntary, community or social enterprise organisation that receives onward referrals.</summary>
    Partner = 3,

    /// <summary>Pays for the service and sees aggregate reports only.</summary>
    Commissioner = 4,
}
