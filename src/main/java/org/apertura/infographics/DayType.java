package org.apertura.infographics;

/** How the days of a step's deadline are counted: business days (días hábiles) or calendar days (naturales). */
@org.apertura.platform.web.Labels("norm.days")
public enum DayType {
    BUSINESS,
    CALENDAR
}
