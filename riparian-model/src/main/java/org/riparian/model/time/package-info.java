/** Calendars and time axes of a run: days, ten-day decades and months, seasons and hydrological years. */
package org.riparian.model.time;
