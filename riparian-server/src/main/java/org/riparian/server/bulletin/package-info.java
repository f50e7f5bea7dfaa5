/**
 * The decade bulletin in the layout water managers know: withdrawals against limits per country and canal, deliveries
 * and the inflow to the Aral seas against the agreements, reservoirs against plan and schedule, and the breaches with
 * their attribution; one set of tables rendered as a self-contained HTML page, a PDF (OpenPDF) and CSV.
 */
package org.riparian.server.bulletin;
