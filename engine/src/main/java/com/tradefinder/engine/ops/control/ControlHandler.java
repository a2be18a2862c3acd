package com.tradefinder.engine.ops.control;

import com.tradefinder.codecs.AdminAction;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.ConfigException;
import com.tradefinder.engine.ops.BotRoster;
import com.tradefinder.engine.ops.EngineGauges;
import com.tradefinder.engine.ops.InstrumentDirectory;
import com.tradefinder.engine.ops.OpsContext;
import com.tradefinder.engine.ops.http.HttpReply;
import com.tradefinder.engine.ops.http.JournaledReply;
import com.tradefinder.engine.ops.status.OpsMetrics;
import com.tradefinder.engine.ops.status.StatusView;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The operator's HTTP endpoint (loopback by default). Open to anyone who can reach it: {@code GET /health/live},
 * {@code GET /health/ready} (503 with the reason when not ready) and {@code GET /metrics} (Prometheus text). With
 * {@code Authorization: Bearer <token>} only (401 otherwise, counted):
 * <ul>
 *   <li>{@code GET /status}: the {@link StatusView} as JSON;</li>
 *   <li>{@code POST /bots/<bot>/pause}, {@code .../resume}, {@code .../flatten}: an AdminCommand for that bot;</li>
 *   <li>{@code POST /kill} (with {@code ?flatten=true} to close positions too) and {@code POST /release}: the kill
 *   switch for every bot;</li>
 *   <li>{@code POST /bots/<bot>/reload} with the config file's text as body ({@code ?source=<file name>} for the
 *   error lines): validated first, the whitelist included against the instruments defined; a bad file changes
 *   nothing and is answered 400 with the first error line; a good one goes out as ConfigChange events.</li>
 * </ul>
 * Every command is an event on the ring, answered once journaled ({@link JournaledReply}). Sharable; event-loop
 * thread.
 */
@ChannelHandler.Sharable
public final class ControlHandler extends SimpleChannelInboundHandler<FullHttpRequest>
{
    private static final Logger LOG = LoggerFactory.getLogger(ControlHandler.class);

    private final BearerToken token;
    private final ControlCommands commands;
    private final BotRoster bots;
    private final InstrumentDirectory instruments;
    private final OpsContext.ConfigValidator validator;
    private final StatusView status;
    private final OpsMetrics metrics;
    private final EngineGauges gauges;
    private final AtomicLong unauthorized = new AtomicLong();
    private final AtomicLong badCommands = new AtomicLong();

    /**
     * @param token       the bearer token.
     * @param commands    publishes commands.
     * @param bots        the bots.
     * @param instruments the instruments defined, for reload validation.
     * @param validator   validates reloaded configs.
     * @param status      the status view.
     * @param metrics     renders /metrics.
     * @param gauges      tell when a command is journaled.
     */
    public ControlHandler(final BearerToken token, final ControlCommands commands, final BotRoster bots,
        final InstrumentDirectory instruments, final OpsContext.ConfigValidator validator, final StatusView status,
        final OpsMetrics metrics, final EngineGauges gauges)
    {
        this.token = token;
        this.commands = commands;
        this.bots = bots;
        this.instruments = instruments;
        this.validator = validator;
        this.status = status;
        this.metrics = metrics;
        this.gauges = gauges;
    }

    /**
     * @return requests refused for a missing or wrong token.
     */
    public long unauthorized()
    {
        return unauthorized.get();
    }

    /**
     * @return commands refused as bad (unknown bot or path, invalid config).
     */
    public long badCommands()
    {
        return badCommands.get();
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpRequest request)
    {
        final QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        final String path = uri.path();
        final boolean get = HttpMethod.GET.equals(request.method());
        if (get && path.equals("/health/live"))
        {
            HttpReply.send(ctx, request, 200, HttpReply.JSON, "{\"live\":true}\n");
            return;
        }
        if (get && path.equals("/health/ready"))
        {
            final String problem = status.readinessProblem();
            HttpReply.send(ctx, request, problem == null ? 200 : 503, HttpReply.JSON, problem == null ?
                "{\"ready\":true}\n" : "{\"ready\":false,\"problem\":" +
                com.tradefinder.engine.ops.http.JsonText.quote(problem) + "}\n");
            return;
        }
        if (get && path.equals("/metrics"))
        {
            HttpReply.send(ctx, request, 200, HttpReply.PROMETHEUS, metrics.render());
            return;
        }
        if (!token.admits(request.headers().get(HttpHeaderNames.AUTHORIZATION)))
        {
            unauthorized.incrementAndGet();
            LOG.warn("control {} {} refused: missing or wrong bearer token", request.method(), path);
            HttpReply.error(ctx, request, 401, "missing or wrong bearer token");
            return;
        }
        if (get && path.equals("/status"))
        {
            HttpReply.send(ctx, request, 200, HttpReply.JSON, status.statusJson());
            return;
        }
        if (!HttpMethod.POST.equals(request.method()))
        {
            bad(ctx, request, 405, request.method() + " " + path + " is not a control command");
            return;
        }
        command(ctx, request, uri, path);
    }

    private void command(final ChannelHandlerContext ctx, final FullHttpRequest request, final QueryStringDecoder uri,
        final String path)
    {
        if (path.equals("/kill"))
        {
            final List<String> flatten = uri.parameters().get("flatten");
            final boolean andFlatten = flatten != null && flatten.contains("true");
            LOG.warn("control: kill switch for every bot{}", andFlatten ? ", flattening" : "");
            JournaledReply.send(ctx, request, gauges, commands.admin(-1, AdminAction.KILL_SWITCH, andFlatten ? 1 : 0));
            return;
        }
        if (path.equals("/release"))
        {
            LOG.warn("control: kill switch released for every bot");
            JournaledReply.send(ctx, request, gauges, commands.admin(-1, AdminAction.KILL_SWITCH_RELEASE, 0));
            return;
        }
        final String[] parts = path.split("/");
        if (parts.length != 4 || !parts[1].equals("bots"))
        {
            bad(ctx, request, 404, "no control command at " + path);
            return;
        }
        final String botName = parts[2];
        final int botId = bots.idOf(botName);
        if (botId < 0)
        {
            bad(ctx, request, 404, "no bot named \"" + botName + "\"");
            return;
        }
        final AdminAction action;
        switch (parts[3])
        {
            case "pause" -> action = AdminAction.PAUSE;
            case "resume" -> action = AdminAction.RESUME;
            case "flatten" -> action = AdminAction.FLATTEN;
            case "reload" ->
            {
                reload(ctx, request, uri, botId, botName);
                return;
            }
            default ->
            {
                bad(ctx, request, 404, "unknown command \"" + parts[3] + "\": pause, resume, flatten or reload");
                return;
            }
        }
        LOG.warn("control: {} bot {}", action, botName);
        JournaledReply.send(ctx, request, gauges, commands.admin(botId, action, 0));
    }

    private void reload(final ChannelHandlerContext ctx, final FullHttpRequest request, final QueryStringDecoder uri,
        final int botId, final String botName)
    {
        final List<String> sources = uri.parameters().get("source");
        final String source = sources == null || sources.isEmpty() ? botName + ".toml" : sources.get(0);
        final String text = request.content().toString(StandardCharsets.UTF_8);
        final BotConfig config;
        try
        {
            config = validator.validate(text, source);
        }
        catch (final ConfigException ex)
        {
            bad(ctx, request, 400, ex.lines().isEmpty() ? ex.getMessage() : ex.lines().get(0) +
                (ex.lines().size() > 1 ? " (and " + (ex.lines().size() - 1) + " more)" : ""));
            return;
        }
        if (!config.name().equals(botName))
        {
            bad(ctx, request, 400, source + ": names bot \"" + config.name() + "\", not \"" + botName + "\"");
            return;
        }
        if (config.venue() != bots.config(botId).venue())
        {
            bad(ctx, request, 400, source + ": venue " + config.venue() + " differs from the running bot's " +
                bots.config(botId).venue() + ": restart the engine to move a bot");
            return;
        }
        for (final String symbol : config.instruments().whitelist())
        {
            if (instruments.find(config.venue(), symbol) == null)
            {
                bad(ctx, request, 400, source + ": whitelisted instrument " + symbol + " is not defined in this " +
                    "engine");
                return;
            }
        }
        final long sequence = commands.configChange(botId, config);
        bots.replace(botId, config);
        LOG.warn("control: bot {} reloaded from {} (config hash {})", botName, source, Long.toHexString(config.hash()));
        JournaledReply.send(ctx, request, gauges, sequence);
    }

    private void bad(final ChannelHandlerContext ctx, final FullHttpRequest request, final int status,
        final String message)
    {
        badCommands.incrementAndGet();
        LOG.warn("control {} {} refused: {}", request.method(), request.uri(), message);
        HttpReply.error(ctx, request, status, message);
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        LOG.warn("control connection failed: {}", cause.toString());
        ctx.close();
    }
}
