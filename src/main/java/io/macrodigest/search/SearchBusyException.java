package io.macrodigest.search;

/** Every search slot stayed taken for {@code digest.search.max-wait}: the pod is past what it can answer in time. */
public class SearchBusyException extends RuntimeException {

    public SearchBusyException() {
        super("Too many searches are in progress", null, false, false);
    }
}
