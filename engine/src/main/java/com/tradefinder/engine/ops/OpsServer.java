package com.tradefinder.engine.ops;

import com.tradefinder.engine.ops.alert.AlertNotifier;
import com.tradefinder.engine.ops.control.BearerToken;
import com.tradefinder.engine.ops.control.ControlCommands;
import com.tradefinder.engine.ops.control.ControlHandler;
import com.tradefinder.engine.ops.http.HttpEndpoint;
import com.tradefinder.engine.ops.status.OpsMetrics;
import com.tradefinder.engine.ops.status.StatusView;
import com.tradefinder.engine.ops.webhook.WebhookHandler;
import com.tradefinder.engine.ops.webhook.WebhookReceiver;

/**
 * The operator side of one engine process, started by the host after the engine is running and its instruments and
 * bot configs are published: the {@link StatusView} tailing the journal, the webhook receiver
 * ({@code POST /webhook/<bot>}, public bind), the control endpoint with health and metrics (loopback bind), and the
 * alert notifier. Each HTTP server has its own event-loop thread; the status view has its own thread; nothing here
 * runs on, or waits for, the business-logic thread.
 * <p>
 * {@link #start(OpsContext)} from the host's thread; {@link #close()} before the engine closes its journal.
 */
public final class OpsServer implements AutoCloseable
{
    private final StatusView status;
    private final AlertNotifier alerts;
    private final WebhookReceiver webhook;
    private final ControlHandler control;
    private final OpsMetrics metrics;
    private HttpEndpoint webhookEndpoint;
    private HttpEndpoint controlEndpoint;

    private OpsServer(final OpsContext context)
    {
        final BearerToken token = context.controlEnabled() ? BearerToken.read(context.controlTokenFile()) : null;
        this.alerts = context.alertUrl() == null ? null :
            new AlertNotifier(context.alertUrl(), context.alertAttempts(), context.alertRetryDelayMs());
        this.status = new StatusView(context.journal(), context.bots(), context.instruments(), alerts,
            context.wallClockNs(), context.gatewayDownAlertNs(), context.statusPollMs());
        this.webhook = context.webhookEnabled() ? new WebhookReceiver(context.publisher(), context.bots(),
            context.instruments(), context.gauges(), context.wallClockNs(), context.environment()) : null;
        this.metrics = new OpsMetrics(status, context.gauges(), webhook == null ? null : webhook.counters(), alerts,
            context.decodeErrors(), context.counters());
        this.control = token == null ? null : new ControlHandler(token,
            new ControlCommands(context.publisher(), context.wallClockNs()), context.bots(), context.instruments(),
            context.validator(), status, metrics, context.gauges());
        if (control != null)
        {
            metrics.controlUnauthorized(control::unauthorized);
        }
    }

    /**
     * Starts the status view and binds the endpoints.
     *
     * @param context the host's context; concluded here if it was not.
     * @return the running server.
     * @throws IllegalStateException with one line when the token file is unusable or an address cannot be bound.
     */
    public static OpsServer start(final OpsContext context)
    {
        if (!context.isConcluded())
        {
            context.conclude();
        }
        final OpsServer server = new OpsServer(context);
        server.status.start();
        try
        {
            if (server.webhook != null)
            {
                final WebhookReceiver receiver = server.webhook;
                server.webhookEndpoint = HttpEndpoint.bind("tradefinder-webhook", context.webhookHost(),
                    context.webhookPort(), WebhookReceiver.SERVER_MAX_BODY_BYTES,
                    new WebhookHandler(receiver, context.gauges()), receiver::oversizedAtServer);
            }
            if (server.control != null)
            {
                server.controlEndpoint = HttpEndpoint.bind("tradefinder-control", context.controlHost(),
                    context.controlPort(), 1 << 20, server.control, () -> { });
            }
        }
        catch (final RuntimeException ex)
        {
            server.close();
            throw ex;
        }
        return server;
    }

    /**
     * @return the webhook port, -1 when webhooks are off.
     */
    public int webhookPort()
    {
        return webhookEndpoint == null ? -1 : webhookEndpoint.port();
    }

    /**
     * @return the control port, -1 when control is off.
     */
    public int controlPort()
    {
        return controlEndpoint == null ? -1 : controlEndpoint.port();
    }

    /**
     * @return the status view.
     */
    public StatusView status()
    {
        return status;
    }

    /**
     * @return the webhook receiver, or null when webhooks are off.
     */
    public WebhookReceiver webhook()
    {
        return webhook;
    }

    /**
     * @return the control handler, or null when control is off.
     */
    public ControlHandler control()
    {
        return control;
    }

    /**
     * @return the alert notifier, or null when no alert URL is set.
     */
    public AlertNotifier alerts()
    {
        return alerts;
    }

    /**
     * @return the metrics renderer.
     */
    public OpsMetrics metrics()
    {
        return metrics;
    }

    @Override
    public void close()
    {
        if (webhookEndpoint != null)
        {
            webhookEndpoint.close();
        }
        if (controlEndpoint != null)
        {
            controlEndpoint.close();
        }
        status.close();
        if (alerts != null)
        {
            alerts.close();
        }
    }
}
