package com.tradefinder.engine.ops.webhook;

/**
 * Why the webhook receiver refused a request, with the HTTP status it answers and the label its counter carries in
 * the metrics. Nothing refused ever reaches the ring.
 */
public enum WebhookReject
{
    /** Not a POST. */
    METHOD_NOT_ALLOWED(405, "method"),
    /** No bot by the name in the path, or not a webhook path. */
    UNKNOWN_BOT(404, "unknown_bot"),
    /** The bot has no {@code [webhook]} table. */
    WEBHOOK_DISABLED(404, "webhook_disabled"),
    /** The sender's address is not in the bot's allow-list. */
    IP_NOT_ALLOWED(403, "ip_not_allowed"),
    /** Body over the bot's (or the server's) limit. */
    OVERSIZED(413, "oversized"),
    /** Body in neither format, or a field that is not what it should be. */
    MALFORMED(400, "malformed"),
    /** Secret missing or wrong. */
    BAD_SECRET(401, "bad_secret"),
    /** The bot's secret could not be read (variable unset, file missing or not owner-only). */
    SECRET_UNAVAILABLE(503, "secret_unavailable"),
    /** Action not one of buy, sell, close, flat, cancel. */
    UNKNOWN_ACTION(422, "unknown_action"),
    /** Instrument not defined for the bot's venue. */
    UNKNOWN_INSTRUMENT(422, "unknown_instrument"),
    /** Instrument defined but not on the bot's whitelist. */
    NOT_WHITELISTED(422, "not_whitelisted"),
    /** The payload's time is older than the bot's limit. */
    STALE(422, "stale"),
    /** The alert id was accepted already within the de-duplication window. */
    DUPLICATE(409, "duplicate"),
    /** The ring has no room: the engine is behind; the sender should retry. */
    ENGINE_BUSY(503, "engine_busy");

    private final int status;
    private final String label;

    WebhookReject(final int status, final String label)
    {
        this.status = status;
        this.label = label;
    }

    /**
     * @return the HTTP status answered.
     */
    public int status()
    {
        return status;
    }

    /**
     * @return the metric label.
     */
    public String label()
    {
        return label;
    }
}
