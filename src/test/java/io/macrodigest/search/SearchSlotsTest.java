package io.macrodigest.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SearchSlotsTest {

    @Test
    void waitingSearchesTakeTheirTurnInOrderOfArrival() throws Exception {
        SearchSlots slots = new SearchSlots(1, Duration.ofSeconds(30));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        Thread first = Thread.ofVirtual().start(() -> slots.run(() -> {
            holding.countDown();
            await(release);
            return 0;
        }));
        holding.await();
        Thread[] waiting = new Thread[5];
        for (int i = 0; i < waiting.length; i++) {
            int n = i;
            waiting[i] = Thread.ofPlatform().start(() -> slots.run(() -> order.add(n)));
            // each waiter is queued before the next one starts
            while (slots.queued() < n + 1) {
                Thread.onSpinWait();
            }
        }
        release.countDown();
        first.join();
        for (Thread t : waiting) {
            t.join();
        }
        assertEquals(List.of(0, 1, 2, 3, 4), order);
        assertEquals(1, slots.available());
    }

    @Test
    void aSearchThatWouldWaitTooLongIsRefusedAndTheSlotIsNotLost() throws Exception {
        SearchSlots slots = new SearchSlots(1, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = Thread.ofVirtual().start(() -> slots.run(() -> {
            holding.countDown();
            await(release);
            return 0;
        }));
        holding.await();
        assertThrows(SearchBusyException.class, () -> slots.run(() -> 1));
        release.countDown();
        first.join();
        assertEquals(2, slots.run(() -> 2));
        assertThrows(IllegalStateException.class, () -> slots.run(() -> {
            throw new IllegalStateException("failed search");
        }));
        assertEquals(1, slots.available(), "a failed search gives its slot back");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
