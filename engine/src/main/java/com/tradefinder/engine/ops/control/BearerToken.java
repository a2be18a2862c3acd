package com.tradefinder.engine.ops.control;

import com.tradefinder.engine.ops.OwnerOnlyFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * The control endpoint's bearer token, read once from an owner-only file, compared in constant time. Immutable;
 * any thread.
 */
public final class BearerToken
{
    private final byte[] token;

    private BearerToken(final byte[] token)
    {
        this.token = token;
    }

    /**
     * @param file owner-only file whose first line is the token.
     * @return the token.
     * @throws IllegalStateException with one line when the file is missing, empty or readable by others.
     */
    public static BearerToken read(final Path file)
    {
        return new BearerToken(OwnerOnlyFile.readSecret(file, "control token").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param authorization the request's Authorization header, or null.
     * @return whether it is {@code Bearer <token>}.
     */
    public boolean admits(final String authorization)
    {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7))
        {
            return false;
        }
        return MessageDigest.isEqual(token, authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
