/**
 * The decade bulletin in the layout water managers know, per river basin: withdrawals against limits per country and
 * canal, deliveries and the inflow to the Aral Sea against the agreements, reservoirs against plan and schedule,
 * energy deliveries per month, and the breaches with their attribution; one set of tables rendered as a
 * self-contained HTML page, a PDF (OpenPDF) and CSV.
 */
package org.riparian.server.bulletin;
