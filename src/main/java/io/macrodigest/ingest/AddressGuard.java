package io.macrodigest.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the fetcher from being turned against the network it runs in (SSRF): a URL is fetched only when it is
 * http(s), its host parses as browsers parse it, and every address the host resolves to is outside the IANA
 * special-purpose ranges ({@link SpecialAddresses}). The host is resolved here once; the fetcher connects to the
 * vetted addresses and never resolves again, on the first request and on every redirect hop. Networks listed in
 * {@code digest.fetch.allowed-networks} are let through (tests reach their loopback fixture server that way).
 */
@ApplicationScoped
public class AddressGuard {

    private final List<SpecialAddresses.Range> allowed;
    private final HostResolver resolver;

    public AddressGuard(FetchConfig config, HostResolver resolver) {
        this.resolver = resolver;
        this.allowed = config.allowedNetworks().orElse(List.of()).stream().map(AddressGuard::allowedNetwork).toList();
    }

    /**
     * The URL with the addresses to connect to; a {@link RefusedAddressException} when it must not be fetched,
     * a transient {@link FetchException} when its host cannot be resolved now.
     */
    public VettedUrl vet(URI url) {
        WebUrl web = parse(url);
        List<InetAddress> addresses = addresses(url, web.host());
        for (InetAddress address : addresses) {
            refuseIfInternal(url, web.host(), address);
        }
        return new VettedUrl(web.toUri(), web.host(), web.effectivePort(), addresses);
    }

    /**
     * The check made when a URL is registered for later fetching: refused when it is not a web URL or its host
     * leads into the internal network now; a host that does not resolve yet passes (each fetch vets it again).
     */
    public void refuseInternal(URI url) {
        try {
            vet(url);
        } catch (RefusedAddressException e) {
            throw e;
        } catch (FetchException e) {
            // not resolvable now: nothing to refuse yet
        }
    }

    private static WebUrl parse(URI url) {
        try {
            return WebUrl.of(url);
        } catch (IllegalArgumentException e) {
            throw new RefusedAddressException("refused: " + e.getMessage());
        }
    }

    private List<InetAddress> addresses(URI url, WebHost host) {
        if (!host.isDomain()) {
            return List.of(host.literal());
        }
        try {
            List<InetAddress> addresses = resolver.resolve(host.name());
            if (addresses.isEmpty()) {
                throw new UnknownHostException(host.name());
            }
            return List.copyOf(addresses);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot resolve host '" + host.name() + "' of " + url, true, e);
        }
    }

    private void refuseIfInternal(URI url, WebHost host, InetAddress address) {
        String reason = SpecialAddresses.refusal(address);
        if (reason == null || allowed.stream().anyMatch(range -> range.contains(address))) {
            return;
        }
        String spelled = url.getRawAuthority() == null ? host.name() : url.getRawAuthority();
        String leads = host.isDomain() ? "resolves to " + address.getHostAddress() + ","
                : spelled.contains(host.name()) ? "is" : "is the address " + address.getHostAddress() + ",";
        throw new RefusedAddressException("refused: host '" + spelled + "' " + leads + " a " + reason + " address");
    }

    private static SpecialAddresses.Range allowedNetwork(String cidr) {
        try {
            return SpecialAddresses.Range.parse(cidr, "allowed");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("digest.fetch.allowed-networks: " + e.getMessage(), e);
        }
    }
}
