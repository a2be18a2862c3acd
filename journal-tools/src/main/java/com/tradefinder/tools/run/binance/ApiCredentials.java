package com.tradefinder.tools.run.binance;

import com.tradefinder.config.CredentialsConfig;
import com.tradefinder.tools.UserException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An account's API key and secret, read from the environment variables a bot file names or from its owner-only
 * secrets file — never from the bot file itself. The secrets file holds two lines, {@code api_key = <key>} and
 * {@code api_secret = <secret>} (blank lines and {@code #} comments allowed); it must not be readable or writable by
 * group or others. Neither value ever appears in {@link #toString()}, logs or the journal.
 */
public final class ApiCredentials
{
    private final String apiKey;
    private final byte[] secret;

    private ApiCredentials(final String apiKey, final byte[] secret)
    {
        this.apiKey = apiKey;
        this.secret = secret;
    }

    /**
     * @param source      the bot file's name, for messages.
     * @param credentials where the bot file says the credentials are.
     * @param environment the process environment.
     * @return the credentials.
     * @throws UserException with one line naming the file, variable or line at fault.
     */
    public static ApiCredentials load(final String source, final CredentialsConfig credentials,
        final Map<String, String> environment)
    {
        if (credentials.secretsFile().isPresent())
        {
            return fromFile(source, credentials.secretsFile().get());
        }
        if (credentials.apiKeyEnv().isEmpty() || credentials.apiSecretEnv().isEmpty())
        {
            throw new UserException(source + ": bot: a testnet or live bot needs api_key_env and api_secret_env, or " +
                "secrets_file");
        }
        final String key = environment.get(credentials.apiKeyEnv().get());
        final String secret = environment.get(credentials.apiSecretEnv().get());
        if (key == null || key.isBlank())
        {
            throw new UserException(source + ": bot: api_key_env names " + credentials.apiKeyEnv().get() +
                ", which is not set in the environment");
        }
        if (secret == null || secret.isBlank())
        {
            throw new UserException(source + ": bot: api_secret_env names " + credentials.apiSecretEnv().get() +
                ", which is not set in the environment");
        }
        return new ApiCredentials(key.trim(), secret.trim().getBytes(StandardCharsets.US_ASCII));
    }

    private static ApiCredentials fromFile(final String source, final Path file)
    {
        if (!Files.isRegularFile(file))
        {
            throw new UserException(source + ": bot: secrets_file " + file + " does not exist");
        }
        try
        {
            final Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            for (final PosixFilePermission permission : permissions)
            {
                if (permission != PosixFilePermission.OWNER_READ && permission != PosixFilePermission.OWNER_WRITE)
                {
                    throw new UserException(file + ": secrets file must be owner-only (chmod 600), it allows " +
                        permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                }
            }
            String key = null;
            String secret = null;
            final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++)
            {
                final String line = lines.get(i).trim();
                if (line.isEmpty() || line.startsWith("#"))
                {
                    continue;
                }
                final int equals = line.indexOf('=');
                final String name = equals < 0 ? line : line.substring(0, equals).trim();
                final String value = equals < 0 ? "" : unquote(line.substring(equals + 1).trim());
                if ("api_key".equals(name) && !value.isEmpty())
                {
                    key = value;
                }
                else if ("api_secret".equals(name) && !value.isEmpty())
                {
                    secret = value;
                }
                else
                {
                    // the value is not echoed: it may be a secret
                    throw new UserException(file + ":" + (i + 1) + ": expected api_key = ... or api_secret = ...");
                }
            }
            if (key == null || secret == null)
            {
                throw new UserException(file + ": secrets file needs both api_key and api_secret");
            }
            return new ApiCredentials(key, secret.getBytes(StandardCharsets.US_ASCII));
        }
        catch (final UnsupportedOperationException ex)
        {
            throw new UserException(file + ": cannot check the secrets file's permissions on this file system");
        }
        catch (final IOException ex)
        {
            throw new UserException(file + ": secrets file unreadable: " + ex.getMessage());
        }
    }

    private static String unquote(final String value)
    {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ?
            value.substring(1, value.length() - 1) : value;
    }

    /**
     * @return the API key (sent as a header; not secret, but still never logged).
     */
    public String apiKey()
    {
        return apiKey;
    }

    /**
     * @return a copy of the secret's bytes, for the signer.
     */
    public byte[] secret()
    {
        return secret.clone();
    }

    @Override
    public String toString()
    {
        return "ApiCredentials[redacted]";
    }
}
