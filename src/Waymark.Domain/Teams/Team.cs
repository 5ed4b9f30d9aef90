using Waymark.Domain.Common;
using Waymark.Domain.Organisations;

namespace Waymark.Domain.Teams;

/// <summary>
/// A team of link workers within a provider. It covers a set of GP practices: referrals from those practices come
/// to this team, and the team's staff may see the people referred.
/// </summary>
public sealed class Team : Entity
{
    public const int NameMaxLength = 120;

    private readonly List<TeamPractice> _practices = [];

    private Team()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public Guid ProviderId { get; private init; }

    public bool IsActive { get; private set; } = true;

    public DateTimeOffset CreatedAt { get; private init; }

    public IReadOnlyCollection<TeamPractice> Practices => _practices;

    public static Team Create(string? name, Organisation provider, DateTimeOffset now)
    {
        if (provider.Kind != OrganisationKind.Provider)
        {
            throw new DomainException("A team must belong to a provider organisation", nameof(ProviderId));
        }

        if (!provider.IsActive)
        {
            throw new DomainException("A team cannot be added to an inactive organisation", nameof(ProviderId));
        }

        return new Team
        {
            Name = Text.Required(name, nameof(Name), "the team name", NameMaxLength),
            ProviderId = provider.Id,
            CreatedAt = now,
        };
    }

    public void Rename(string? name) => Name = Text.Required(name, nameof(Name), "the team name", NameMaxLength);

    /// <summary>Replaces the practices this team covers. Every one must be an active GP practice.</summary>
    public void CoverPractices(IEnumerable<Organisation> practices)
    {
        var wanted = practices.DistinctBy(p => p.Id).ToList();
        if (wanted.FirstOrDefault(p => p.Kind != OrganisationKind.GpPractice) is { } notPractice)
        {
            throw new DomainException($"Only GP practices can be covered by a team ({notPractice.Id} is not one)", "PracticeIds");
        }

        _practices.RemoveAll(existing => wanted.All(p => p.Id != existing.PracticeId));
        foreach (var practice in wanted.Where(p => _practices.All(existing => existing.PracticeId != p.Id)))
        {
            if (!practice.IsActive)
            {
                throw new DomainException("An inactive practice cannot be covered", "PracticeIds");
            }

            _practices.Add(new TeamPractice(Id, practice.Id));
        }
    }

    public bool Covers(Guid practiceId) => _practices.Any(p => p.PracticeId == practiceId);

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}

/// <summary>A GP practice covered by a team.</summary>
public sealed record TeamPractice(Guid TeamId, Guid PracticeId);
