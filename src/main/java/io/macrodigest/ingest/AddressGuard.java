package io.macrodigest.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the fetcher from being turned against the network it runs in (SSRF): a URL is fetched only when it is
 * http(s) and every address its host resolves to is public. Checked before the first request and on every
 * redirect hop. Networks listed in {@code digest.fetch.allowed-networks} are let through (tests reach their
 * loopback fixture server that way).
 */
@ApplicationScoped
public class AddressGuard {

    private final List<Cidr> allowed;

    public AddressGuard(FetchConfig config) {
        this.allowed = config.allowedNetworks().orElse(List.of()).stream().map(Cidr::parse).toList();
    }

    /** Throws a permanent {@link FetchException} naming the reason when {@code url} must not be fetched. */
    public void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddressException("refused: only http and https URLs can be fetched, not '" + url + "'");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new RefusedAddressException("refused: URL has no host: '" + url + "'");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot resolve host '" + host + "'", true, e);
        }
        for (InetAddress address : addresses) {
            String reason = refusal(address);
            if (reason != null && allowed.stream().noneMatch(c -> c.contains(address))) {
                throw new RefusedAddressException("refused: " + host + " resolves to " + address.getHostAddress()
                        + ", a " + reason + " address");
            }
        }
    }

    /** Why an address is not public, or null when it is. */
    static String refusal(InetAddress address) {
        InetAddress a = unmapped(address);
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isSiteLocalAddress()) {
            return "private";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "unspecified";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "carrier-grade NAT";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "benchmarking";
            }
            if (first >= 240) {
                return "reserved";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "unique-local";
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return "site-local";
            }
        }
        return null;
    }

    /**
     * IPv6 addresses that carry an IPv4 address are judged by it: IPv4-mapped and -compatible (::ffff:a.b.c.d),
     * NAT64's well-known prefix (64:ff9b::/96, which a NAT64 gateway turns into a.b.c.d) and 6to4
     * (2002:aabb:ccdd::/48, relayed to a.b.c.d).
     */
    private static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = zeros(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && (b[12] != 0 || b[13] != 0);
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zeros(b, 4, 12);
        if (mapped || compatible || nat64) {
            return ipv4(b[12], b[13], b[14], b[15]);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return ipv4(b[2], b[3], b[4], b[5]);
        }
        return address;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] { a, b, c, d });
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    record Cidr(byte[] network, int bits) {

        static Cidr parse(String cidr) {
            String[] parts = cidr.strip().split("/", 2);
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
                return new Cidr(network, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("digest.fetch.allowed-networks: '" + cidr + "' is not an address or CIDR", e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
