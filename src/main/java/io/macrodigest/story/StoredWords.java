package io.macrodigest.story;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of a stored article as the store reads them, one space-separated text: only the rule's last step
 * (rare words) reads them, so a word is looked up in the text and the text split only when iterated (the best
 * candidate's words). Splitting some 80 words of each of 1,600 candidates on every find, as a text array did,
 * tripled the time to find a story.
 */
final class StoredWords extends AbstractSet<String> {

    /** The stored text with a space at each end, so that a word is found as " word ". */
    private final String padded;
    private Set<String> words;

    private StoredWords(String joined) {
        this.padded = " " + joined.strip() + " ";
    }

    /** The words as stored: {@link #join}ed, or null (a row stored before V45: no words). */
    static Set<String> of(String joined) {
        return joined == null || joined.isBlank() ? Set.of() : new StoredWords(joined);
    }

    /** How the words are stored: content stems have no spaces. */
    static String join(Set<String> words) {
        return String.join(" ", words);
    }

    private Set<String> words() {
        if (words == null) {
            words = new TreeSet<>(Arrays.asList(padded.strip().split(" +")));
        }
        return words;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String word && !word.isEmpty() && word.indexOf(' ') < 0
                && padded.contains(" " + word + " ");
    }

    @Override
    public Iterator<String> iterator() {
        return Collections.unmodifiableSet(words()).iterator();
    }

    @Override
    public int size() {
        return words().size();
    }
}
