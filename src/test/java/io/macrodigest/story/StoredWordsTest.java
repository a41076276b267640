package io.macrodigest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class StoredWordsTest {

    @Test
    void wordsReadBackAsTheyWereStoredAndAreFoundWholeWithoutSplitting() {
        Set<String> words = new TreeSet<>(Set.of("deckhand", "ferry", "harwich", "pay"));
        Set<String> stored = StoredWords.of(StoredWords.join(words));
        assertTrue(stored.contains("ferry") && stored.contains("deckhand") && stored.contains("pay"));
        assertFalse(stored.contains("fer") || stored.contains("harwich pay") || stored.contains(""),
                "a part of a word, two words or nothing are not a word");
        assertEquals(words, stored);
        assertEquals(4, stored.size());
        assertEquals(Set.of(), StoredWords.of(null), "a row stored before V45 has no words");
        assertEquals(Set.of(), StoredWords.of(""));
    }
}
