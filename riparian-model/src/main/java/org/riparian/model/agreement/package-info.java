/**
 * Agreements between riparian countries as data: withdrawal limits, minimum flows across borders, terminal inflows,
 * reservoir filling and release schedules, and energy deliveries per month, each with its parties, the period it binds
 * in and a tolerance.
 */
package org.riparian.model.agreement;
