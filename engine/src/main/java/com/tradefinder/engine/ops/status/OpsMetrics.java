package com.tradefinder.engine.ops.status;

import com.tradefinder.engine.ops.EngineGauges;
import com.tradefinder.engine.ops.alert.AlertNotifier;
import com.tradefinder.engine.ops.webhook.WebhookCounters;
import com.tradefinder.engine.ops.webhook.WebhookReject;

import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Renders {@code /metrics} in the Prometheus text format (version 0.0.4): the status view's numbers (events per
 * second, readiness, gateways, risk rejects by reason, order round-trip histogram, P&amp;L per bot), the ring fill
 * and journal lag from the engine's gauges, gateway decode errors, webhook outcomes by reason, control refusals,
 * alert delivery, and any further edge counters the host supplies. Everything is read off the business thread:
 * snapshots of atomics and of the status view. Any thread.
 */
public final class OpsMetrics
{
    private final StatusView status;
    private final EngineGauges gauges;
    private final WebhookCounters webhook;
    private final AlertNotifier alerts;
    private final LongSupplier decodeErrors;
    private final Supplier<Map<String, Long>> counters;
    private volatile LongSupplier controlUnauthorized = () -> 0;

    /**
     * @param status       the status view.
     * @param gauges       the engine's ring and journal gauges.
     * @param webhook      webhook outcomes, or null when webhooks are off.
     * @param alerts       the alert notifier, or null when alerts are off.
     * @param decodeErrors frames the gateways dropped as malformed.
     * @param counters     further edge counters by name.
     */
    public OpsMetrics(final StatusView status, final EngineGauges gauges, final WebhookCounters webhook,
        final AlertNotifier alerts, final LongSupplier decodeErrors, final Supplier<Map<String, Long>> counters)
    {
        this.status = status;
        this.gauges = gauges;
        this.webhook = webhook;
        this.alerts = alerts;
        this.decodeErrors = decodeErrors;
        this.counters = counters;
    }

    /**
     * @param unauthorized control requests refused for their token.
     */
    public void controlUnauthorized(final LongSupplier unauthorized)
    {
        this.controlUnauthorized = unauthorized;
    }

    /**
     * @return the whole exposition text.
     */
    public String render()
    {
        final StringBuilder out = new StringBuilder(8192);
        status.appendMetrics(out);
        final long ringSize = gauges.ringSize();
        StatusView.gauge(out, "tradefinder_ring_fill_ratio", "share of the inbound ring's entries in use",
            ringSize == 0 ? 0.0 : (ringSize - gauges.ringRemaining()) / (double)ringSize);
        StatusView.gauge(out, "tradefinder_journal_lag_events", "inbound events journaled but not yet processed",
            Math.max(0, gauges.journaledSequence() - gauges.processedSequence()));
        StatusView.counter(out, "tradefinder_decode_errors_total", "gateway frames dropped as malformed",
            decodeErrors.getAsLong());
        if (webhook != null)
        {
            StatusView.counter(out, "tradefinder_webhook_accepted_total", "webhook signals published to the ring",
                webhook.acceptedCount());
            out.append("# HELP tradefinder_webhook_rejects_total webhook requests refused, by reason\n")
                .append("# TYPE tradefinder_webhook_rejects_total counter\n");
            for (final WebhookReject reason : WebhookReject.values())
            {
                out.append("tradefinder_webhook_rejects_total{reason=\"").append(reason.label()).append("\"} ")
                    .append(webhook.rejectedCount(reason)).append('\n');
            }
        }
        StatusView.counter(out, "tradefinder_control_unauthorized_total",
            "control requests refused for a missing or wrong token", controlUnauthorized.getAsLong());
        if (alerts != null)
        {
            StatusView.counter(out, "tradefinder_alerts_raised_total", "operator alerts raised", alerts.raised());
            StatusView.counter(out, "tradefinder_alerts_delivered_total", "operator alerts delivered",
                alerts.delivered());
            StatusView.counter(out, "tradefinder_alerts_abandoned_total", "operator alerts given up after retries",
                alerts.abandoned());
        }
        final Map<String, Long> extra = counters.get();
        if (!extra.isEmpty())
        {
            out.append("# HELP tradefinder_edge_counter further counters of the engine's edges\n")
                .append("# TYPE tradefinder_edge_counter gauge\n");
            for (final Map.Entry<String, Long> entry : new java.util.TreeMap<>(extra).entrySet())
            {
                out.append("tradefinder_edge_counter{name=\"").append(entry.getKey().replaceAll("[\"\\\\\n]", "_"))
                    .append("\"} ").append(entry.getValue()).append('\n');
            }
        }
        return out.toString();
    }
}
