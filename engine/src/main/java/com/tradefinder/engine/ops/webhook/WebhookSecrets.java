package com.tradefinder.engine.ops.webhook;

import com.tradefinder.config.BotConfig;
import com.tradefinder.config.WebhookConfig;
import com.tradefinder.engine.ops.OwnerOnlyFile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each bot's webhook secret, from the environment variable or owner-only file its {@code [webhook]} table names, read
 * once per config (a reload reads it again), and compared in constant time. Thread-safe.
 */
final class WebhookSecrets
{
    private final Function<String, String> environment;
    private final Map<BotConfig, byte[]> secrets = new ConcurrentHashMap<>();

    /**
     * @param environment environment variable lookup.
     */
    WebhookSecrets(final Function<String, String> environment)
    {
        this.environment = environment;
    }

    /**
     * @param bot     the bot, with a {@code [webhook]} table.
     * @param offered the secret the request carries, or null.
     * @return whether it is the bot's secret.
     * @throws IllegalStateException with one line when the bot's secret cannot be read.
     */
    boolean matches(final BotConfig bot, final String offered)
    {
        final byte[] expected = secrets.computeIfAbsent(bot, this::load);
        // MessageDigest.isEqual does not stop at the first differing byte
        return offered != null && MessageDigest.isEqual(expected, offered.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] load(final BotConfig bot)
    {
        final WebhookConfig webhook = bot.webhook().orElseThrow();
        final String secret;
        if (webhook.secretEnv().isPresent())
        {
            final String variable = webhook.secretEnv().get();
            final String value = environment.apply(variable);
            if (value == null || value.isBlank())
            {
                throw new IllegalStateException("bot " + bot.name() + ": webhook secret variable " + variable +
                    " is not set");
            }
            secret = value.strip();
        }
        else
        {
            secret = OwnerOnlyFile.readSecret(webhook.secretFile().orElseThrow(), "bot " + bot.name() +
                ": webhook secret");
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
