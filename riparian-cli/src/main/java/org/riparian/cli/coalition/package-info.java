/**
 * {@code riparian shapley}: the coalition game of a basin's countries, its Shapley value and nucleolus, the core check
 * of each sharing rule and the transfers that reach it, as tables, JSON and CSV.
 */
package org.riparian.cli.coalition;
