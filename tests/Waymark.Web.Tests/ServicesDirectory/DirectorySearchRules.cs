using Waymark.Domain.Directory;
using Waymark.Web.Features.ServicesDirectory;

namespace Waymark.Web.Tests.ServicesDirectory;

/// <summary>The in-memory parts of the directory search: distance, the bounding box and opening times.</summary>
public sealed class DirectorySearchRules
{
    private static readonly GeoPoint LeedsCentre = new(53.7965, -1.5478);
    private static readonly GeoPoint York = new(53.9590, -1.0815);

    [Fact]
    public void Distance_is_the_great_circle_distance_in_miles()
    {
        Assert.Equal(22.06, DirectorySearch.Miles(LeedsCentre, York), 2);
        Assert.Equal(0, DirectorySearch.Miles(York, York));
    }

    [Fact]
    public void The_bounding_box_holds_every_point_within_the_radius()
    {
        var box = BoundingBox.Around(LeedsCentre, 25);
        Assert.InRange(York.Latitude, box.MinLatitude, box.MaxLatitude);
        Assert.InRange(York.Longitude, box.MinLongitude, box.MaxLongitude);

        var small = BoundingBox.Around(LeedsCentre, 10);
        Assert.False(York.Longitude <= small.MaxLongitude && York.Latitude <= small.MaxLatitude);
    }

    [Fact]
    public void A_session_is_open_from_its_opening_time_up_to_its_closing_time()
    {
        var monday = new Schedule { ByDay = "MO", OpensAt = new(10, 0), ClosesAt = new(12, 0) };

        Assert.True(DirectorySearch.IsOpen(monday, DayOfWeek.Monday, null));
        Assert.True(DirectorySearch.IsOpen(monday, DayOfWeek.Monday, new(10, 0)));
        Assert.False(DirectorySearch.IsOpen(monday, DayOfWeek.Monday, new(12, 0)));
        Assert.False(DirectorySearch.IsOpen(monday, DayOfWeek.Tuesday, new(11, 0)));
    }

    [Fact]
    public void A_monthly_day_counts_as_that_weekday_and_missing_times_count_as_open()
    {
        var firstFriday = new Schedule { Freq = ScheduleFrequency.Monthly, ByDay = "1FR" };

        Assert.True(DirectorySearch.IsOpen(firstFriday, DayOfWeek.Friday, new(23, 0)));
        Assert.False(DirectorySearch.IsOpen(new Schedule { OpensAt = new(9, 0) }, DayOfWeek.Friday, null));
    }
}
