package io.macrodigest.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** The one place the fetcher opens a TCP connection, always to an address the {@link AddressGuard} vetted. */
@FunctionalInterface
public interface SocketOpener {

    Socket open(InetSocketAddress vetted, Duration connectTimeout) throws IOException;
}
