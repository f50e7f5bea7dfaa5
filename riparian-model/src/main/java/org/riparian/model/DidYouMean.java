package org.riparian.model;

import java.util.Collection;
import java.util.Optional;

/** Suggests the known name closest to a misspelt one, so that {@code toktgul} points at {@code toktogul}. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate within a few edits (a third of the word, at least one), if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        int allowed = Math.max(1, word.length() / 3);
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            int distance = distance(word.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean toktogul?)" or nothing: ready to append to a message. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> " (did you mean " + c + "?)").orElse("");
    }

    /** Edit distance counting a swap of neighbours as one edit (optimal string alignment): "scr" is one from "src". */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
