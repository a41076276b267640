package io.macrodigest.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A small HTTP/1.1 client that connects to an address the {@link AddressGuard} vetted and nowhere else: the JDK's
 * HttpClient resolves a host itself when it connects, which would reopen the DNS-rebinding window the guard
 * closes. The request names the URL's host in {@code Host} and, over TLS, in SNI, and the certificate is checked
 * against that name. One GET per connection ({@code Connection: close}); a connect timeout, one deadline for the
 * whole exchange (every read waits at most until it), caps on the header and body sizes.
 */
@ApplicationScoped
public class PinnedHttpClient {

    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEAD = 64 * 1024;

    private final FetchConfig config;
    private final SocketOpener opener;
    private final SSLContext tls;

    @Inject
    public PinnedHttpClient(FetchConfig config, SocketOpener opener) {
        this(config, opener, defaultTls());
    }

    /** With the trust of {@code tls}: tests trust a certificate of their own. */
    PinnedHttpClient(FetchConfig config, SocketOpener opener, SSLContext tls) {
        this.config = config;
        this.opener = opener;
        this.tls = tls;
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no TLS implementation", e);
        }
    }

    /** A response with its body as sent (still compressed), at most {@code digest.fetch.max-body-size} bytes. */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
        }
    }

    public Reply get(VettedUrl target, Map<String, String> requestHeaders) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        WebUrl web = WebUrl.of(target.url());
        try (Socket socket = connect(target, deadline)) {
            Socket channel = target.https() ? tls(socket, target.host(), target.port(), deadline) : socket;
            OutputStream out = channel.getOutputStream();
            out.write(request(web, requestHeaders).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new java.io.BufferedInputStream(new DeadlineInput(channel, deadline), 8192);
            return read(in);
        } catch (SocketTimeoutException e) {
            throw new FetchException("no complete response from " + target.url() + " within "
                    + config.timeout().toSeconds() + "s", true, e);
        } catch (SSLException e) {
            throw new FetchException("TLS with " + target.host().name() + " failed: " + e.getMessage(), false, e);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FetchException("cannot fetch " + target.url() + ": " + reason, true, e);
        }
    }

    /** Tries the vetted addresses in the resolver's order until one accepts. */
    private Socket connect(VettedUrl target, long deadline) throws IOException {
        IOException last = null;
        for (InetAddress address : target.addresses()) {
            long left = remainingMillis(deadline);
            if (left <= 0) {
                break;
            }
            Duration timeout = Duration.ofMillis(Math.min(left, config.connectTimeout().toMillis()));
            try {
                return opener.open(new InetSocketAddress(address, target.port()), timeout);
            } catch (IOException e) {
                last = e;
            }
        }
        if (last instanceof SocketTimeoutException) {
            throw new FetchException("timed out connecting to " + target.host().name(), true, last);
        }
        throw new FetchException("cannot connect to " + target.host().name() + ": connection refused or unreachable",
                true, last);
    }

    private Socket tls(Socket socket, WebHost host, int port, long deadline) throws IOException {
        // the name (or IP literal) of the URL is what the certificate must prove, whatever address we reached
        String name = host.isDomain() ? host.name() : host.literal().getHostAddress();
        SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, name, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (host.isDomain()) {
            parameters.setServerNames(List.of(new SNIHostName(host.name())));
        }
        ssl.setSSLParameters(parameters);
        ssl.setSoTimeout((int) Math.max(1, remainingMillis(deadline)));
        ssl.startHandshake();
        return ssl;
    }

    private static String request(WebUrl url, Map<String, String> headers) {
        StringBuilder out = new StringBuilder("GET ").append(url.target()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.authority()).append("\r\n");
        headers.forEach((name, value) -> out.append(name).append(": ").append(value).append("\r\n"));
        return out.append("Connection: close\r\n\r\n").toString();
    }

    private Reply read(InputStream in) throws IOException {
        int[] headBytes = { 0 };
        while (true) {
            String statusLine = line(in, headBytes);
            int status = status(statusLine);
            Map<String, List<String>> headers = headers(in, headBytes);
            if (status >= 100 && status < 200) {
                continue;
            }
            byte[] body = status == 204 || status == 304 ? new byte[0] : body(in, headers);
            return new Reply(status, headers, body);
        }
    }

    private static int status(String line) {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || parts[1].length() != 3
                || !parts[1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new FetchException("malformed HTTP status line '" + abbreviate(line) + "'", false);
        }
        return Integer.parseInt(parts[1]);
    }

    private static Map<String, List<String>> headers(InputStream in, int[] headBytes) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String previous = null;
        for (String line = line(in, headBytes); !line.isEmpty(); line = line(in, headBytes)) {
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && previous != null) {
                // an obsolete folded continuation of the previous header
                List<String> values = headers.get(previous);
                values.set(values.size() - 1, values.getLast() + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new FetchException("malformed HTTP header line '" + abbreviate(line) + "'", false);
            }
            previous = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(previous, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return headers;
    }

    private byte[] body(InputStream in, Map<String, List<String>> headers) throws IOException {
        long max = config.maxBodySize().asLongValue();
        List<String> encodings = headers.getOrDefault("transfer-encoding", List.of());
        if (!encodings.isEmpty() && encodings.getLast().toLowerCase(Locale.ROOT).strip().endsWith("chunked")) {
            return chunked(in, max);
        }
        List<String> lengths = headers.getOrDefault("content-length", List.of());
        if (encodings.isEmpty() && !lengths.isEmpty()) {
            long length = contentLength(lengths);
            if (length > max) {
                throw tooLarge(max);
            }
            byte[] body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new FetchException("connection closed after " + body.length + " of " + length + " bytes", true);
            }
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(in, out, Long.MAX_VALUE, max);
        return out.toByteArray();
    }

    private static long contentLength(List<String> values) {
        String first = null;
        for (String value : values) {
            for (String part : value.split(",")) {
                String v = part.strip();
                if (first != null && !first.equals(v)) {
                    throw new FetchException("conflicting Content-Length headers", false);
                }
                first = v;
            }
        }
        if (first == null || first.isEmpty() || first.length() > 18 || !first.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new FetchException("malformed Content-Length '" + first + "'", false);
        }
        return Long.parseLong(first);
    }

    private static byte[] chunked(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] lineBytes = { 0 };
        while (true) {
            lineBytes[0] = 0;
            String sizeLine = line(in, lineBytes);
            String hex = sizeLine.split(";", 2)[0].strip();
            if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
                throw new FetchException("malformed chunk size '" + abbreviate(sizeLine) + "'", false);
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                // trailers, up to the empty line that ends the message
                while (!line(in, lineBytes).isEmpty()) {
                    // trailers carry nothing we use
                }
                return out.toByteArray();
            }
            if (out.size() + size > max) {
                throw tooLarge(max);
            }
            copy(in, out, size, max);
            if (!line(in, lineBytes).isEmpty()) {
                throw new FetchException("malformed chunk: no line end after its data", false);
            }
        }
    }

    /** Copies {@code count} bytes (or up to the end of the stream for Long.MAX_VALUE) without passing {@code max}. */
    private static void copy(InputStream in, ByteArrayOutputStream out, long count, long max) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (count != Long.MAX_VALUE) {
                    throw new FetchException("connection closed in the middle of the body", true);
                }
                return;
            }
            if (out.size() + (long) n > max) {
                throw tooLarge(max);
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** One line of the head, ended by LF (CR LF), counted against the head's cap. */
    private static String line(InputStream in, int[] headBytes) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new FetchException("connection closed before a complete response head", true);
            }
            if (++headBytes[0] > MAX_HEAD || line.size() > MAX_LINE) {
                throw new FetchException("response head is over the limit of " + MAX_HEAD + " bytes", false);
            }
            if (c == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(c);
        }
    }

    private static FetchException tooLarge(long max) {
        return new FetchException("response body is over the limit of " + max + " bytes", false);
    }

    private static String abbreviate(String line) {
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }

    private static long remainingMillis(long deadline) {
        return (deadline - System.nanoTime()) / 1_000_000;
    }

    /** Every read waits at most until the exchange's deadline, so a server dripping bytes cannot hold us longer. */
    private static final class DeadlineInput extends InputStream {

        private final Socket socket;
        private final InputStream in;
        private final long deadline;

        DeadlineInput(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            arm();
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            arm();
            return in.read(b, off, len);
        }

        private void arm() throws IOException {
            long left = remainingMillis(deadline);
            if (left <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
        }
    }
}
