package io.macrodigest.analysis.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into windows the model sees whole: at most {@code maxWords} words each, cut after a sentence end
 * when one lies in the second half of a window, else at the word limit (a single very long sentence).
 */
final class TextWindows {

    private TextWindows() {
    }

    static List<String> split(String text, int maxWords) {
        String[] words = text.strip().split("\\s+");
        List<String> windows = new ArrayList<>();
        if (words.length == 0 || words[0].isEmpty()) {
            return windows;
        }
        int start = 0;
        while (start < words.length) {
            int end = Math.min(words.length, start + maxWords);
            if (end < words.length) {
                for (int i = end - 1; i > start + maxWords / 2; i--) {
                    if (endsSentence(words[i])) {
                        end = i + 1;
                        break;
                    }
                }
            }
            windows.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, end)));
            start = end;
        }
        return windows;
    }

    private static boolean endsSentence(String word) {
        char last = word.charAt(word.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
    }
}
