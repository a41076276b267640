package io.macrodigest.ingest;

/** The URL leads to an address the service must not reach: a private, loopback or otherwise internal one. */
public class RefusedAddressException extends FetchException {

    public RefusedAddressException(String message) {
        super(message, false);
    }
}
