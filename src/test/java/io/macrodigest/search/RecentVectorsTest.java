package io.macrodigest.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class RecentVectorsTest {

    /** Article i has a vector dated i seconds after the epoch, except the ids listed as without one. */
    private static final class Store implements Function<List<Long>, Map<Long, RecentVectors.Stored>> {
        final List<List<Long>> reads = new ArrayList<>();
        final List<Long> without;

        Store(Long... without) {
            this.without = List.of(without);
        }

        @Override
        public Map<Long, RecentVectors.Stored> apply(List<Long> ids) {
            reads.add(List.copyOf(ids));
            Map<Long, RecentVectors.Stored> out = new HashMap<>();
            ids.stream().filter(id -> !without.contains(id))
                    .forEach(id -> out.put(id, new RecentVectors.Stored(new float[] { id }, Instant.ofEpochSecond(id))));
            return out;
        }
    }

    @Test
    void readsEachVectorOnceAndRemembersArticlesWithout() {
        RecentVectors memory = new RecentVectors(100, Long.MAX_VALUE);
        Store store = new Store(3L);
        assertEquals(2, memory.of(List.of(1L, 2L, 3L), store).size());
        Map<Long, RecentVectors.Stored> again = memory.of(List.of(1L, 2L, 3L, 4L), store);
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of(4L)), store.reads, "only the new id is read");
        assertEquals(3, again.size());
        assertFalse(again.containsKey(3L), "no vector, and not asked for again");
        assertEquals(4f, again.get(4L).vector()[0]);
    }

    @Test
    void readsAgainOnceAnEntryIsOlderThanItsMaxAge() {
        RecentVectors memory = new RecentVectors(100, 0);
        Store store = new Store();
        memory.of(List.of(1L), store);
        memory.of(List.of(1L), store);
        assertEquals(2, store.reads.size());
    }

    @Test
    void keepsNoneWithoutCapacityAndDropsTheOldestArticlesWhenFull() {
        Store store = new Store();
        RecentVectors none = new RecentVectors(0, Long.MAX_VALUE);
        none.of(List.of(1L), store);
        none.of(List.of(1L), store);
        assertEquals(2, store.reads.size(), "off: every search reads its vectors");

        RecentVectors memory = new RecentVectors(10, Long.MAX_VALUE);
        Store counted = new Store();
        List<Long> eleven = new ArrayList<>();
        for (long id = 1; id <= 11; id++) {
            eleven.add(id);
        }
        memory.of(eleven, counted);
        memory.of(List.of(11L, 10L, 3L, 1L), counted);
        assertEquals(List.of(1L), counted.reads.get(1), "past ten, the two oldest went; the rest stayed");
        assertTrue(memory.of(List.of(11L), counted).containsKey(11L));
    }
}
