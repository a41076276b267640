package io.macrodigest.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Looks a domain up once; the fetcher then connects only to the addresses this answered and the guard vetted. */
@FunctionalInterface
public interface HostResolver {

    List<InetAddress> resolve(String domain) throws UnknownHostException;
}
