"""The chart rules the GUI draws with, without Qt: distinct series styles, the line nearest a point on screen."""

from __future__ import annotations

from relais_desk.reports import stats_charts


def test_series_get_every_colour_then_every_colour_dashed() -> None:
    styles = stats_charts.series_styles(30)
    assert [c for c, _d in styles[:12]] == list(stats_charts.PALETTE) and {d for _c, d in styles[:12]} == {"solid"}
    assert {d for _c, d in styles[12:24]} == {"dash"} and styles[24] == (stats_charts.PALETTE[0], "dot")
    assert len(set(styles)) == 30


def test_the_nearest_line_is_measured_to_its_segments_not_its_points_or_box() -> None:
    steep = [(0.0, 0.0), (100.0, 300.0)]  # its bounding box holds the cursor; its points are far
    flat = [(0.0, 160.0), (40.0, 160.0), (100.0, 160.0)]
    assert stats_charts.nearest_line([steep, flat], (50.0, 162.0)) == (1, 1)
    assert stats_charts.nearest_line([steep, flat], (50.0, 140.0)) == (0, 0)  # the segment passes at (50, 150)
    assert stats_charts.nearest_line([[], [(5.0, 5.0)]], (0.0, 0.0)) == (1, 0)  # a single point counts
    assert stats_charts.nearest_line([[], []], (0.0, 0.0)) is None
