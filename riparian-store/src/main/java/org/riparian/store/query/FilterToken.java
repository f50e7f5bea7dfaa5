package org.riparian.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.riparian.store.InvalidInputException;

/** One token of a {@code $filter}: its kind, its text (a string literal unquoted) and where it starts and ends. */
record FilterToken(Kind kind, String text, int start, int end) {

    enum Kind { OPEN, CLOSE, COMMA, STRING, NUMBER, TIME, WORD }

    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern WORD = Pattern.compile("@?[A-Za-z_][A-Za-z0-9_./]*");

    boolean is(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    static List<FilterToken> scan(String text) {
        List<FilterToken> tokens = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new FilterToken(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COMMA, String.valueOf(c), at, at + 1));
                at++;
            } else if (c == '\'') {
                at = string(text, at, tokens);
            } else {
                at = matched(text, at, tokens);
            }
        }
        return tokens;
    }

    private static int string(String text, int start, List<FilterToken> tokens) {
        StringBuilder value = new StringBuilder();
        int at = start + 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\'') {
                if (at + 1 < text.length() && text.charAt(at + 1) == '\'') {
                    value.append('\'');
                    at += 2;
                    continue;
                }
                tokens.add(new FilterToken(Kind.STRING, value.toString(), start, at + 1));
                return at + 1;
            }
            value.append(c);
            at++;
        }
        throw new InvalidInputException("$filter", "the string starting at character " + (start + 1) + " is not closed with '");
    }

    private static int matched(String text, int start, List<FilterToken> tokens) {
        for (Map.Entry<Kind, Pattern> entry : List.of(Map.entry(Kind.TIME, TIME), Map.entry(Kind.NUMBER, NUMBER), Map.entry(Kind.WORD, WORD))) {
            Matcher matcher = entry.getValue().matcher(text).region(start, text.length());
            if (matcher.lookingAt()) {
                tokens.add(new FilterToken(entry.getKey(), matcher.group(), start, matcher.end()));
                return matcher.end();
            }
        }
        throw new InvalidInputException("$filter", "unexpected character '" + text.charAt(start) + "' at character " + (start + 1));
    }
}
