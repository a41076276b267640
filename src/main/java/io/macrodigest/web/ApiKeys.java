package io.macrodigest.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides whether a write may go through: the API's bearer header ({@link ApiKeyFilter}) and the key field of a
 * page's form both end here, so pages and API are protected alike. Keys are compared in constant time.
 */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> keyDigests;
    private final boolean openWithoutKeys;

    public ApiKeys(ApiConfig config) {
        this.keyDigests = config.apiKeys().orElse(List.of()).stream()
                .map(String::strip).filter(k -> !k.isEmpty()).map(ApiKeys::sha256).toList();
        this.openWithoutKeys = config.api().openWithoutKeys();
    }

    boolean configured() {
        return !keyDigests.isEmpty();
    }

    boolean open() {
        return keyDigests.isEmpty() && openWithoutKeys;
    }

    /** Throws the problem a write presenting {@code key} (null or blank for none) must answer, if any. */
    public void authorize(String key) {
        if (keyDigests.isEmpty()) {
            if (!openWithoutKeys) {
                throw new ApiProblem(403, "Writes disabled",
                        "No API key is configured on this server (DIGEST_API_KEYS), so writes are refused.");
            }
            return;
        }
        if (key == null || key.isBlank()) {
            throw new ApiProblem(401, "Unauthorized", "This change needs an API key.");
        }
        byte[] presented = sha256(key.strip());
        boolean match = false;
        for (byte[] known : keyDigests) {
            // no early exit: the time taken does not depend on which key matched
            match |= MessageDigest.isEqual(known, presented);
        }
        if (!match) {
            throw new ApiProblem(401, "Unauthorized", "The API key is not valid.");
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
