package io.tollgate.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints RS256 bearer tokens signed with the committed development key ({@code dev-only-keys/}).
 * JDK only, so {@code make token} runs it as a single source file without a build:
 * {@code java libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java screener alice}.
 * Never for production: the key is public.
 */
public final class DevTokens {

    /** The issuer the %dev and %test profiles of every service expect. */
    public static final String ISSUER = "https://tollgate.dev/dev-only";

    private DevTokens() {
    }

    /** A token for {@code user} with the given roles, valid for one hour. */
    public static String token(String user, String... roles) {
        return token(user, List.of(roles), 3600);
    }

    /** A token for {@code user} with the given roles and lifetime (negative: already expired). */
    public static String token(String user, List<String> roles, long lifetimeSeconds) {
        try {
            return sign(user, roles, lifetimeSeconds, readPrivateKey(devKeyDir().resolve("privateKey.pem")));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a dev token: " + e.getMessage(), e);
        }
    }

    /**
     * A token issued {@code issuedInSeconds} from now (negative: in the past) and valid for {@code lifetimeSeconds}
     * after that: for tests of the lifetime rules (a token issued in the future, one valid for years).
     */
    public static String tokenIssuedAt(String user, List<String> roles, long issuedInSeconds, long lifetimeSeconds) {
        try {
            return sign(user, roles, Instant.now().getEpochSecond() + issuedInSeconds, lifetimeSeconds,
                    readPrivateKey(devKeyDir().resolve("privateKey.pem")));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a dev token: " + e.getMessage(), e);
        }
    }

    static String sign(String user, List<String> roles, long lifetimeSeconds, PrivateKey key)
            throws GeneralSecurityException {
        return sign(user, roles, Instant.now().getEpochSecond(), lifetimeSeconds, key);
    }

    static String sign(String user, List<String> roles, long now, long lifetimeSeconds, PrivateKey key)
            throws GeneralSecurityException {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String groups = roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        String payload = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + user + "\",\"upn\":\"" + user + "\","
                + "\"groups\":[" + groups + "],\"iat\":" + now + ",\"exp\":" + (now + lifetimeSeconds)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
    }

    static PrivateKey readPrivateKey(Path pem) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** The {@code dev-only-keys} folder, found by walking up from the working directory. */
    public static Path devKeyDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("dev-only-keys");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no dev-only-keys folder above " + Path.of("").toAbsolutePath());
    }

    /** {@code make token}: prints a token. Arguments: roles (comma-separated) and user. */
    public static void main(String[] args) {
        if (args.length < 1 || args[0].isBlank()) {
            System.err.println("usage: DevTokens <role>[,<role>...] [user] [lifetime-seconds]");
            System.exit(2);
        }
        List<String> roles = Arrays.stream(args[0].split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String user = args.length > 1 && !args[1].isBlank() ? args[1] : "dev-user";
        long lifetime = args.length > 2 ? Long.parseLong(args[2]) : 8 * 3600;
        System.out.println(token(user, roles, lifetime));
    }
}
