package io.macrodigest.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** The operating system's resolver; tests put one of their own in its place so no test name reaches real DNS. */
@DefaultBean
@ApplicationScoped
public class SystemHostResolver implements HostResolver {

    @Override
    public List<InetAddress> resolve(String domain) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(domain));
    }
}
