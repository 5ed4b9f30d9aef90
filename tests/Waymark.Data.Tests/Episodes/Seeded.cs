using Waymark.Domain.People;
using Waymark.Domain.Programmes;
using Waymark.Domain.Referrals;
using Waymark.Domain.Teams;

namespace Waymark.Data.Tests.Episodes;

/// <summary>What an episode points at, saved so the foreign keys hold: two referrals, for a re-referral.</summary>
internal sealed record Seeded(Person Person, Team Team, Programme Programme, Referral Referral, Referral ReReferral);
