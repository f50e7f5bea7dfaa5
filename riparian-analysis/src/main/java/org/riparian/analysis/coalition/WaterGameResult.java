package org.riparian.analysis.coalition;

import java.util.List;
import java.util.Map;

/**
 * The coalition game of a basin, million US$, with what a split needs beside it: each player's benefit in the go-alone
 * regime and under the grand coalition's plan (the cooperative outcome that transfers start from), and the water each
 * player's demands receive under that plan (hm³ over the season). {@code engineRuns} counts the season plans run.
 */
public record WaterGameResult(Game game, List<String> ownersUpstreamFirst, Map<String, Double> goAloneMusd,
        Map<String, Double> cooperativeMusd, Map<String, Double> waterUseHm3, int engineRuns, long wallNanos) {
}
