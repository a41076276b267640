package io.macrodigest.extract;

/** The page cannot be turned into an article: not HTML, over the time budget, or nothing readable in it. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
