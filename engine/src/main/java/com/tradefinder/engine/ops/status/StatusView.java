package com.tradefinder.engine.ops.status;

import com.tradefinder.codecs.AdminAction;
import com.tradefinder.codecs.AdminCommandDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.EngineFaultDecoder;
import com.tradefinder.codecs.EquitySnapshotDecoder;
import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.GatewayStatusDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.OrderUpdateDecoder;
import com.tradefinder.codecs.PositionUpdateDecoder;
import com.tradefinder.codecs.ReconcileDifferenceDecoder;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.RegimeChangeDecoder;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.RiskDecisionDecoder;
import com.tradefinder.codecs.TradeClosedDecoder;
import com.tradefinder.codecs.Venue;
import com.tradefinder.codecs.WebhookSignalDecoder;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.engine.ops.BotRoster;
import com.tradefinder.engine.ops.InstrumentDirectory;
import com.tradefinder.engine.ops.alert.AlertNotifier;
import com.tradefinder.engine.ops.http.JsonText;
import com.tradefinder.numeric.FixedPoint;
import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * What an operator sees, rebuilt from the journal alone: it tails the inbound and outbound queues on its own thread
 * and never touches the business logic's objects, so reading it can never disturb trading. It keeps per bot the
 * pause and kill-switch state, positions, open orders and P&amp;L; per instrument the regime; per gateway its last
 * state; engine faults; risk rejects by reason; the order round-trip latency (NewOrder out, to the venue's
 * OrderAccepted or OrderRejected in, by the events' own times) in an HdrHistogram; and the last events. It raises
 * operator alerts for faults, circuit breakers, order-entry bans, reconciliation differences and gateways down for
 * too long, and fills the instrument directory from the journaled definitions.
 * <p>
 * Threads: {@link #start()} runs the tail thread; the query methods are called from any thread and synchronise on
 * this view; {@link #close()} stops the tail.
 */
public final class StatusView implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(StatusView.class);
    private static final int LAST_EVENTS = 20;
    private static final int QUOTE_EXPONENT = -8;
    private static final long MAX_PENDING_ORDERS = 100_000;
    /** Bucket bounds of the latency histogram in the metrics, in seconds. */
    private static final double[] LATENCY_BUCKETS_S = {
        0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 };

    /** One bot's state as the journal tells it. */
    private static final class BotState
    {
        boolean paused;
        boolean killSwitch;
        long equity;
        long balance;
        long unrealizedPnl;
        long realizedPnl;
        long tradesClosed;
        final Map<String, long[]> positions = new TreeMap<>();
        final Map<Long, String> openOrders = new TreeMap<>();
        final Set<RejectReason> breakersTripped = new HashSet<>();
    }

    /** One gateway's last state. */
    private static final class GatewayView
    {
        GatewayState state;
        String detail;
        long sinceWallNs;
        boolean downAlerted;
    }

    private final Journal journal;
    private final BotRoster bots;
    private final InstrumentDirectory instruments;
    private final AlertNotifier alerts;
    private final LongSupplier wallClockNs;
    private final long gatewayDownAlertNs;
    private final long pollMs;
    private final Thread thread;
    private volatile boolean running = true;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
    private final AdminCommandDecoder admin = new AdminCommandDecoder();
    private final GatewayStatusDecoder gateway = new GatewayStatusDecoder();
    private final ReconcileDifferenceDecoder reconcile = new ReconcileDifferenceDecoder();
    private final PositionUpdateDecoder position = new PositionUpdateDecoder();
    private final OrderAcceptedDecoder accepted = new OrderAcceptedDecoder();
    private final OrderRejectedDecoder rejected = new OrderRejectedDecoder();
    private final WebhookSignalDecoder signal = new WebhookSignalDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final OrderUpdateDecoder orderUpdate = new OrderUpdateDecoder();
    private final RiskDecisionDecoder risk = new RiskDecisionDecoder();
    private final TradeClosedDecoder tradeClosed = new TradeClosedDecoder();
    private final EquitySnapshotDecoder equity = new EquitySnapshotDecoder();
    private final RegimeChangeDecoder regimeChange = new RegimeChangeDecoder();
    private final EngineFaultDecoder fault = new EngineFaultDecoder();

    private final Map<Integer, BotState> botStates = new HashMap<>();
    private final Map<Venue, GatewayView> gateways = new EnumMap<>(Venue.class);
    private final Map<String, Regime> regimes = new TreeMap<>();
    private final long[] riskRejects = new long[1 << 16];
    private final Long2LongHashMap orderSentNs = new Long2LongHashMap(Long.MIN_VALUE);
    private final Histogram roundTripNs = new Histogram(3_600_000_000_000L, 3);
    private final ArrayDeque<String> lastEvents = new ArrayDeque<>();
    private long inboundEvents;
    private long outboundEvents;
    private long lastInboundSequence = -1;
    private double eventsPerSecond;
    private long rateWindowStartNs;
    private long rateWindowEvents;
    private String faultText;
    private String tailError;

    /**
     * @param journal            the engine's journal, read through cursors of this view's own.
     * @param bots               the engine's bots, for names.
     * @param instruments        filled from the journaled instrument definitions.
     * @param alerts             where alerts go, or null for none.
     * @param wallClockNs        epoch nanoseconds, for events per second and gateway-down durations.
     * @param gatewayDownAlertNs a gateway disconnected longer than this raises an alert.
     * @param pollMs             sleep when the journal has nothing new.
     */
    public StatusView(final Journal journal, final BotRoster bots, final InstrumentDirectory instruments,
        final AlertNotifier alerts, final LongSupplier wallClockNs, final long gatewayDownAlertNs, final long pollMs)
    {
        this.journal = journal;
        this.bots = bots;
        this.instruments = instruments;
        this.alerts = alerts;
        this.wallClockNs = wallClockNs;
        this.gatewayDownAlertNs = gatewayDownAlertNs;
        this.pollMs = Math.max(1, pollMs);
        this.thread = new Thread(this::tail, "tradefinder-status");
        this.thread.setDaemon(true);
    }

    /**
     * Starts the tail thread.
     *
     * @return this.
     */
    public StatusView start()
    {
        thread.start();
        return this;
    }

    private void tail()
    {
        // each cursor belongs to this thread alone
        try (JournalCursor in = journal.inboundCursor(); JournalCursor out = journal.outboundCursor())
        {
            rateWindowStartNs = wallClockNs.getAsLong();
            while (running)
            {
                int read = 0;
                while (read < 4096 && in.next())
                {
                    onInbound(in.sequence(), in.buffer(), in.length());
                    read++;
                }
                while (read < 8192 && out.next())
                {
                    onOutbound(out.sequence(), out.buffer(), out.length());
                    read++;
                }
                housekeeping(wallClockNs.getAsLong());
                if (read == 0)
                {
                    Thread.sleep(pollMs);
                }
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        catch (final RuntimeException ex)
        {
            synchronized (this)
            {
                tailError = ex.toString();
            }
            LOG.error("status view stopped tailing the journal: {}", ex.toString());
        }
    }

    private synchronized void housekeeping(final long nowNs)
    {
        if (nowNs - rateWindowStartNs >= 1_000_000_000L)
        {
            eventsPerSecond = rateWindowEvents * 1e9 / (nowNs - rateWindowStartNs);
            rateWindowEvents = 0;
            rateWindowStartNs = nowNs;
        }
        for (final Map.Entry<Venue, GatewayView> entry : gateways.entrySet())
        {
            final GatewayView view = entry.getValue();
            if (view.state == GatewayState.DISCONNECTED && !view.downAlerted &&
                nowNs - view.sinceWallNs > gatewayDownAlertNs)
            {
                view.downAlerted = true;
                alert("gateway " + entry.getKey() + " has been disconnected for more than " +
                    gatewayDownAlertNs / 1_000_000_000L + " s" + (view.detail.isEmpty() ? "" : ": " + view.detail));
            }
        }
    }

    private synchronized void onInbound(final long sequence, final DirectBuffer buffer, final int length)
    {
        inboundEvents++;
        rateWindowEvents++;
        lastInboundSequence = sequence;
        header.wrap(buffer, 0);
        final int offset = MessageHeaderDecoder.ENCODED_LENGTH;
        final int block = header.blockLength();
        final int version = header.version();
        switch (header.templateId())
        {
            case InstrumentDefinitionDecoder.TEMPLATE_ID:
                instruments.define(definition.wrap(buffer, offset, block, version));
                break;
            case AdminCommandDecoder.TEMPLATE_ID:
                onAdmin(admin.wrap(buffer, offset, block, version), sequence);
                break;
            case GatewayStatusDecoder.TEMPLATE_ID:
                onGateway(gateway.wrap(buffer, offset, block, version), sequence);
                break;
            case ReconcileDifferenceDecoder.TEMPLATE_ID:
                onReconcile(reconcile.wrap(buffer, offset, block, version), sequence);
                break;
            case PositionUpdateDecoder.TEMPLATE_ID:
                onPosition(position.wrap(buffer, offset, block, version));
                break;
            case OrderAcceptedDecoder.TEMPLATE_ID:
                accepted.wrap(buffer, offset, block, version);
                roundTrip(accepted.clientOrderId(), accepted.receiveTimeNs());
                break;
            case OrderRejectedDecoder.TEMPLATE_ID:
                rejected.wrap(buffer, offset, block, version);
                roundTrip(rejected.clientOrderId(), rejected.receiveTimeNs());
                break;
            case WebhookSignalDecoder.TEMPLATE_ID:
                signal.wrap(buffer, offset, block, version);
                remember(sequence, "in", "WebhookSignal bot " + botName(signal.botId()) + " " + signal.action() + " " +
                    symbol(signal.instrumentId()) + " alert " + signal.alertId().trim());
                break;
            case com.tradefinder.codecs.ConfigChangeDecoder.TEMPLATE_ID:
                remember(sequence, "in", "ConfigChange");
                break;
            default:
                break;
        }
    }

    private synchronized void onOutbound(final long cause, final DirectBuffer buffer, final int length)
    {
        outboundEvents++;
        header.wrap(buffer, 0);
        final int offset = MessageHeaderDecoder.ENCODED_LENGTH;
        final int block = header.blockLength();
        final int version = header.version();
        switch (header.templateId())
        {
            case NewOrderDecoder.TEMPLATE_ID:
                newOrder.wrap(buffer, offset, block, version);
                if (orderSentNs.size() < MAX_PENDING_ORDERS)
                {
                    orderSentNs.put(newOrder.clientOrderId(), newOrder.timeNs());
                }
                remember(cause, "out", "NewOrder bot " + botName(newOrder.botId()) + " " + newOrder.side() + " " +
                    newOrder.orderType() + " " + symbol(newOrder.instrumentId()) + " size " +
                    size(newOrder.instrumentId(), newOrder.sizeMantissa()));
                break;
            case OrderUpdateDecoder.TEMPLATE_ID:
                onOrderUpdate(orderUpdate.wrap(buffer, offset, block, version));
                break;
            case RiskDecisionDecoder.TEMPLATE_ID:
                onRiskDecision(risk.wrap(buffer, offset, block, version), cause);
                break;
            case TradeClosedDecoder.TEMPLATE_ID:
                tradeClosed.wrap(buffer, offset, block, version);
                final BotState closedBot = bot(tradeClosed.botId());
                closedBot.realizedPnl += tradeClosed.realizedPnlMantissa() - tradeClosed.feesMantissa() +
                    tradeClosed.fundingMantissa();
                closedBot.tradesClosed++;
                remember(cause, "out", "TradeClosed bot " + botName(tradeClosed.botId()) + " " +
                    symbol(tradeClosed.instrumentId()) + " " + tradeClosed.exitReason() + " P&L " +
                    FixedPoint.toText(tradeClosed.realizedPnlMantissa(), QUOTE_EXPONENT));
                break;
            case EquitySnapshotDecoder.TEMPLATE_ID:
                equity.wrap(buffer, offset, block, version);
                final BotState equityBot = bot(equity.botId());
                equityBot.equity = equity.equityMantissa();
                equityBot.balance = equity.balanceMantissa();
                equityBot.unrealizedPnl = equity.unrealizedPnlMantissa();
                break;
            case RegimeChangeDecoder.TEMPLATE_ID:
                regimeChange.wrap(buffer, offset, block, version);
                regimes.put(symbol(regimeChange.instrumentId()) + "@" + regimeChange.timeframeSec(),
                    regimeChange.toRegime());
                remember(cause, "out", "RegimeChange " + symbol(regimeChange.instrumentId()) + " " +
                    regimeChange.timeframeSec() + "s " + regimeChange.fromRegime() + " -> " + regimeChange.toRegime());
                break;
            case EngineFaultDecoder.TEMPLATE_ID:
                fault.wrap(buffer, offset, block, version);
                faultText = "at inbound sequence " + fault.inboundSequence() + " (template " + fault.templateId() +
                    "): " + fault.description();
                remember(cause, "out", "EngineFault " + faultText);
                alert("engine halted, every bot stopped trading: fault " + faultText);
                break;
            default:
                break;
        }
    }

    private void onAdmin(final AdminCommandDecoder command, final long sequence)
    {
        final AdminAction action = command.action();
        if (command.botId() < 0)
        {
            for (int id = 0; id < bots.size(); id++)
            {
                applyAdmin(bot(id), action);
            }
        }
        else
        {
            applyAdmin(bot(command.botId()), action);
        }
        remember(sequence, "in", "AdminCommand " + action + " " +
            (command.botId() < 0 ? "all bots" : "bot " + botName(command.botId())) +
            (action == AdminAction.KILL_SWITCH && command.argument() != 0 ? " with flatten" : ""));
    }

    private static void applyAdmin(final BotState bot, final AdminAction action)
    {
        switch (action)
        {
            case PAUSE -> bot.paused = true;
            case RESUME -> bot.paused = false;
            case KILL_SWITCH -> bot.killSwitch = true;
            case KILL_SWITCH_RELEASE -> bot.killSwitch = false;
            default ->
            {
            }
        }
    }

    private void onGateway(final GatewayStatusDecoder status, final long sequence)
    {
        final Venue venue = status.venue();
        final GatewayState state = status.state();
        final String detail = status.detail();
        final GatewayView view = gateways.computeIfAbsent(venue, v -> new GatewayView());
        if (view.state != state)
        {
            view.sinceWallNs = wallClockNs.getAsLong();
            view.downAlerted = false;
        }
        view.state = state;
        view.detail = detail;
        remember(sequence, "in", "GatewayStatus " + venue + " " + state + (detail.isEmpty() ? "" : ": " + detail));
        if (state == GatewayState.ORDER_ENTRY_BANNED)
        {
            alert("gateway " + venue + ": order entry banned by the venue (HTTP 418)" +
                (detail.isEmpty() ? "" : ": " + detail));
        }
    }

    private void onReconcile(final ReconcileDifferenceDecoder difference, final long sequence)
    {
        final String text = "reconciliation on " + difference.venue() + " for " +
            (difference.botId() < 0 ? "no bot" : "bot " + botName(difference.botId())) + ": " + difference.kind() +
            " " + symbol(difference.instrumentId()) + " (engine size " +
            size(difference.instrumentId(), difference.engineSizeMantissa()) + ", venue size " +
            size(difference.instrumentId(), difference.venueSizeMantissa()) + "), resolved " +
            difference.resolution();
        remember(sequence, "in", "ReconcileDifference " + text);
        alert(text);
    }

    private void onPosition(final PositionUpdateDecoder update)
    {
        final BotState bot = bot(update.botId());
        final String key = symbol(update.instrumentId()) + " " + update.positionSide();
        if (update.sizeMantissa() == 0)
        {
            bot.positions.remove(key);
        }
        else
        {
            bot.positions.put(key, new long[]{ update.instrumentId(), update.sizeMantissa(),
                update.entryPriceMantissa(), update.unrealizedPnlMantissa() });
        }
    }

    private void roundTrip(final long clientOrderId, final long answerTimeNs)
    {
        final long sentNs = orderSentNs.remove(clientOrderId);
        if (sentNs != Long.MIN_VALUE && answerTimeNs >= sentNs)
        {
            roundTripNs.recordValue(Math.min(answerTimeNs - sentNs, roundTripNs.getHighestTrackableValue()));
        }
    }

    private void onOrderUpdate(final OrderUpdateDecoder update)
    {
        final BotState bot = bot(update.botId());
        final OrderState state = update.toState();
        if (state == OrderState.PENDING_NEW || state == OrderState.NEW || state == OrderState.PARTIALLY_FILLED ||
            state == OrderState.PENDING_CANCEL)
        {
            bot.openOrders.put(update.clientOrderId(), symbol(update.instrumentId()) + " " + update.role() + " " +
                state);
        }
        else
        {
            bot.openOrders.remove(update.clientOrderId());
        }
    }

    private void onRiskDecision(final RiskDecisionDecoder decision, final long cause)
    {
        final String botName = botName(decision.botId());
        if (decision.accepted() == BooleanType.TRUE)
        {
            remember(cause, "out", "RiskDecision bot " + botName + " accepted " + decision.side() + " " +
                symbol(decision.instrumentId()) + " size " + size(decision.instrumentId(), decision.sizeMantissa()));
            return;
        }
        final RejectReason reason = decision.reason();
        riskRejects[decision.reasonRaw() & 0xFFFF]++;
        remember(cause, "out", "RiskDecision bot " + botName + " rejected " + decision.side() + " " +
            symbol(decision.instrumentId()) + ": " + reason);
        if ((reason == RejectReason.DAILY_LOSS_LIMIT || reason == RejectReason.MAX_DRAWDOWN) &&
            bot(decision.botId()).breakersTripped.add(reason))
        {
            alert("bot " + botName + ": circuit breaker tripped (" + reason + "), new entries refused");
        }
    }

    private void remember(final long sequence, final String direction, final String text)
    {
        if (lastEvents.size() == LAST_EVENTS)
        {
            lastEvents.removeFirst();
        }
        lastEvents.addLast(direction + " #" + sequence + " " + text);
    }

    private void alert(final String text)
    {
        if (alerts != null)
        {
            alerts.send("TradeFinder: " + text);
        }
    }

    private BotState bot(final int botId)
    {
        return botStates.computeIfAbsent(botId, id -> new BotState());
    }

    private String botName(final int botId)
    {
        return botId >= 0 && botId < bots.size() ? bots.config(botId).name() : "#" + botId;
    }

    private String symbol(final int instrumentId)
    {
        final InstrumentDirectory.Instrument instrument = instruments.find(instrumentId);
        return instrument == null ? "instrument#" + instrumentId : instrument.symbol();
    }

    private String size(final int instrumentId, final long mantissa)
    {
        final InstrumentDirectory.Instrument instrument = instruments.find(instrumentId);
        return instrument == null ? Long.toString(mantissa) : FixedPoint.toText(mantissa, instrument.sizeExponent());
    }

    private String price(final int instrumentId, final long mantissa)
    {
        final InstrumentDirectory.Instrument instrument = instruments.find(instrumentId);
        return instrument == null ? Long.toString(mantissa) : FixedPoint.toText(mantissa, instrument.priceExponent());
    }

    /**
     * @return whether the engine should take traffic: no engine fault, no gateway DISCONNECTED, journal tailed.
     */
    public synchronized boolean ready()
    {
        return readinessProblem() == null;
    }

    /**
     * @return why the engine is not ready, or null when it is.
     */
    public synchronized String readinessProblem()
    {
        if (faultText != null)
        {
            return "engine halted by a fault " + faultText;
        }
        if (tailError != null)
        {
            return "status view cannot read the journal: " + tailError;
        }
        for (final Map.Entry<Venue, GatewayView> entry : gateways.entrySet())
        {
            if (entry.getValue().state == GatewayState.DISCONNECTED)
            {
                return "gateway " + entry.getKey() + " is disconnected";
            }
        }
        return null;
    }

    /**
     * @return inbound events read from the journal so far.
     */
    public synchronized long inboundEvents()
    {
        return inboundEvents;
    }

    /**
     * @return outbound events read from the journal so far.
     */
    public synchronized long outboundEvents()
    {
        return outboundEvents;
    }

    /**
     * @return the status as a JSON object: bots (pause, kill switch, equity, P&amp;L, positions, open orders), regimes
     * per instrument and timeframe, gateways, fault, readiness and the last events.
     */
    public synchronized String statusJson()
    {
        final StringBuilder out = new StringBuilder(4096).append("{\"ready\":").append(readinessProblem() == null);
        out.append(",\"readinessProblem\":").append(JsonText.quote(readinessProblem()));
        out.append(",\"inboundEvents\":").append(inboundEvents).append(",\"lastInboundSequence\":")
            .append(lastInboundSequence).append(",\"outboundEvents\":").append(outboundEvents);
        out.append(",\"bots\":[");
        for (int id = 0; id < bots.size(); id++)
        {
            final BotState bot = bot(id);
            out.append(id == 0 ? "" : ",").append("{\"id\":").append(id).append(",\"name\":");
            JsonText.appendQuoted(out, bots.config(id).name())
                .append(",\"paused\":").append(bot.paused)
                .append(",\"killSwitch\":").append(bot.killSwitch)
                .append(",\"halted\":").append(faultText != null)
                .append(",\"equity\":\"").append(FixedPoint.toText(bot.equity, QUOTE_EXPONENT))
                .append("\",\"balance\":\"").append(FixedPoint.toText(bot.balance, QUOTE_EXPONENT))
                .append("\",\"unrealizedPnl\":\"").append(FixedPoint.toText(bot.unrealizedPnl, QUOTE_EXPONENT))
                .append("\",\"realizedPnl\":\"").append(FixedPoint.toText(bot.realizedPnl, QUOTE_EXPONENT))
                .append("\",\"tradesClosed\":").append(bot.tradesClosed)
                .append(",\"positions\":[");
            boolean first = true;
            for (final Map.Entry<String, long[]> entry : bot.positions.entrySet())
            {
                final long[] p = entry.getValue();
                out.append(first ? "" : ",").append("{\"position\":");
                JsonText.appendQuoted(out, entry.getKey())
                    .append(",\"size\":\"").append(size((int)p[0], p[1]))
                    .append("\",\"entryPrice\":\"").append(price((int)p[0], p[2]))
                    .append("\",\"unrealizedPnl\":\"").append(FixedPoint.toText(p[3], QUOTE_EXPONENT)).append("\"}");
                first = false;
            }
            out.append("],\"openOrders\":[");
            first = true;
            for (final Map.Entry<Long, String> entry : bot.openOrders.entrySet())
            {
                out.append(first ? "" : ",").append("{\"clientOrderId\":").append(entry.getKey())
                    .append(",\"order\":");
                JsonText.appendQuoted(out, entry.getValue()).append('}');
                first = false;
            }
            out.append("]}");
        }
        out.append("],\"regimes\":{");
        boolean first = true;
        for (final Map.Entry<String, Regime> entry : regimes.entrySet())
        {
            out.append(first ? "" : ",");
            JsonText.appendQuoted(out, entry.getKey()).append(":\"").append(entry.getValue()).append('"');
            first = false;
        }
        out.append("},\"gateways\":{");
        first = true;
        for (final Map.Entry<Venue, GatewayView> entry : gateways.entrySet())
        {
            out.append(first ? "" : ",").append('"').append(entry.getKey()).append("\":\"")
                .append(entry.getValue().state).append('"');
            first = false;
        }
        out.append("},\"fault\":").append(JsonText.quote(faultText)).append(",\"lastEvents\":[");
        first = true;
        for (final String event : lastEvents)
        {
            out.append(first ? "" : ",");
            JsonText.appendQuoted(out, event);
            first = false;
        }
        return out.append("]}\n").toString();
    }

    /**
     * Appends this view's metrics in the Prometheus text format.
     *
     * @param out where to append.
     */
    public synchronized void appendMetrics(final StringBuilder out)
    {
        gauge(out, "tradefinder_events_per_second", "inbound events per second, over the last second",
            eventsPerSecond);
        counter(out, "tradefinder_inbound_events_total", "inbound events journaled and read by the status view",
            inboundEvents);
        counter(out, "tradefinder_outbound_events_total", "outbound events journaled and read by the status view",
            outboundEvents);
        gauge(out, "tradefinder_ready", "1 when ready for traffic", readinessProblem() == null ? 1 : 0);
        gauge(out, "tradefinder_engine_faulted", "1 once an engine fault halted the business logic",
            faultText == null ? 0 : 1);
        out.append("# HELP tradefinder_gateway_connected 1 when the gateway's last status is CONNECTED\n")
            .append("# TYPE tradefinder_gateway_connected gauge\n");
        for (final Map.Entry<Venue, GatewayView> entry : gateways.entrySet())
        {
            out.append("tradefinder_gateway_connected{venue=\"").append(entry.getKey()).append("\"} ")
                .append(entry.getValue().state == GatewayState.CONNECTED ? 1 : 0).append('\n');
        }
        out.append("# HELP tradefinder_risk_rejects_total entry requests the risk engine refused, by reason\n")
            .append("# TYPE tradefinder_risk_rejects_total counter\n");
        for (final RejectReason reason : RejectReason.values())
        {
            if (reason != RejectReason.NULL_VAL && riskRejects[reason.value()] > 0)
            {
                out.append("tradefinder_risk_rejects_total{reason=\"").append(reason).append("\"} ")
                    .append(riskRejects[reason.value()]).append('\n');
            }
        }
        out.append("# HELP tradefinder_order_round_trip_seconds NewOrder out to the venue's accept or reject in\n")
            .append("# TYPE tradefinder_order_round_trip_seconds histogram\n");
        for (final double bound : LATENCY_BUCKETS_S)
        {
            out.append("tradefinder_order_round_trip_seconds_bucket{le=\"").append(bound).append("\"} ")
                .append(roundTripNs.getTotalCount() == 0 ? 0 :
                    roundTripNs.getCountBetweenValues(0, (long)(bound * 1e9))).append('\n');
        }
        out.append("tradefinder_order_round_trip_seconds_bucket{le=\"+Inf\"} ").append(roundTripNs.getTotalCount())
            .append('\n')
            .append("tradefinder_order_round_trip_seconds_sum ")
            .append(roundTripNs.getTotalCount() == 0 ? 0.0 : roundTripNs.getMean() * roundTripNs.getTotalCount() / 1e9)
            .append('\n')
            .append("tradefinder_order_round_trip_seconds_count ").append(roundTripNs.getTotalCount()).append('\n');
        out.append("# HELP tradefinder_bot_equity equity of each bot at its last snapshot, quote currency\n")
            .append("# TYPE tradefinder_bot_equity gauge\n");
        for (int id = 0; id < bots.size(); id++)
        {
            out.append("tradefinder_bot_equity{bot=\"").append(bots.config(id).name()).append("\"} ")
                .append(FixedPoint.toText(bot(id).equity, QUOTE_EXPONENT)).append('\n');
        }
        out.append("# HELP tradefinder_bot_realized_pnl closed-trade P&L net of fees and funding, quote currency\n")
            .append("# TYPE tradefinder_bot_realized_pnl gauge\n");
        for (int id = 0; id < bots.size(); id++)
        {
            out.append("tradefinder_bot_realized_pnl{bot=\"").append(bots.config(id).name()).append("\"} ")
                .append(FixedPoint.toText(bot(id).realizedPnl, QUOTE_EXPONENT)).append('\n');
        }
    }

    /**
     * Appends one gauge with its help and type lines.
     *
     * @param out   where.
     * @param name  metric name.
     * @param help  one line.
     * @param value the value.
     */
    public static void gauge(final StringBuilder out, final String name, final String help, final double value)
    {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
            .append("# TYPE ").append(name).append(" gauge\n")
            .append(name).append(' ').append(value).append('\n');
    }

    /**
     * Appends one counter with its help and type lines.
     *
     * @param out   where.
     * @param name  metric name, ending in {@code _total}.
     * @param help  one line.
     * @param value the value.
     */
    public static void counter(final StringBuilder out, final String name, final String help, final long value)
    {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
            .append("# TYPE ").append(name).append(" counter\n")
            .append(name).append(' ').append(value).append('\n');
    }

    @Override
    public void close()
    {
        // no interrupt: the tail thread notices the flag within one poll, and Chronicle reads are not interruptible
        running = false;
        try
        {
            thread.join(5_000);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }
}
