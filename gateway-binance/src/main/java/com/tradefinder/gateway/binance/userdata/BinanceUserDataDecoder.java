package com.tradefinder.gateway.binance.userdata;

import org.agrona.DirectBuffer;

import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.marketdata.DecodeError;
import com.tradefinder.gateway.binance.marketdata.DecodeStatus;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;

/**
 * Binance USDⓈ-M user-data frames (JSON) to SBE execution messages, without allocating.
 * <p>
 * Input: the bytes of one WebSocket message of the private stream, bare or wrapped as
 * {@code {"stream":..,"data":{...}}}. Output: zero or more complete SBE messages handed one by one to the
 * {@link InboundSink}; {@link #decode} returns how many. By event:
 * <ul>
 * <li>ORDER_TRADE_UPDATE: OrderAccepted, Fill, OrderCanceled, OrderExpired or OrderRejected
 * (see {@link OrderUpdateTranslator});</li>
 * <li>TRADE_LITE: nothing; validated and counted, because fills come from ORDER_TRADE_UPDATE only, so that no fill
 * is ever counted twice;</li>
 * <li>ALGO_UPDATE and CONDITIONAL_ORDER_TRIGGER_REJECT: see {@link AlgoUpdateTranslator}; a triggered conditional
 * order's fills are reported against the engine's {@code clientAlgoId};</li>
 * <li>ACCOUNT_UPDATE: BalanceUpdate per {@code B} entry and PositionUpdate per {@code P} entry; MARGIN_CALL: a
 * PositionUpdate per entry, counted (see {@link AccountUpdateTranslator});</li>
 * <li>listenKeyExpired: reported to {@link UserDataListener#onListenKeyExpired}.</li>
 * </ul>
 * Client ids are the engine's {@code tf<id>} text ({@link com.tradefinder.gateway.binance.ClientOrderIdText}), the
 * bot id taken from the id's top bits; executions of orders that are not ours (manual, {@code autoclose-},
 * {@code adl_autoclose}) go to {@link UserDataListener#onForeignOrder} and are counted, never published. Ids are
 * read as int64 from their digits; decimals straight into mantissas at the instrument's exponents from the
 * {@link InstrumentLookup} (quote amounts at exponent -8); unknown keys are skipped.
 * <p>
 * Bad input never throws: the result is a negative outcome, counted, with the reason (field and byte position) in
 * {@link #lastError()}, {@link #lastErrorField()}, {@link #lastErrorPosition()}, and as one line by
 * {@link #describeLastError()}: {@link #MALFORMED}, {@link #UNSUPPORTED} (valid JSON but not an event read here),
 * {@link #UNKNOWN_INSTRUMENT} (an order event for a symbol not in the lookup). A frame that fails publishes nothing.
 * <p>
 * Single-threaded: one decoder per private connection, called on that connection's thread, which is also the thread
 * the sink and the listener are called on. Allocation-free after construction (the algo links grow, allocating, past
 * their initial capacity).
 */
public final class BinanceUserDataDecoder
{
    /** Outcome: the frame is not well-formed or lacks what its event needs. */
    public static final int MALFORMED = -1;
    /** Outcome: well-formed, but not a user-data event this decoder reads. */
    public static final int UNSUPPORTED = -2;
    /** Outcome: the symbol of an order event is not in the lookup. */
    public static final int UNKNOWN_INSTRUMENT = -3;

    /** Entries accepted in one ACCOUNT_UPDATE or MARGIN_CALL array unless configured. */
    public static final int DEFAULT_MAX_ENTRIES = 512;

    private static final int LINKS_CAPACITY = 1024;

    private final int eventType = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "e");
    private final int eventTime = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "E");
    private final int listenKey = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "listenKey");

    private final DecodeStatus status = new DecodeStatus();
    private final UserDataCounters counters = new UserDataCounters();
    private final AlgoOrderLinks links = new AlgoOrderLinks(LINKS_CAPACITY);
    private final UserDataScanner scanner;
    private final UserDataListener listener;
    private final OrderUpdateTranslator orders;
    private final AlgoUpdateTranslator algoOrders;
    private final AccountUpdateTranslator accounts;
    private UserDataEvent event;

    /**
     * @param instruments  symbols this decoder knows, filled at wiring time.
     * @param sink         where the SBE messages go.
     * @param listener     told of listen-key expiry and of orders that are not ours.
     * @param accountBotId bot id put on account-level messages (positions, balances): the bot that owns this API key,
     *                     or -1 when several bots share it.
     */
    public BinanceUserDataDecoder(
        final InstrumentLookup instruments,
        final InboundSink sink,
        final UserDataListener listener,
        final int accountBotId)
    {
        this(instruments, new ExecutionPublisher(sink), listener, accountBotId, DEFAULT_MAX_ENTRIES);
    }

    /**
     * @param instruments  symbols this decoder knows, filled at wiring time.
     * @param publisher    encodes the messages and hands them to the sink.
     * @param listener     told of listen-key expiry and of orders that are not ours.
     * @param accountBotId bot id put on account-level messages, or -1.
     * @param maxEntries   most entries accepted in one balances or positions array; more is {@link #UNSUPPORTED}.
     */
    public BinanceUserDataDecoder(
        final InstrumentLookup instruments,
        final ExecutionPublisher publisher,
        final UserDataListener listener,
        final int accountBotId,
        final int maxEntries)
    {
        if (maxEntries < 1)
        {
            throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
        }
        this.listener = listener;
        scanner = new UserDataScanner(status, maxEntries);
        orders = new OrderUpdateTranslator(instruments, publisher, listener, links, counters);
        algoOrders = new AlgoUpdateTranslator(instruments, publisher, listener, links, counters);
        accounts = new AccountUpdateTranslator(instruments, publisher, counters, accountBotId, maxEntries);
    }

    /**
     * Decodes one frame and publishes its messages.
     *
     * @param frame         buffer holding the frame.
     * @param offset        of the frame's first byte.
     * @param length        of the frame in bytes.
     * @param receiveTimeNs when the frame arrived, epoch nanoseconds; copied into every message.
     * @return messages published (0 or more), or a negative outcome.
     */
    public int decode(final DirectBuffer frame, final int offset, final int length, final long receiveTimeNs)
    {
        status.clear();
        event = null;
        final int result;
        if (!scanner.scan(frame, offset, length))
        {
            result = status.error().outcome();
        }
        else
        {
            final int translated = translate(receiveTimeNs);
            result = translated >= 0 ? translated : status.error().outcome();
        }
        return count(result);
    }

    /**
     * Forgets every conditional-order link; for a fresh start after reconciliation.
     */
    public void clearAlgoLinks()
    {
        links.clear();
    }

    /**
     * @return the counters of this decoder.
     */
    public UserDataCounters counters()
    {
        return counters;
    }

    /**
     * @return the last frame's event, or null if it was not recognised.
     */
    public UserDataEvent lastEvent()
    {
        return event;
    }

    /**
     * @return why the last frame was not decoded, {@link DecodeError#NONE} if it was.
     */
    public DecodeError lastError()
    {
        return status.error();
    }

    /**
     * @return the key the last error concerns (e.g. {@code "o.l"}, {@code "a.P[].pa"}), or null.
     */
    public String lastErrorField()
    {
        return status.field();
    }

    /**
     * @return offset from the frame's start of the byte (or value) the last error concerns, or -1.
     */
    public int lastErrorPosition()
    {
        return status.position();
    }

    /**
     * Cold path, for logs: allocates.
     *
     * @return the last error as one line, e.g. {@code "ORDER_TRADE_UPDATE: BAD_DECIMAL in field o.l at byte 212"}.
     */
    public String describeLastError()
    {
        final StringBuilder line = new StringBuilder(80);
        line.append(event == null ? "user-data frame" : event.wireName()).append(": ").append(status.error());
        if (status.field() != null)
        {
            line.append(" in field ").append(status.field());
        }
        if (status.position() >= 0)
        {
            line.append(" at byte ").append(status.position());
        }
        return line.toString();
    }

    private int translate(final long receiveTimeNs)
    {
        final UserDataFields fields = scanner.event();
        if (scanner.dataNotObject() || !fields.has(eventType))
        {
            return status.fail(DecodeError.UNSUPPORTED_EVENT, scanner.dataNotObject() ? "data" : "e");
        }
        if (!fields.require(eventType, UserDataFields.STRING))
        {
            return MALFORMED;
        }
        event = UserDataEvent.of(fields.buffer(), fields.offset(eventType), fields.length(eventType));
        if (event == null)
        {
            return fields.fail(DecodeError.UNSUPPORTED_EVENT, eventType);
        }
        switch (event)
        {
            case ORDER_TRADE_UPDATE:
                return orders.orderTradeUpdate(fields, scanner.order(), receiveTimeNs);
            case TRADE_LITE:
                return orders.tradeLite(fields);
            case ALGO_UPDATE:
                return algoOrders.algoUpdate(fields, scanner.order(), receiveTimeNs);
            case CONDITIONAL_ORDER_TRIGGER_REJECT:
                return algoOrders.triggerReject(fields, scanner.order(), receiveTimeNs);
            case ACCOUNT_UPDATE:
                return accounts.accountUpdate(fields, scanner.balances(), scanner.positions(), receiveTimeNs);
            case MARGIN_CALL:
                return accounts.marginCall(fields, scanner.marginPositions(), receiveTimeNs);
            case LISTEN_KEY_EXPIRED:
                return listenKeyExpired(fields);
            default:
                return fields.fail(DecodeError.UNSUPPORTED_EVENT, eventType);
        }
    }

    private int listenKeyExpired(final UserDataFields fields)
    {
        final long timeNs = fields.timeNs(eventTime);
        if (timeNs < 0)
        {
            return MALFORMED;
        }
        final boolean hasKey = fields.has(listenKey) && fields.kind(listenKey) == UserDataFields.STRING;
        counters.listenKeyExpired++;
        listener.onListenKeyExpired(
            timeNs, fields.buffer(), hasKey ? fields.offset(listenKey) : 0, hasKey ? fields.length(listenKey) : 0);
        return 0;
    }

    private int count(final int result)
    {
        if (result >= 0)
        {
            counters.decoded++;
            return result;
        }
        switch (result)
        {
            case UNSUPPORTED:
                counters.unsupported++;
                break;
            case UNKNOWN_INSTRUMENT:
                counters.unknownInstrument++;
                break;
            default:
                counters.malformed++;
                break;
        }
        return result;
    }
}
