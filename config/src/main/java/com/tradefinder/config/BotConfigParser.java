package com.tradefinder.config;

import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.Venue;
import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a parsed bot config table by table into the config records, reporting every problem to an
 * {@link ErrorSink}. Produces a {@link BotConfig} only when nothing was reported. One instance per validation;
 * single-threaded; deterministic (no clock, no file system, no environment).
 */
final class BotConfigParser
{
    private static final Pattern BOT_NAME = Pattern.compile("[a-z0-9-]{1,32}");
    private static final Pattern STRATEGY_ID = Pattern.compile("[a-z0-9_-]{1,32}");
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,20}");
    private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{2,8}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final Pattern IPV4 = Pattern.compile(
        "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");
    private static final Pattern ACCOUNT = Pattern.compile("[\\p{Print}&&[^\\p{Cntrl}]]{1,64}");

    private static final Map<String, BotMode> MODES = names(BotMode.values());
    private static final Map<String, StrategyType> TYPES = names(StrategyType.values());
    private static final Map<String, EntryType> ENTRIES = names(EntryType.values());
    private static final Map<String, MaType> MA_TYPES = names(MaType.values());
    private static final Map<String, Venue> VENUES = map("binance_usdm", Venue.BINANCE_USDM,
        "bybit_linear", Venue.BYBIT_LINEAR);
    private static final Map<String, PositionMode> POSITION_MODES = map("hedge", PositionMode.HEDGE,
        "one_way", PositionMode.ONE_WAY);
    private static final Map<String, MarginMode> MARGIN_MODES = map("isolated", MarginMode.ISOLATED,
        "crossed", MarginMode.CROSSED);
    private static final Map<String, ReportCurrency> CURRENCIES = map("USD", ReportCurrency.USD,
        "CHF", ReportCurrency.CHF, "EUR", ReportCurrency.EUR);
    private static final Map<String, Regime> ROUTED_REGIMES = map("trending_up", Regime.TRENDING_UP,
        "trending_down", Regime.TRENDING_DOWN, "ranging", Regime.RANGING,
        "high_volatility", Regime.HIGH_VOLATILITY, "uncertain", Regime.UNCERTAIN);

    private final ErrorSink errors;
    private final TomlTable root;
    private final String text;
    private final Set<String> knownSymbols;

    private String name;
    private BotMode mode;
    private Venue venue;
    private String account;
    private CredentialsConfig credentials;
    private boolean liveTradingOptIn;
    private Path output;
    private RiskConfig risk;
    private InstrumentsConfig instruments;
    private List<String> whitelist = List.of();
    private boolean whitelistKnown;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Draft> draftsById = new LinkedHashMap<>();
    private TimeframesConfig timeframes;
    private RegimeConfig regime;
    private RoutingConfig routing;
    private ExecutionConfig execution;
    private FeesConfig fees;
    private SimulationConfig simulation;
    private ReportConfig report;
    private WebhookConfig webhook;

    /**
     * @param errors       where to report.
     * @param root         the parsed file, without syntax errors.
     * @param text         the file's text.
     * @param knownSymbols the venue's or the data's instruments, or {@code null} when not known.
     */
    BotConfigParser(final ErrorSink errors, final TomlTable root, final String text, final Set<String> knownSymbols)
    {
        this.errors = errors;
        this.root = root;
        this.text = text;
        this.knownSymbols = knownSymbols;
    }

    /**
     * @return the config, or {@code null} when any problem was reported.
     */
    BotConfig parse()
    {
        final Section file = new Section(errors, root, "", 1, ConfigKeys.ROOT);
        readBot(required(file, "bot", ConfigKeys.BOT));
        readRisk(file.table("risk", ConfigKeys.RISK));
        readInstruments(required(file, "instruments", ConfigKeys.INSTRUMENTS));
        readStrategies(file);
        readTimeframes(file.table("timeframes", ConfigKeys.TIMEFRAMES));
        readRegime(file.table("regime", ConfigKeys.REGIME));
        readRouting(file.table("routing", ConfigKeys.ROUTING));
        readExecution(file.table("execution", ConfigKeys.EXECUTION));
        readFees(file.table("fees", ConfigKeys.FEES));
        readSimulation(file.table("simulation", ConfigKeys.SIMULATION));
        readReport(file.table("report", ConfigKeys.REPORT));
        readWebhook(file.table("webhook", ConfigKeys.WEBHOOK));
        if (!errors.isEmpty())
        {
            return null;
        }
        final List<StrategyConfig> strategies = new ArrayList<>(drafts.size());
        for (final Draft draft : drafts)
        {
            strategies.add(new StrategyConfig(draft.id, draft.type, draft.timeframeSec, draft.instruments,
                draft.allocationCapPct, draft.riskPerTradePct, draft.params));
        }
        return new BotConfig(errors.source(), text, name, mode, venue, account, credentials, liveTradingOptIn,
            output, instruments, timeframes, regime, strategies, routing, risk, execution, fees, simulation, report,
            Optional.ofNullable(webhook));
    }

    private Section required(final Section file, final String key, final List<String> allowed)
    {
        final Section section = file.table(key, allowed);
        if (!file.has(key))
        {
            errors.add(1, key, "required table [" + key + "] is missing");
        }
        return section;
    }

    private void readBot(final Section s)
    {
        if (!s.present())
        {
            return;
        }
        name = s.requiredString("name");
        if (name != null && !BOT_NAME.matcher(name).matches())
        {
            s.error("name", "\"" + name + "\" must match [a-z0-9-]{1,32}");
        }
        mode = s.requiredChoice("mode", MODES);
        venue = s.requiredChoice("venue", VENUES);
        account = s.string("account", name);
        if (s.has("account") && account != null && !ACCOUNT.matcher(account).matches())
        {
            s.error("account", "must be 1 to 64 printable characters");
        }
        final String apiKeyEnv = envName(s, "api_key_env");
        final String apiSecretEnv = envName(s, "api_secret_env");
        final String secretsFile = s.string("secrets_file", null);
        final Path secretsPath = secretsFile == null ? null : path(s, "secrets_file", secretsFile);
        liveTradingOptIn = s.bool("live_trading_opt_in", false);
        final String outputText = s.string("output", name == null ? null : "out/" + name);
        output = outputText == null ? null : path(s, "output", outputText);
        credentials = new CredentialsConfig(
            Optional.ofNullable(apiKeyEnv), Optional.ofNullable(apiSecretEnv), Optional.ofNullable(secretsPath));

        final boolean hasKeyEnv = s.has("api_key_env");
        final boolean hasSecretEnv = s.has("api_secret_env");
        if (s.has("secrets_file") && (hasKeyEnv || hasSecretEnv))
        {
            s.error("secrets_file", "give either api_key_env and api_secret_env, or secrets_file, not both");
        }
        else if (hasKeyEnv != hasSecretEnv)
        {
            final String other = hasKeyEnv ? "api_key_env" : "api_secret_env";
            errors.add(s.lineOf(other), s.keyPath(hasKeyEnv ? "api_secret_env" : "api_key_env"),
                "required with " + other + ": name both environment variables");
        }
        else if (mode != null && mode.needsCredentials() && !hasKeyEnv && !s.has("secrets_file"))
        {
            errors.add(s.line(), s.keyPath("api_key_env"), "mode = \"" + mode.configName() + "\" needs credentials: "
                + "api_key_env and api_secret_env (names of environment variables) or secrets_file");
        }
        if (mode == BotMode.LIVE && !liveTradingOptIn && !s.failed("live_trading_opt_in"))
        {
            s.error("live_trading_opt_in", "mode = \"live\" requires live_trading_opt_in = true "
                + "(real money: the environment opt-in is checked as well when the bot starts)");
        }
    }

    private static String envName(final Section s, final String key)
    {
        final String value = s.string(key, null);
        if (value == null)
        {
            return null;
        }
        if (!ENV_NAME.matcher(value).matches())
        {
            s.error(key, "must be the name of an environment variable ([A-Za-z_][A-Za-z0-9_]*, at most 128 "
                + "characters), not the key itself");
            return null;
        }
        if (looksLikeKey(value))
        {
            s.error(key, "looks like a key itself, not the name of an environment variable: keys never go in the "
                + "config file");
            return null;
        }
        return value;
    }

    private static boolean looksLikeKey(final String value)
    {
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return value.length() >= 24 && value.indexOf('_') < 0 && lower && digit;
    }

    private static Path path(final Section s, final String key, final String value)
    {
        if (value.isBlank())
        {
            s.error(key, "must not be empty");
            return null;
        }
        try
        {
            return Path.of(value);
        }
        catch (final InvalidPathException ex)
        {
            s.error(key, "is not a valid path");
            return null;
        }
    }

    private void readRisk(final Section s)
    {
        final int venueMax = venue == null ? VenueLimits.BINANCE_USDM_MAX_LEVERAGE : VenueLimits.maxLeverage(venue);
        final String venueMaxText = venue == null ? "1.." + venueMax :
            "1.." + venueMax + ", the " + VenueLimits.configName(venue) + " maximum";
        final double riskPerTradePct = s.number("risk_per_trade_pct", 1.0, 0.1, 3);
        final double maxTotalExposurePct = s.number("max_total_exposure_pct", 300, 1, 12_500);
        final int maxLeverage = s.integer("max_leverage", 5, 1, venueMax, venueMaxText);
        final double maxPortfolioHeatPct = s.number("max_portfolio_heat_pct", 6, 0.1, 100);
        if (!s.failed("risk_per_trade_pct") && !s.failed("max_portfolio_heat_pct") &&
            maxPortfolioHeatPct < riskPerTradePct)
        {
            s.error("max_portfolio_heat_pct", Texts.number(maxPortfolioHeatPct) + " is below risk_per_trade_pct ("
                + Texts.number(riskPerTradePct) + "): no entry could ever open");
        }
        final double dailyLossLimitPct = s.number("daily_loss_limit_pct", 3, 0.1, 100);
        final double maxDrawdownPct = s.number("max_drawdown_pct", 20, 0.1, 100);
        final int maxOrdersPerMinute = s.integer("max_orders_per_minute", 30, 1, 1200);
        final double priceBandPct = s.number("price_band_pct", 2.0, 0.01, 50);
        final double initialEquity;
        if (mode != null && !mode.simulated() && s.has("initial_equity"))
        {
            s.error("initial_equity", "applies to backtest and paper only: " + mode.configName()
                + " uses the account's equity");
            initialEquity = 10_000;
        }
        else
        {
            initialEquity = s.number("initial_equity", 10_000, 1, 1e12);
        }
        final String quoteAsset = s.string("quote_asset", "USDT");
        if (quoteAsset != null && !ASSET.matcher(quoteAsset).matches())
        {
            s.error("quote_asset", "\"" + quoteAsset + "\" must match [A-Z0-9]{2,8}, e.g. USDT");
        }
        risk = new RiskConfig(riskPerTradePct, maxTotalExposurePct, maxLeverage, maxPortfolioHeatPct,
            dailyLossLimitPct, maxDrawdownPct, maxOrdersPerMinute, priceBandPct, initialEquity, quoteAsset);
    }

    private void readInstruments(final Section s)
    {
        final List<String> symbols = s.strings("whitelist");
        if (s.present() && !s.has("whitelist"))
        {
            s.missing("whitelist");
        }
        final List<String> valid = new ArrayList<>();
        if (symbols != null)
        {
            for (int i = 0; i < symbols.size(); i++)
            {
                final String symbol = symbols.get(i);
                if (symbol == null)
                {
                    continue;
                }
                if (!SYMBOL.matcher(symbol).matches())
                {
                    s.elementError("whitelist", i, "\"" + symbol + "\" is not a venue symbol ([A-Z0-9]{2,20}, e.g. "
                        + "BTCUSDT)");
                }
                else if (valid.contains(symbol))
                {
                    s.elementError("whitelist", i, "\"" + symbol + "\" is listed twice");
                }
                else
                {
                    if (knownSymbols != null && !knownSymbols.contains(symbol))
                    {
                        s.elementError("whitelist", i, "\"" + symbol + "\" is not a known instrument"
                            + Texts.didYouMeanQuoted(symbol, new TreeSet<>(knownSymbols)));
                    }
                    valid.add(symbol);
                }
            }
            if (symbols.isEmpty())
            {
                s.error("whitelist", "must list at least one symbol");
            }
        }
        whitelist = valid;
        whitelistKnown = s.present() && symbols != null && !s.failed("whitelist");

        final int maxLeverage = risk.maxLeverage();
        final Section leverageTable = s.table("leverage", null);
        final Map<String, Integer> leverage = new LinkedHashMap<>();
        for (final String symbol : valid)
        {
            leverage.put(symbol, 1);
        }
        for (final String symbol : leverageTable.keys())
        {
            final int value = leverageTable.integer(symbol, 1, 1, maxLeverage, "1.." + maxLeverage
                + ", risk.max_leverage");
            if (whitelistKnown && !valid.contains(symbol))
            {
                leverageTable.error(symbol, "\"" + symbol + "\" is not in instruments.whitelist"
                    + Texts.didYouMeanQuoted(symbol, valid));
            }
            else
            {
                leverage.put(symbol, value);
            }
        }
        final PositionMode positionMode = s.choice("position_mode", PositionMode.HEDGE, POSITION_MODES);
        final MarginMode marginMode = s.choice("margin_mode", MarginMode.ISOLATED, MARGIN_MODES);
        instruments = new InstrumentsConfig(valid, leverage, positionMode, marginMode);
    }

    private void readStrategies(final Section file)
    {
        final Object value = file.value("strategies");
        if (value == null)
        {
            errors.add(1, "strategies", "at least one [[strategies]] table is required");
            return;
        }
        if (!(value instanceof TomlArray))
        {
            file.typeError("strategies", "an array of tables ([[strategies]])", value);
            return;
        }
        final TomlArray array = (TomlArray)value;
        if (array.isEmpty())
        {
            file.error("strategies", "at least one [[strategies]] table is required");
        }
        for (int i = 0; i < array.size(); i++)
        {
            final Object element = array.get(i);
            if (!(element instanceof TomlTable))
            {
                file.elementError("strategies", i, "expected a table, found " + Section.typeName(element));
                continue;
            }
            final TomlPosition position = array.inputPositionOf(i);
            final Section s = new Section(errors, (TomlTable)element, "strategies[" + i + "]",
                position == null ? file.lineOf("strategies") : position.line(), ConfigKeys.STRATEGY);
            readStrategy(s);
        }
        checkWeightedMembers();
    }

    private void readStrategy(final Section s)
    {
        final Draft draft = new Draft(s);
        draft.id = s.requiredString("id");
        if (draft.id != null)
        {
            if (!STRATEGY_ID.matcher(draft.id).matches())
            {
                s.error("id", "\"" + draft.id + "\" must match [a-z0-9_-]{1,32}");
            }
            else if (draftsById.containsKey(draft.id))
            {
                final Draft first = draftsById.get(draft.id);
                s.error("id", "duplicate strategy id \"" + draft.id + "\" (first at line "
                    + first.section.lineOf("id") + ")");
            }
            else
            {
                draftsById.put(draft.id, draft);
            }
        }
        draft.type = s.requiredChoice("type", TYPES);
        final String timeframe = s.requiredString("timeframe");
        if (timeframe != null)
        {
            draft.timeframeSec = Timeframes.seconds(timeframe);
            if (draft.timeframeSec < 0)
            {
                s.error("timeframe", "\"" + timeframe + "\" is not a supported timeframe (allowed "
                    + Texts.list(Timeframes.LABELS) + ")");
            }
        }
        draft.instruments = readStrategyInstruments(s);
        draft.allocationCapPct = s.number("allocation_cap_pct", 25, 1, 100);
        draft.riskPerTradePct = s.number("risk_per_trade_pct", risk.riskPerTradePct(), 0.1, 3);
        draft.paramsSection = s.table("params", draft.type == null ? null : ConfigKeys.PARAMS.get(draft.type));
        draft.params = draft.type == null ? null : readParams(draft.type, draft.paramsSection);
        drafts.add(draft);
    }

    private List<String> readStrategyInstruments(final Section s)
    {
        final List<String> symbols = s.strings("instruments");
        if (symbols == null)
        {
            return whitelist;
        }
        final List<String> valid = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++)
        {
            final String symbol = symbols.get(i);
            if (symbol == null)
            {
                continue;
            }
            if (valid.contains(symbol))
            {
                s.elementError("instruments", i, "\"" + symbol + "\" is listed twice");
            }
            else if (whitelistKnown && !whitelist.contains(symbol))
            {
                s.elementError("instruments", i, "\"" + symbol + "\" is not in instruments.whitelist"
                    + Texts.didYouMeanQuoted(symbol, whitelist));
            }
            else
            {
                valid.add(symbol);
            }
        }
        if (symbols.isEmpty())
        {
            s.error("instruments", "must list at least one symbol (leave the key out for the whole whitelist)");
        }
        return valid;
    }

    private static StrategyParams readParams(final StrategyType type, final Section p)
    {
        switch (type)
        {
            case SUPERTREND:
                return new SupertrendParams(p.integer("atr_period", 10, 2, 500), p.number("multiplier", 3.0, 0.5, 10));
            case SQUEEZE_BREAKOUT:
                return new SqueezeBreakoutParams(
                    p.integer("bollinger_period", 20, 2, 500),
                    p.number("bollinger_stddevs", 2.0, 0.1, 10),
                    p.integer("keltner_period", 20, 2, 500),
                    p.number("keltner_multiplier", 1.5, 0.1, 10),
                    p.integer("atr_period", 14, 2, 500),
                    p.integer("volume_period", 20, 2, 500),
                    p.number("volume_factor", 1.5, 1, 20),
                    p.number("stop_atr_multiplier", 2.0, 0.1, 20),
                    p.number("take_profit_r", 2.0, 0, 100));
            case MEAN_REVERSION:
                return readMeanReversion(p);
            case GRID:
                return new GridParams(
                    p.integer("levels", 5, 1, 50),
                    p.number("spacing_pct", 0.5, 0.05, 20),
                    p.integer("range_lookback", 50, 5, 5000),
                    p.number("stop_pct", 1.0, 0.05, 50),
                    p.integer("atr_period", 14, 2, 500));
            case MA_CROSSOVER:
                return readMaCrossover(p);
            case TRADINGVIEW:
                return new TradingViewParams(p.number("default_stop_pct", 1.0, 0.05, 50), p.bool("allow_short", true));
            case WEIGHTED:
                return readWeighted(p);
            default:
                throw new IllegalStateException("unhandled strategy type " + type);
        }
    }

    private static MeanReversionParams readMeanReversion(final Section p)
    {
        final int bollingerPeriod = p.integer("bollinger_period", 20, 2, 500);
        final double bollingerStdDevs = p.number("bollinger_stddevs", 2.0, 0.1, 10);
        final int rsiPeriod = p.integer("rsi_period", 14, 2, 500);
        final double oversold = p.number("rsi_oversold", 30, 1, 99);
        final double overbought = p.number("rsi_overbought", 70, 1, 99);
        if (!p.failed("rsi_oversold") && !p.failed("rsi_overbought") && oversold >= overbought)
        {
            p.error("rsi_oversold", Texts.number(oversold) + " must be below rsi_overbought ("
                + Texts.number(overbought) + ")");
        }
        final int atrPeriod = p.integer("atr_period", 14, 2, 500);
        final double stopAtrMultiplier = p.number("stop_atr_multiplier", 1.5, 0.1, 20);
        return new MeanReversionParams(bollingerPeriod, bollingerStdDevs, rsiPeriod, oversold, overbought,
            atrPeriod, stopAtrMultiplier);
    }

    private static MaCrossoverParams readMaCrossover(final Section p)
    {
        final int fast = p.integer("fast_period", 20, 2, 1000);
        final int slow = p.integer("slow_period", 50, 2, 1000);
        if (!p.failed("fast_period") && !p.failed("slow_period") && fast >= slow)
        {
            p.error("fast_period", fast + " must be below slow_period (" + slow + ")");
        }
        final MaType maType = p.choice("ma_type", MaType.EMA, MA_TYPES);
        final int atrPeriod = p.integer("atr_period", 14, 2, 500);
        final double stopAtrMultiplier = p.number("stop_atr_multiplier", 2.0, 0.1, 20);
        return new MaCrossoverParams(fast, slow, maType, atrPeriod, stopAtrMultiplier);
    }

    private static WeightedParams readWeighted(final Section p)
    {
        final List<String> members = p.strings("members");
        if (!p.has("members"))
        {
            p.missing("members");
        }
        final List<String> memberIds = members == null ? List.of() : members;
        final List<Double> given = p.numbers("weights");
        final List<Double> weights = new ArrayList<>();
        if (given == null)
        {
            for (int i = 0; i < memberIds.size(); i++)
            {
                weights.add(1.0);
            }
        }
        else
        {
            for (int i = 0; i < given.size(); i++)
            {
                final Double weight = given.get(i);
                if (weight != null && !(weight > 0 && weight <= 1000))
                {
                    p.elementError("weights", i, Texts.number(weight) + " is out of range (allowed above 0, up to "
                        + "1000)");
                }
                weights.add(weight == null ? 1.0 : weight);
            }
            if (members != null && given.size() != members.size())
            {
                p.error("weights", "has " + given.size() + " weights for " + members.size()
                    + " members: give one weight per member");
            }
        }
        final double threshold = p.number("threshold", 0.5, 0, 1);
        final List<String> nonNull = new ArrayList<>();
        for (final String member : memberIds)
        {
            nonNull.add(member == null ? "" : member);
        }
        return new WeightedParams(nonNull, weights, threshold);
    }

    private void checkWeightedMembers()
    {
        for (final Draft draft : drafts)
        {
            if (draft.type != StrategyType.WEIGHTED)
            {
                continue;
            }
            final Section p = draft.paramsSection;
            if (!p.has("members") || p.failed("members"))
            {
                continue;
            }
            final List<String> members = ((WeightedParams)draft.params).members();
            if (members.size() < 2)
            {
                p.error("members", "needs at least 2 members, found " + members.size());
            }
            final Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < members.size(); i++)
            {
                final String member = members.get(i);
                if (member.isEmpty())
                {
                    continue;
                }
                final Draft target = draftsById.get(member);
                if (member.equals(draft.id))
                {
                    p.elementError("members", i, "a weighted strategy cannot be its own member");
                }
                else if (target == null)
                {
                    p.elementError("members", i, "unknown strategy id \"" + member + "\""
                        + Texts.didYouMeanQuoted(member, draftsById.keySet()));
                }
                else if (target.type == StrategyType.WEIGHTED)
                {
                    p.elementError("members", i, "\"" + member + "\" is a weighted strategy itself: members must "
                        + "be plain strategies");
                }
                else if (!seen.add(member))
                {
                    p.elementError("members", i, "\"" + member + "\" is listed twice");
                }
            }
        }
    }

    private void readTimeframes(final Section s)
    {
        final TreeSet<Integer> all = new TreeSet<>();
        for (final Draft draft : drafts)
        {
            if (draft.timeframeSec > 0)
            {
                all.add(draft.timeframeSec);
            }
        }
        final String base = s.string("base", null);
        int baseSec = all.isEmpty() ? -1 : all.first();
        if (base != null)
        {
            baseSec = Timeframes.seconds(base);
            if (baseSec < 0)
            {
                s.error("base", "\"" + base + "\" is not a supported timeframe (allowed "
                    + Texts.list(Timeframes.LABELS) + ")");
            }
        }
        if (baseSec > 0)
        {
            all.add(baseSec);
            timeframes = new TimeframesConfig(baseSec, new ArrayList<>(all));
        }
    }

    private void readRegime(final Section s)
    {
        final int adxPeriod = s.integer("adx_period", 14, 2, 500);
        final int atrPeriod = s.integer("atr_period", 14, 2, 500);
        final int bollingerPeriod = s.integer("bollinger_period", 20, 2, 500);
        final double bollingerStdDevs = s.number("bollinger_stddevs", 2.0, 0.1, 10);
        final int percentileWindow = s.integer("percentile_window", 100, 10, 10_000);
        final double trendAdxEnter = s.number("trend_adx_enter", 25, 0, 100);
        final double trendAdxExit = s.number("trend_adx_exit", 20, 0, 100);
        below(s, "trend_adx_exit", trendAdxExit, "trend_adx_enter", trendAdxEnter);
        final double rangeAdxMax = s.number("range_adx_max", 20, 0, 100);
        below(s, "range_adx_max", rangeAdxMax, "trend_adx_enter", trendAdxEnter);
        final double highVolatility = s.number("high_volatility_percentile", 0.90, 0, 1);
        final double highVolatilityExit = s.number("high_volatility_exit_percentile", 0.80, 0, 1);
        below(s, "high_volatility_exit_percentile", highVolatilityExit, "high_volatility_percentile", highVolatility);
        final double squeeze = s.number("squeeze_percentile", 0.50, 0, 1);
        below(s, "squeeze_percentile", squeeze, "high_volatility_exit_percentile", highVolatilityExit);
        final int confirmBars = s.integer("confirm_bars", 2, 1, 100);
        regime = new RegimeConfig(adxPeriod, atrPeriod, bollingerPeriod, bollingerStdDevs, percentileWindow,
            trendAdxEnter, trendAdxExit, rangeAdxMax, highVolatility, highVolatilityExit, squeeze, confirmBars);
    }

    private static void below(final Section s, final String key, final double value, final String limitKey,
        final double limit)
    {
        if (!s.failed(key) && !s.failed(limitKey) && !(value < limit))
        {
            s.error(key, Texts.number(value) + " must be below " + limitKey + " (" + Texts.number(limit) + ")");
        }
    }

    private void readRouting(final Section s)
    {
        final Map<Regime, List<String>> table = new EnumMap<>(Regime.class);
        final Map<Regime, List<String>> defaults = defaultRouting();
        for (final Map.Entry<String, Regime> entry : ROUTED_REGIMES.entrySet())
        {
            final String key = entry.getKey();
            final List<String> ids = s.strings(key);
            if (ids == null)
            {
                table.put(entry.getValue(), defaults.get(entry.getValue()));
                continue;
            }
            final List<String> valid = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++)
            {
                final String id = ids.get(i);
                if (id == null)
                {
                    continue;
                }
                if (!draftsById.containsKey(id))
                {
                    s.elementError(key, i, "unknown strategy id \"" + id + "\""
                        + Texts.didYouMeanQuoted(id, draftsById.keySet()));
                }
                else if (valid.contains(id))
                {
                    s.elementError(key, i, "\"" + id + "\" is listed twice");
                }
                else
                {
                    valid.add(id);
                }
            }
            table.put(entry.getValue(), valid);
        }
        final double uncertainExposurePct = s.number("uncertain_exposure_pct", 50, 0, 100);
        routing = new RoutingConfig(table, uncertainExposurePct);

        if (errors.failedUnder("routing"))
        {
            return;
        }
        final Set<String> members = weightedMembers();
        for (final Draft draft : drafts)
        {
            if (draft.id != null && draft.type != null && draft.type != StrategyType.TRADINGVIEW &&
                draftsById.get(draft.id) == draft && !errors.failedUnder(draft.section.path()) &&
                !members.contains(draft.id) && !routing.isRouted(draft.id))
            {
                draft.section.error("id", "strategy \"" + draft.id + "\" is routed to no regime, so it could never "
                    + "open a position: list it in [routing]");
            }
        }
    }

    private Map<Regime, List<String>> defaultRouting()
    {
        final Map<Regime, List<String>> defaults = new EnumMap<>(Regime.class);
        for (final Regime regime : ROUTED_REGIMES.values())
        {
            defaults.put(regime, new ArrayList<>());
        }
        final Set<String> members = weightedMembers();
        for (final Draft draft : drafts)
        {
            if (draft.id == null || draft.type == null || members.contains(draft.id) ||
                draftsById.get(draft.id) != draft)
            {
                continue;
            }
            final Set<Regime> regimes = EnumSet.noneOf(Regime.class);
            if (draft.type == StrategyType.WEIGHTED)
            {
                for (final String member : ((WeightedParams)draft.params).members())
                {
                    final Draft target = draftsById.get(member);
                    if (target != null && target.type != null)
                    {
                        regimes.addAll(defaultRegimes(target.type));
                    }
                }
            }
            else
            {
                regimes.addAll(defaultRegimes(draft.type));
            }
            for (final Regime regime : regimes)
            {
                defaults.get(regime).add(draft.id);
            }
        }
        return defaults;
    }

    private static Set<Regime> defaultRegimes(final StrategyType type)
    {
        switch (type)
        {
            case SUPERTREND:
            case MA_CROSSOVER:
                return EnumSet.of(Regime.TRENDING_UP, Regime.TRENDING_DOWN);
            case MEAN_REVERSION:
            case GRID:
                return EnumSet.of(Regime.RANGING);
            case SQUEEZE_BREAKOUT:
                return EnumSet.of(Regime.HIGH_VOLATILITY);
            default:
                return EnumSet.noneOf(Regime.class);
        }
    }

    private Set<String> weightedMembers()
    {
        final Set<String> members = new LinkedHashSet<>();
        for (final Draft draft : drafts)
        {
            if (draft.params instanceof WeightedParams)
            {
                members.addAll(((WeightedParams)draft.params).members());
            }
        }
        return members;
    }

    private void readExecution(final Section s)
    {
        final EntryType entry = s.choice("entry", EntryType.LIMIT, ENTRIES);
        final int entryOffsetTicks = s.integer("entry_offset_ticks", 0, -1000, 1000);
        if (s.has("entry_timeout_bars") && s.has("entry_timeout_seconds"))
        {
            s.error("entry_timeout_seconds", "give entry_timeout_bars or entry_timeout_seconds, not both");
        }
        final int entryTimeoutSeconds = s.integer("entry_timeout_seconds", 0, 1, 604_800);
        final int entryTimeoutBars = s.has("entry_timeout_seconds") ? 0 : s.integer("entry_timeout_bars", 1, 1, 1000);
        final int maxReprices = s.integer("max_reprices", 2, 0, 100);
        final double abandonAfterPct = s.number("abandon_after_pct", 0.5, 0.01, 50);
        final double takeProfitR = s.number("take_profit_r", 0, 0, 100);
        final boolean cancelOnShutdown = s.bool("cancel_on_shutdown", true);
        execution = new ExecutionConfig(entry, entryOffsetTicks, entryTimeoutBars, entryTimeoutSeconds, maxReprices,
            abandonAfterPct, takeProfitR, cancelOnShutdown);
    }

    private void readFees(final Section s)
    {
        fees = new FeesConfig(s.number("maker_bps", 2, -10, 100), s.number("taker_bps", 5, 0, 100));
    }

    private void readSimulation(final Section s)
    {
        if (s.present() && mode != null && !mode.simulated())
        {
            errors.add(s.line(), "simulation", "applies to backtest and paper only: mode = \"" + mode.configName()
                + "\" trades on the venue");
        }
        simulation = new SimulationConfig(
            s.number("slippage_bps", 1, 0, 1000),
            s.integer("latency_ms", 50, 0, 60_000),
            s.bool("touch_fills", false),
            s.bool("funding", true));
    }

    private void readWebhook(final Section s)
    {
        if (!s.present())
        {
            return;
        }
        final String secretEnv = envName(s, "secret_env");
        final String secretFile = s.string("secret_file", null);
        final Path secretPath = secretFile == null ? null : path(s, "secret_file", secretFile);
        if (s.has("secret_env") && s.has("secret_file"))
        {
            s.error("secret_file", "give either secret_env or secret_file, not both");
        }
        else if (!s.has("secret_env") && !s.has("secret_file"))
        {
            errors.add(s.line(), s.keyPath("secret_env"), "[webhook] needs secret_env (name of the environment "
                + "variable holding the secret) or secret_file (an owner-only file holding it)");
        }
        final List<String> ips = s.strings("allowed_ips");
        final List<String> allowed = new ArrayList<>();
        if (ips != null)
        {
            for (int i = 0; i < ips.size(); i++)
            {
                final String ip = ips.get(i);
                if (ip == null)
                {
                    continue;
                }
                final List<String> expanded = WebhookConfig.TRADINGVIEW.equals(ip) ?
                    WebhookConfig.TRADINGVIEW_SENDERS : List.of(ip);
                for (final String address : expanded)
                {
                    if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches())
                    {
                        s.elementError("allowed_ips", i, "\"" + ip + "\" is not an IP address literal or \""
                            + WebhookConfig.TRADINGVIEW + "\"");
                    }
                    else if (allowed.contains(address))
                    {
                        s.elementError("allowed_ips", i, "\"" + ip + "\" is listed twice");
                    }
                    else
                    {
                        allowed.add(address);
                    }
                }
            }
        }
        final int maxBodyBytes = s.integer("max_body_bytes", 4096, 256, 65_536);
        final int dedupWindowSeconds = s.integer("dedup_window_seconds", 600, 0, 86_400);
        final int maxAlertAgeSeconds = s.integer("max_alert_age_seconds", 120, 0, 86_400);
        webhook = new WebhookConfig(Optional.ofNullable(secretEnv), Optional.ofNullable(secretPath), allowed,
            maxBodyBytes, dedupWindowSeconds, maxAlertAgeSeconds);
    }

    private void readReport(final Section s)
    {
        final List<String> names = s.strings("currencies");
        final List<ReportCurrency> currencies = new ArrayList<>();
        if (names == null)
        {
            currencies.add(ReportCurrency.USD);
        }
        else
        {
            for (int i = 0; i < names.size(); i++)
            {
                final String currencyName = names.get(i);
                if (currencyName == null)
                {
                    continue;
                }
                final ReportCurrency currency = CURRENCIES.get(currencyName);
                if (currency == null)
                {
                    s.elementError("currencies", i, "\"" + currencyName + "\" is not one of "
                        + Texts.list(CURRENCIES.keySet()));
                }
                else if (currencies.contains(currency))
                {
                    s.elementError("currencies", i, "\"" + currencyName + "\" is listed twice");
                }
                else
                {
                    currencies.add(currency);
                }
            }
            if (names.isEmpty())
            {
                s.error("currencies", "must list at least one currency");
            }
        }
        final String ratesFile = s.string("rates_file", null);
        final Path ratesPath = ratesFile == null ? null : path(s, "rates_file", ratesFile);
        if ((currencies.contains(ReportCurrency.CHF) || currencies.contains(ReportCurrency.EUR)) &&
            !s.has("rates_file"))
        {
            errors.add(s.lineOf("currencies"), s.keyPath("rates_file"), "required when report.currencies has CHF "
                + "or EUR: a CSV date,CHF,EUR of daily rates per USD(T)");
        }
        report = new ReportConfig(currencies, Optional.ofNullable(ratesPath));
    }

    private static <E extends Enum<E>> Map<String, E> names(final E[] values)
    {
        final Map<String, E> byName = new LinkedHashMap<>();
        for (final E value : values)
        {
            byName.put(value.name().toLowerCase(Locale.ROOT), value);
        }
        return Collections.unmodifiableMap(byName);
    }

    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> map(final Object... pairs)
    {
        final Map<String, E> byName = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2)
        {
            byName.put((String)pairs[i], (E)pairs[i + 1]);
        }
        return Collections.unmodifiableMap(byName);
    }

    /**
     * A strategy while it is read: what has been found so far, and its section for later cross-checks.
     */
    private static final class Draft
    {
        private final Section section;
        private String id;
        private StrategyType type;
        private int timeframeSec = -1;
        private List<String> instruments = List.of();
        private double allocationCapPct;
        private double riskPerTradePct;
        private Section paramsSection;
        private StrategyParams params;

        Draft(final Section section)
        {
            this.section = section;
        }
    }
}
