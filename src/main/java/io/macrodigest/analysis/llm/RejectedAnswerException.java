package io.macrodigest.analysis.llm;

/** The model answered, but not with anything usable; the embedded engine answers instead. */
class RejectedAnswerException extends RuntimeException {

    RejectedAnswerException(String message) {
        super(message);
    }
}
