package com.tradefinder.engine.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Reads a secret (a bearer token, a webhook secret) from a file only its owner may read: a file that its group or
 * others may read, write or run is refused, like ssh refuses a loose private key. Pure apart from the file system;
 * any thread.
 */
public final class OwnerOnlyFile
{
    private OwnerOnlyFile()
    {
    }

    /**
     * @param file a file whose first line is the secret.
     * @param what what the secret is for, for the message.
     * @return the first line, stripped.
     * @throws IllegalStateException with one line naming the file and the problem, never the secret.
     */
    public static String readSecret(final Path file, final String what)
    {
        try
        {
            if (!Files.isRegularFile(file))
            {
                throw new IllegalStateException(what + " file " + file + " does not exist or is not a file");
            }
            final Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            for (final PosixFilePermission permission : permissions)
            {
                if (permission != PosixFilePermission.OWNER_READ && permission != PosixFilePermission.OWNER_WRITE &&
                    permission != PosixFilePermission.OWNER_EXECUTE)
                {
                    throw new IllegalStateException(what + " file " + file + " must be readable by its owner only " +
                        "(chmod 600), found " + PosixFilePermissions.toString(permissions));
                }
            }
            final String text = Files.readString(file, StandardCharsets.UTF_8);
            final int end = text.indexOf('\n');
            final String secret = (end < 0 ? text : text.substring(0, end)).strip();
            if (secret.isEmpty())
            {
                throw new IllegalStateException(what + " file " + file + " is empty");
            }
            return secret;
        }
        catch (final IOException | UnsupportedOperationException ex)
        {
            throw new IllegalStateException("cannot read " + what + " file " + file + ": " + ex.getMessage(), ex);
        }
    }
}
