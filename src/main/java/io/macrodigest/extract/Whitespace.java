package io.macrodigest.extract;

import java.util.regex.Pattern;

/** Text as metadata shows it: every run of whitespace, no-break spaces included, as one space. */
final class Whitespace {

    private static final Pattern RUN = Pattern.compile("[\\s\\u00a0]+");

    private Whitespace() {
    }

    /** The text collapsed and stripped, or null when nothing is left. */
    static String collapse(String s) {
        if (s == null) {
            return null;
        }
        String collapsed = RUN.matcher(s).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }
}
