package org.rollcall.attendance.statistics.population;

import java.util.List;

/** The weekly trend and the day-of-week pattern of a window. */
public record Trends(List<TrendPoint> weekly, List<TrendPoint> dayOfWeek) {}
