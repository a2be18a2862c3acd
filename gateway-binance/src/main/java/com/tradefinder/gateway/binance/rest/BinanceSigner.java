package com.tradefinder.gateway.binance.rest;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Signs Binance SIGNED requests: {@code signature = lowercase hex(HMAC-SHA256(secretKey, totalParams))}, where
 * {@code totalParams} is the query string concatenated directly with the form body, exactly the bytes sent.
 * <p>
 * HMAC (RFC 2104) is computed over a reused SHA-256 {@link MessageDigest} rather than {@code javax.crypto.Mac},
 * because {@code Mac.doFinal} allocates a fresh array on every call (48 bytes on JDK 17) and order signing must not
 * allocate; the tests check every signature against {@code javax.crypto.Mac}. The secret is kept only as the two
 * padded key blocks, is never logged and never appears in {@link #toString()}.
 * <p>
 * Not thread-safe: one instance per signing thread.
 */
public final class BinanceSigner
{
    /** Length of a signature in hex characters. */
    public static final int SIGNATURE_LENGTH = 64;

    private static final int BLOCK_LENGTH = 64;
    private static final int DIGEST_LENGTH = 32;
    private static final int CHUNK_LENGTH = 512;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest sha256;
    private final byte[] innerPad = new byte[BLOCK_LENGTH];
    private final byte[] outerPad = new byte[BLOCK_LENGTH];
    private final byte[] digest = new byte[DIGEST_LENGTH];
    private final byte[] chunk = new byte[CHUNK_LENGTH];

    /**
     * @param secretKey the API secret as its ASCII bytes; copied, so the caller may wipe its array.
     */
    public BinanceSigner(final byte[] secretKey)
    {
        if (secretKey == null || secretKey.length == 0)
        {
            throw new IllegalArgumentException("the API secret is empty");
        }
        try
        {
            sha256 = MessageDigest.getInstance("SHA-256");
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
        final byte[] key = secretKey.length > BLOCK_LENGTH ? sha256.digest(secretKey) : secretKey;
        for (int i = 0; i < BLOCK_LENGTH; i++)
        {
            final byte k = i < key.length ? key[i] : 0;
            innerPad[i] = (byte)(k ^ 0x36);
            outerPad[i] = (byte)(k ^ 0x5c);
        }
    }

    /**
     * Signs {@code totalParams} and writes the signature as 64 lowercase hex characters. Allocation-free.
     *
     * @param payload   holding the exact bytes sent (query string then form body).
     * @param offset    of the payload.
     * @param length    of the payload.
     * @param dst       where the hex signature goes.
     * @param dstOffset of the signature.
     * @return {@link #SIGNATURE_LENGTH}.
     */
    public int sign(
        final DirectBuffer payload,
        final int offset,
        final int length,
        final MutableDirectBuffer dst,
        final int dstOffset)
    {
        sha256.reset();
        sha256.update(innerPad, 0, BLOCK_LENGTH);
        final byte[] array = payload.byteArray();
        if (array != null)
        {
            sha256.update(array, payload.wrapAdjustment() + offset, length);
        }
        else
        {
            for (int done = 0; done < length; )
            {
                final int part = Math.min(CHUNK_LENGTH, length - done);
                payload.getBytes(offset + done, chunk, 0, part);
                sha256.update(chunk, 0, part);
                done += part;
            }
        }
        finish(dst, dstOffset);
        return SIGNATURE_LENGTH;
    }

    /**
     * Signs text; for cold paths (venue set-up, queries, tests). Allocates.
     *
     * @param totalParams the query string then the form body, as sent.
     * @return the signature in lowercase hex.
     */
    public String sign(final CharSequence totalParams)
    {
        final UnsafeBuffer payload = new UnsafeBuffer(totalParams.toString().getBytes(StandardCharsets.UTF_8));
        final UnsafeBuffer hex = new UnsafeBuffer(new byte[SIGNATURE_LENGTH]);
        sign(payload, 0, payload.capacity(), hex, 0);
        return hex.getStringWithoutLengthAscii(0, SIGNATURE_LENGTH);
    }

    private void finish(final MutableDirectBuffer dst, final int dstOffset)
    {
        try
        {
            sha256.digest(digest, 0, DIGEST_LENGTH);
            sha256.update(outerPad, 0, BLOCK_LENGTH);
            sha256.update(digest, 0, DIGEST_LENGTH);
            sha256.digest(digest, 0, DIGEST_LENGTH);
        }
        catch (final DigestException ex)
        {
            throw new IllegalStateException("SHA-256 refused a 32-byte output", ex);
        }
        for (int i = 0; i < DIGEST_LENGTH; i++)
        {
            final int b = digest[i] & 0xFF;
            dst.putByte(dstOffset + 2 * i, HEX[b >>> 4]);
            dst.putByte(dstOffset + 2 * i + 1, HEX[b & 0xF]);
        }
        Arrays.fill(digest, (byte)0);
    }

    @Override
    public String toString()
    {
        return "BinanceSigner[HMAC-SHA256, secret hidden]";
    }
}
