package com.tradefinder.gateway.binance.fake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Binance's SIGNED-endpoint signature, computed independently of the gateway's signer: lower-case hex of
 * HMAC-SHA256(secret, totalParams), where totalParams is the query string (without {@code signature}) directly
 * followed by the form body.
 * <p>
 * Not thread-safe (holds a {@link Mac}); the fake uses one per request.
 */
final class HmacSignature
{
    private final Mac mac;

    HmacSignature(final String secretKey)
    {
        try
        {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        }
        catch (final GeneralSecurityException ex)
        {
            throw new IllegalStateException("HmacSHA256 unavailable", ex);
        }
    }

    String sign(final String totalParams)
    {
        final byte[] digest = mac.doFinal(totalParams.getBytes(StandardCharsets.UTF_8));
        final StringBuilder hex = new StringBuilder(64);
        for (final byte b : digest)
        {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }

    /** Constant-time comparison, so the fake does not teach a client to rely on timing. */
    boolean verify(final String totalParams, final String signature)
    {
        return signature != null && MessageDigest.isEqual(sign(totalParams).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
    }
}
