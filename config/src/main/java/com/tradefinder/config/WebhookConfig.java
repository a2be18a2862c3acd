package com.tradefinder.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code [webhook]} table: how the engine's webhook receiver accepts TradingView alerts for this bot, at
 * {@code POST /webhook/<bot name>}. Without the table the bot takes no webhook alerts. The secret itself never goes in
 * the config file: the table names where it is.
 *
 * @param secretEnv          {@code secret_env}: name of the environment variable holding the shared secret
 *                           ({@code [A-Za-z_][A-Za-z0-9_]*}, at most 128 characters). Exactly one of
 *                           {@code secret_env} and {@code secret_file} is required.
 * @param secretFile         {@code secret_file}: an owner-only file (chmod 600) whose first line is the secret;
 *                           relative paths are against the working directory.
 * @param allowedIps         {@code allowed_ips}: sender addresses accepted (IPv4 or IPv6 literals), or
 *                           {@code "tradingview"} for TradingView's documented senders
 *                           ({@link #TRADINGVIEW_SENDERS}); default empty: any address.
 * @param maxBodyBytes       {@code max_body_bytes}: largest request body accepted; 256..65536; default 4096.
 * @param dedupWindowSeconds {@code dedup_window_seconds}: an alert id seen again within this many seconds is a
 *                           duplicate; 0..86400; default 600; 0 turns de-duplication off.
 * @param maxAlertAgeSeconds {@code max_alert_age_seconds}: a payload whose {@code time} is older than this is
 *                           stale; 0..86400; default 120; 0 accepts any age.
 */
public record WebhookConfig(Optional<String> secretEnv, Optional<Path> secretFile, List<String> allowedIps,
    int maxBodyBytes, int dedupWindowSeconds, int maxAlertAgeSeconds)
{
    /** The addresses TradingView documents as its webhook senders. */
    public static final List<String> TRADINGVIEW_SENDERS = List.of(
        "52.89.214.238", "34.212.75.30", "54.218.53.128", "52.32.178.7");

    /** The {@code allowed_ips} entry that stands for {@link #TRADINGVIEW_SENDERS}. */
    public static final String TRADINGVIEW = "tradingview";

    /**
     * Copies the list, so the record stays immutable.
     *
     * @param secretEnv          variable holding the secret, if named.
     * @param secretFile         file holding the secret, if named.
     * @param allowedIps         allowed sender addresses, {@code "tradingview"} expanded; empty for any.
     * @param maxBodyBytes       body size limit.
     * @param dedupWindowSeconds de-duplication window.
     * @param maxAlertAgeSeconds staleness limit.
     */
    public WebhookConfig
    {
        allowedIps = List.copyOf(allowedIps);
    }
}
