package com.tradefinder.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a bot's API credentials are, from {@code [bot]}: never the credentials themselves. Either the names of two
 * environment variables or an owner-only secrets file; required for {@code testnet} and {@code live}, optional (and
 * unused) for {@code backtest} and {@code paper}. Nothing here is read or checked against the environment by the
 * loader; {@link BotConfigLoader#checkFiles(BotConfig)} checks the secrets file's permissions.
 *
 * @param apiKeyEnv    {@code api_key_env}: name of the environment variable holding the API key
 *                     ({@code [A-Za-z_][A-Za-z0-9_]*}, at most 128 characters); no default. Given together with
 *                     {@code api_secret_env}.
 * @param apiSecretEnv {@code api_secret_env}: name of the environment variable holding the API secret; same rules.
 * @param secretsFile  {@code secrets_file}: path of an owner-only file holding the key and the secret, instead of the
 *                     two variables; relative paths are against the working directory; no default.
 */
public record CredentialsConfig(Optional<String> apiKeyEnv, Optional<String> apiSecretEnv, Optional<Path> secretsFile)
{
    /**
     * @return whether credentials are named at all (both variables or a secrets file).
     */
    public boolean present()
    {
        return (apiKeyEnv.isPresent() && apiSecretEnv.isPresent()) || secretsFile.isPresent();
    }
}
