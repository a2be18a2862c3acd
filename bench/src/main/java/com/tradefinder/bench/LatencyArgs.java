package com.tradefinder.bench;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The command line both latency harness mains take: {@code [--rate N] [--events N] [--warmup-events N] [--out FILE]}.
 *
 * @param rate   sends per second.
 * @param events measured events.
 * @param warmup warm-up events before measuring.
 * @param out    where the key=value results go, or null.
 */
record LatencyArgs(int rate, long events, long warmup, Path out)
{
    /**
     * @param harness name in the usage line.
     * @param args    the command line.
     * @param rate    default rate.
     * @param events  default measured events.
     * @param warmup  default warm-up events.
     * @return the parsed arguments; exits with 2 and one usage line on an unknown argument.
     */
    static LatencyArgs parse(final String harness, final String[] args, final int rate, final long events,
        final long warmup)
    {
        LatencyArgs parsed = new LatencyArgs(rate, events, warmup, null);
        for (int i = 0; i < args.length; i++)
        {
            switch (args[i])
            {
                case "--rate" -> parsed = new LatencyArgs(Integer.parseInt(args[++i]), parsed.events, parsed.warmup,
                    parsed.out);
                case "--events" -> parsed = new LatencyArgs(parsed.rate, Long.parseLong(args[++i]), parsed.warmup,
                    parsed.out);
                case "--warmup-events" -> parsed = new LatencyArgs(parsed.rate, parsed.events,
                    Long.parseLong(args[++i]), parsed.out);
                case "--out" -> parsed = new LatencyArgs(parsed.rate, parsed.events, parsed.warmup,
                    Paths.get(args[++i]));
                default ->
                {
                    System.err.println("unknown argument " + args[i] + "; usage: " + harness + " [--rate N] " +
                        "[--events N] [--warmup-events N] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        return parsed;
    }
}
