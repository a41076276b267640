package io.macrodigest.ingest;

/**
 * A page or feed could not be fetched. {@code transientFailure} says whether trying again later may succeed
 * (timeouts, 5xx, 429) or not (404, refused address, wrong content type).
 */
public class FetchException extends RuntimeException {

    private final boolean transientFailure;

    public FetchException(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    public FetchException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
