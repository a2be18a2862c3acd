package com.tradefinder.gateway.binance.rest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The independent signature computation the tests compare against: {@code javax.crypto.Mac} HMAC-SHA256, hex.
 */
public final class SignatureCheck
{
    private SignatureCheck()
    {
    }

    /**
     * @param secret  the API secret bytes.
     * @param payload totalParams as sent.
     * @return lowercase hex HMAC-SHA256.
     * @throws Exception when the JVM lacks HmacSHA256.
     */
    public static String hmac(final byte[] secret, final byte[] payload) throws Exception
    {
        final Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        final StringBuilder hex = new StringBuilder();
        for (final byte b : mac.doFinal(payload))
        {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }
}
