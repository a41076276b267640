package io.macrodigest.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** A plain TCP connection, no proxy; tests replace it with one that refuses to leave loopback. */
@DefaultBean
@ApplicationScoped
public class DirectSocketOpener implements SocketOpener {

    @Override
    public Socket open(InetSocketAddress vetted, Duration connectTimeout) throws IOException {
        Socket socket = new Socket(java.net.Proxy.NO_PROXY);
        try {
            socket.connect(vetted, (int) Math.max(1, connectTimeout.toMillis()));
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }
}
