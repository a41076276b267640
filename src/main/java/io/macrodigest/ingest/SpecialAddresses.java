package io.macrodigest.ingest;

import java.net.InetAddress;
import java.util.List;

/**
 * Which addresses the fetcher must never reach: every range of the IANA IPv4 and IPv6 special-purpose address
 * registries (RFC 6890 and its updates), plus multicast, and for IPv6 everything outside global unicast
 * 2000::/3. IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64's 64:ff9b::/96, 6to4 and Teredo) are
 * judged by the IPv4 address they lead to.
 */
final class SpecialAddresses {

    /** IPv4 ranges, most specific first where they nest, each with the reason given in a refusal. */
    private static final List<Range> IPV4 = ranges(
            "0.0.0.0/8", "this-network",
            "10.0.0.0/8", "private",
            "100.64.0.0/10", "carrier-grade NAT (shared)",
            "127.0.0.0/8", "loopback",
            "169.254.0.0/16", "link-local",
            "172.16.0.0/12", "private",
            "192.0.0.0/24", "IETF protocol assignment",
            "192.0.2.0/24", "documentation (TEST-NET-1)",
            "192.31.196.0/24", "AS112",
            "192.52.193.0/24", "AMT",
            "192.88.99.0/24", "6to4 relay anycast",
            "192.168.0.0/16", "private",
            "192.175.48.0/24", "AS112 direct delegation",
            "198.18.0.0/15", "benchmarking",
            "198.51.100.0/24", "documentation (TEST-NET-2)",
            "203.0.113.0/24", "documentation (TEST-NET-3)",
            "224.0.0.0/4", "multicast",
            "255.255.255.255/32", "broadcast",
            "240.0.0.0/4", "reserved");

    /** IPv6 ranges inside or beside global unicast; addresses outside 2000::/3 are refused by {@link #outside}. */
    private static final List<Range> IPV6 = ranges(
            "::/128", "unspecified",
            "::1/128", "loopback",
            "::/96", "IPv4-compatible (deprecated)",
            "64:ff9b:1::/48", "local-use IPv4/IPv6 translation",
            "100::/64", "discard-only",
            "100:0:0:1::/64", "dummy prefix",
            "2001:2::/48", "benchmarking",
            "2001:db8::/32", "documentation",
            "2001::/23", "IETF protocol assignment",
            "2620:4f:8000::/48", "AS112 direct delegation",
            "3fff::/20", "documentation",
            "5f00::/16", "segment routing (SRv6 SIDs)",
            "fc00::/7", "unique-local",
            "fe80::/10", "link-local",
            "fec0::/10", "site-local (deprecated)",
            "ff00::/8", "multicast");

    private static final Range MAPPED = Range.parse("::ffff:0:0/96", "IPv4-mapped");
    private static final Range NAT64 = Range.parse("64:ff9b::/96", "NAT64");
    private static final Range SIX_TO_FOUR = Range.parse("2002::/16", "6to4");
    private static final Range TEREDO = Range.parse("2001::/32", "Teredo");
    private static final Range GLOBAL_UNICAST = Range.parse("2000::/3", "global unicast");

    private SpecialAddresses() {
    }

    /** Why {@code address} must not be reached, or null when it is an ordinary public address. */
    static String refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return find(IPV4, b);
        }
        if (MAPPED.contains(b) || NAT64.contains(b)) {
            return embedded(b[12], b[13], b[14], b[15], MAPPED.contains(b) ? MAPPED : NAT64);
        }
        if (SIX_TO_FOUR.contains(b)) {
            return embedded(b[2], b[3], b[4], b[5], SIX_TO_FOUR);
        }
        if (TEREDO.contains(b)) {
            // the Teredo server's address in clear, the client's with every bit inverted
            String server = embedded(b[4], b[5], b[6], b[7], TEREDO);
            return server != null ? server : embedded((byte) ~b[12], (byte) ~b[13], (byte) ~b[14], (byte) ~b[15], TEREDO);
        }
        String special = find(IPV6, b);
        if (special != null) {
            return special;
        }
        return GLOBAL_UNICAST.contains(b) ? null : "reserved (outside IPv6 global unicast)";
    }

    private static String embedded(byte a, byte b, byte c, byte d, Range form) {
        String inner = find(IPV4, new byte[] { a, b, c, d });
        return inner == null ? null
                : inner + " (" + (a & 0xff) + "." + (b & 0xff) + "." + (c & 0xff) + "." + (d & 0xff) + " inside "
                        + form.reason() + ")";
    }

    private static String find(List<Range> ranges, byte[] address) {
        for (Range range : ranges) {
            if (range.contains(address)) {
                return range.reason();
            }
        }
        return null;
    }

    private static List<Range> ranges(String... cidrAndReason) {
        java.util.ArrayList<Range> out = new java.util.ArrayList<>();
        for (int i = 0; i < cidrAndReason.length; i += 2) {
            out.add(Range.parse(cidrAndReason[i], cidrAndReason[i + 1]));
        }
        return List.copyOf(out);
    }

    /** A network in CIDR notation; also the form of {@code digest.fetch.allowed-networks}. */
    record Range(byte[] network, int bits, String reason) {

        static Range parse(String cidr, String reason) {
            String[] parts = cidr.strip().split("/", 2);
            boolean ipv6 = parts[0].contains(":");
            WebHost host;
            try {
                host = WebHost.parse(ipv6 ? "[" + parts[0] + "]" : parts[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + cidr + "' is not an address or CIDR", e);
            }
            if (host.literal() == null) {
                throw new IllegalArgumentException("'" + cidr + "' is not an address or CIDR");
            }
            byte[] network = ipv6 ? sixteen(host.literal()) : host.literal().getAddress();
            int bits;
            try {
                bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length");
            }
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("'" + cidr + "' has no valid prefix length");
            }
            return new Range(network, bits, reason);
        }

        /** InetAddress turns ::ffff:a.b.c.d into an IPv4 address; a range must keep all 16 bytes. */
        private static byte[] sixteen(InetAddress address) {
            byte[] b = address.getAddress();
            if (b.length == 16) {
                return b;
            }
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(b, 0, mapped, 12, 4);
            return mapped;
        }

        boolean contains(InetAddress address) {
            return contains(address.getAddress());
        }

        boolean contains(byte[] a) {
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
