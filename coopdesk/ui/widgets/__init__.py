"""Reusable widgets of the window (charts drawn with QPainter)."""

from coopdesk.ui.widgets.chart import BarChart, DonutChart, render_image

__all__ = ["BarChart", "DonutChart", "render_image"]
