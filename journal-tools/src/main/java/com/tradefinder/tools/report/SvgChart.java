package com.tradefinder.tools.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Inline SVG charts for the HTML report, drawn in Java: a time-series line chart (optionally filled to zero) with
 * axes, ticks, grid lines, labels and a legend, and a bar chart for histograms. The markup is self-contained (no
 * CSS classes, scripts or fonts to fetch) and every text is escaped. Deterministic for the same input; stateless.
 */
public final class SvgChart
{
    /**
     * One line of a time chart.
     *
     * @param name    legend text.
     * @param colour  CSS colour of the line.
     * @param timesNs x values, epoch ns, ascending.
     * @param values  y values; NaN points are skipped.
     * @param area    fill between the line and zero.
     */
    public record Series(String name, String colour, long[] timesNs, double[] values, boolean area)
    {
    }

    /**
     * One bar.
     *
     * @param label  category label under the bar.
     * @param value  bar height.
     * @param colour CSS colour.
     */
    public record Bar(String label, double value, String colour)
    {
    }

    static final int WIDTH = 1000;
    static final int LINE_HEIGHT = 320;
    static final int BAR_HEIGHT = 280;
    private static final int LEFT = 72;
    private static final int RIGHT = 16;
    private static final int TOP = 26;
    private static final int BOTTOM = 40;
    private static final int MAX_TIME_TICKS = 8;
    private static final int MAX_BAR_LABELS = 20;
    private static final String AXIS = "#4b5563";
    private static final String GRID = "#e5e7eb";
    private static final String TEXT = "#374151";
    private static final long HOUR_NS = 3_600_000_000_000L;
    private static final long[] FIXED_STEPS_NS = {
        HOUR_NS, 3 * HOUR_NS, 6 * HOUR_NS, 12 * HOUR_NS, 24 * HOUR_NS, 48 * HOUR_NS, 7 * 24 * HOUR_NS,
        14 * 24 * HOUR_NS };
    private static final int[] MONTH_STEPS = { 1, 2, 3, 6, 12, 24, 60, 120 };
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MONTHS = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter YEARS = DateTimeFormatter.ofPattern("yyyy");

    private SvgChart()
    {
    }

    /**
     * Draws series over time on shared axes.
     *
     * @param label     accessible name of the chart (its {@code <title>} and {@code aria-label}).
     * @param series    the lines; each is thinned to {@code maxPoints} by {@link Downsampler}.
     * @param yFormat   formats y tick labels.
     * @param maxPoints most points drawn per series, at least 4.
     * @return an {@code <svg>} element.
     */
    public static String timeLines(final String label, final List<Series> series, final DoubleFunction<String> yFormat,
        final int maxPoints)
    {
        final StringBuilder svg = open(label, LINE_HEIGHT);
        long t0 = Long.MAX_VALUE;
        long t1 = Long.MIN_VALUE;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (final Series line : series)
        {
            for (int i = 0; i < line.values().length; i++)
            {
                if (Double.isFinite(line.values()[i]))
                {
                    t0 = Math.min(t0, line.timesNs()[i]);
                    t1 = Math.max(t1, line.timesNs()[i]);
                    low = Math.min(low, line.values()[i]);
                    high = Math.max(high, line.values()[i]);
                }
            }
            if (line.area())
            {
                low = Math.min(low, 0);
                high = Math.max(high, 0);
            }
        }
        if (t0 > t1)
        {
            return noData(svg, LINE_HEIGHT);
        }
        if (t1 == t0)
        {
            t0 -= HOUR_NS;
            t1 += HOUR_NS;
        }
        final double[] ticks = valueTicks(low, high);
        final Frame frame = new Frame(t0, t1, ticks[0], ticks[ticks.length - 1], LINE_HEIGHT);
        valueAxis(svg, frame, ticks, yFormat);
        timeAxis(svg, frame);
        for (final Series line : series)
        {
            drawLine(svg, frame, line, maxPoints);
        }
        legend(svg, series);
        return close(svg);
    }

    /**
     * Draws a bar per category, bars rising from zero (falling for negative values).
     *
     * @param label   accessible name of the chart.
     * @param bars    the bars, left to right.
     * @param xTitle  caption under the category labels.
     * @param yFormat formats y tick labels.
     * @return an {@code <svg>} element.
     */
    public static String bars(final String label, final List<Bar> bars, final String xTitle,
        final DoubleFunction<String> yFormat)
    {
        final StringBuilder svg = open(label, BAR_HEIGHT);
        if (bars.isEmpty())
        {
            return noData(svg, BAR_HEIGHT);
        }
        double low = 0;
        double high = 0;
        for (final Bar bar : bars)
        {
            if (Double.isFinite(bar.value()))
            {
                low = Math.min(low, bar.value());
                high = Math.max(high, bar.value());
            }
        }
        final double[] ticks = valueTicks(low, high);
        final Frame frame = new Frame(0, bars.size(), ticks[0], ticks[ticks.length - 1], BAR_HEIGHT);
        valueAxis(svg, frame, ticks, yFormat);
        final double slot = frame.plotWidth() / bars.size();
        final double zero = frame.y(0);
        final int labelEvery = (bars.size() + MAX_BAR_LABELS - 1) / MAX_BAR_LABELS;
        for (int i = 0; i < bars.size(); i++)
        {
            final Bar bar = bars.get(i);
            final double value = Double.isFinite(bar.value()) ? bar.value() : 0;
            final double top = Math.min(zero, frame.y(value));
            svg.append("<rect x=\"");
            coordinate(svg, LEFT + slot * i + slot * 0.1).append("\" y=\"");
            coordinate(svg, top).append("\" width=\"");
            coordinate(svg, slot * 0.8).append("\" height=\"");
            coordinate(svg, Math.abs(frame.y(value) - zero)).append("\" fill=\"").append(Html.escape(bar.colour()))
                .append("\"><title>").append(Html.escape(bar.label() + ": " + yFormat.apply(bar.value())))
                .append("</title></rect>\n");
            if (i % labelEvery == 0)
            {
                text(svg, LEFT + slot * (i + 0.5), frame.bottom() + 14, "middle", bar.label());
            }
        }
        axisLine(svg, LEFT, zero, LEFT + frame.plotWidth(), zero);
        text(svg, LEFT + frame.plotWidth() / 2, BAR_HEIGHT - 6, "middle", xTitle);
        return close(svg);
    }

    /**
     * Picks round tick values covering [low, high]: about five steps of 1, 2, 2.5 or 5 times a power of ten.
     *
     * @param low  smallest value to show.
     * @param high largest value to show.
     * @return ascending ticks; the first ≤ low and the last ≥ high.
     */
    static double[] valueTicks(final double low, final double high)
    {
        double from = low;
        double to = high;
        if (!(to > from))
        {
            final double pad = Math.max(1.0, Math.abs(from) * 0.05);
            from -= pad;
            to += pad;
        }
        final double step = niceStep((to - from) / 5.0);
        final double first = Math.floor(from / step) * step;
        final int count = (int)Math.ceil((to - first) / step - 1e-9) + 1;
        final double[] ticks = new double[Math.max(2, count)];
        for (int i = 0; i < ticks.length; i++)
        {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    private static double niceStep(final double raw)
    {
        final double power = Math.pow(10, Math.floor(Math.log10(raw)));
        final double fraction = raw / power;
        final double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /**
     * Picks calendar-aligned UTC time ticks: the shortest of 1 h … 14 d, 1 … 120 months giving at most 8 ticks.
     *
     * @param t0 first time, epoch ns.
     * @param t1 last time, epoch ns.
     * @return tick times within [t0, t1] and their labels, as two parallel lists.
     */
    static TimeTicks timeTicks(final long t0, final long t1)
    {
        final long span = t1 - t0;
        for (final long step : FIXED_STEPS_NS)
        {
            if (span / step < MAX_TIME_TICKS)
            {
                final DateTimeFormatter format = step < 24 * HOUR_NS ? HOURS : DAYS;
                final TimeTicks ticks = new TimeTicks(new ArrayList<>(), new ArrayList<>());
                for (long t = Math.floorDiv(t0 + step - 1, step) * step; t <= t1; t += step)
                {
                    ticks.add(t, format);
                }
                return ticks;
            }
        }
        final ZonedDateTime start = Instant.ofEpochSecond(0, t0).atZone(ZoneOffset.UTC);
        for (final int months : MONTH_STEPS)
        {
            if (span / (30L * 24 * HOUR_NS * months) < MAX_TIME_TICKS || months == MONTH_STEPS[MONTH_STEPS.length - 1])
            {
                final DateTimeFormatter format = months >= 12 ? YEARS : MONTHS;
                final TimeTicks ticks = new TimeTicks(new ArrayList<>(), new ArrayList<>());
                ZonedDateTime month = start.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
                final int aligned = Math.min(months, 12);
                while (month.toEpochSecond() * 1_000_000_000L < t0 || (month.getMonthValue() - 1) % aligned != 0 ||
                    months > 12 && month.getYear() % (months / 12) != 0)
                {
                    month = month.plusMonths(1);
                }
                while (month.toEpochSecond() * 1_000_000_000L <= t1)
                {
                    ticks.add(month.toEpochSecond() * 1_000_000_000L, format);
                    month = month.plusMonths(months);
                }
                return ticks;
            }
        }
        throw new IllegalStateException("unreachable: the last month step always applies");
    }

    /**
     * Time ticks and their labels.
     *
     * @param timesNs tick times.
     * @param labels  tick labels.
     */
    record TimeTicks(List<Long> timesNs, List<String> labels)
    {
        void add(final long timeNs, final DateTimeFormatter format)
        {
            timesNs.add(timeNs);
            labels.add(format.format(Instant.ofEpochSecond(0, timeNs).atZone(ZoneOffset.UTC)));
        }
    }

    /** Maps data coordinates to the plot area. */
    private record Frame(double x0, double x1, double y0, double y1, int height)
    {
        double plotWidth()
        {
            return WIDTH - LEFT - RIGHT;
        }

        double bottom()
        {
            return height - BOTTOM;
        }

        double x(final double value)
        {
            return LEFT + (value - x0) / (x1 - x0) * plotWidth();
        }

        double y(final double value)
        {
            return bottom() - (value - y0) / (y1 - y0) * (bottom() - TOP);
        }
    }

    private static StringBuilder open(final String label, final int height)
    {
        final StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
            .append(height).append("\" width=\"100%\" role=\"img\" aria-label=\"").append(Html.escape(label))
            .append("\" font-family=\"system-ui, sans-serif\" font-size=\"11\">\n<title>")
            .append(Html.escape(label)).append("</title>\n");
        return svg;
    }

    private static String close(final StringBuilder svg)
    {
        return svg.append("</svg>\n").toString();
    }

    private static String noData(final StringBuilder svg, final int height)
    {
        text(svg, WIDTH / 2.0, height / 2.0, "middle", "no data");
        return close(svg);
    }

    private static void valueAxis(final StringBuilder svg, final Frame frame, final double[] ticks,
        final DoubleFunction<String> format)
    {
        for (final double tick : ticks)
        {
            final double y = frame.y(tick);
            svg.append("<line x1=\"").append(LEFT).append("\" y1=\"");
            coordinate(svg, y).append("\" x2=\"");
            coordinate(svg, LEFT + frame.plotWidth()).append("\" y2=\"");
            coordinate(svg, y).append("\" stroke=\"").append(Math.abs(tick) < 1e-12 ? AXIS : GRID)
                .append("\" stroke-width=\"1\"/>\n");
            text(svg, LEFT - 6, y + 4, "end", format.apply(Math.abs(tick) < 1e-12 ? 0.0 : tick));
        }
        axisLine(svg, LEFT, TOP, LEFT, frame.bottom());
    }

    private static void timeAxis(final StringBuilder svg, final Frame frame)
    {
        axisLine(svg, LEFT, frame.bottom(), LEFT + frame.plotWidth(), frame.bottom());
        final TimeTicks ticks = timeTicks((long)frame.x0(), (long)frame.x1());
        for (int i = 0; i < ticks.timesNs().size(); i++)
        {
            final double x = frame.x(ticks.timesNs().get(i));
            axisLine(svg, x, frame.bottom(), x, frame.bottom() + 5);
            text(svg, x, frame.bottom() + 18, "middle", ticks.labels().get(i));
        }
    }

    private static void drawLine(final StringBuilder svg, final Frame frame, final Series line, final int maxPoints)
    {
        final int[] kept = Downsampler.keep(line.values(), maxPoints);
        final StringBuilder points = new StringBuilder(kept.length * 14);
        double firstX = Double.NaN;
        double lastX = Double.NaN;
        int drawn = 0;
        for (final int i : kept)
        {
            final double value = line.values()[i];
            if (!Double.isFinite(value))
            {
                continue;
            }
            final double x = frame.x(line.timesNs()[i]);
            if (drawn == 0)
            {
                firstX = x;
            }
            lastX = x;
            drawn++;
            coordinate(points, x).append(',');
            coordinate(points, frame.y(value)).append(' ');
        }
        if (drawn == 0)
        {
            return;
        }
        final String colour = Html.escape(line.colour());
        if (line.area())
        {
            final double zero = frame.y(0);
            svg.append("<path fill=\"").append(colour).append("\" fill-opacity=\"0.25\" stroke=\"none\" d=\"M");
            coordinate(svg, firstX).append(',');
            coordinate(svg, zero).append(" L").append(points).append(' ');
            coordinate(svg, lastX).append(',');
            coordinate(svg, zero).append(" Z\"/>\n");
        }
        if (drawn == 1)
        {
            final String[] xy = points.toString().trim().split(",");
            svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"3\" fill=\"")
                .append(colour).append("\"/>\n");
            return;
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour)
            .append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\" points=\"").append(points.toString().trim())
            .append("\"><title>").append(Html.escape(line.name())).append("</title></polyline>\n");
    }

    private static void legend(final StringBuilder svg, final List<Series> series)
    {
        double x = LEFT + 8;
        for (final Series line : series)
        {
            svg.append("<rect x=\"");
            coordinate(svg, x).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
                .append(Html.escape(line.colour())).append("\"/>\n");
            text(svg, x + 16, 18, "start", line.name());
            x += 28 + 6.5 * line.name().length();
        }
    }

    private static void axisLine(final StringBuilder svg, final double x1, final double y1, final double x2,
        final double y2)
    {
        svg.append("<line x1=\"");
        coordinate(svg, x1).append("\" y1=\"");
        coordinate(svg, y1).append("\" x2=\"");
        coordinate(svg, x2).append("\" y2=\"");
        coordinate(svg, y2).append("\" stroke=\"").append(AXIS).append("\" stroke-width=\"1\"/>\n");
    }

    private static void text(final StringBuilder svg, final double x, final double y, final String anchor,
        final String content)
    {
        svg.append("<text x=\"");
        coordinate(svg, x).append("\" y=\"");
        coordinate(svg, y).append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(TEXT).append("\">")
            .append(Html.escape(content)).append("</text>\n");
    }

    /** Appends a coordinate with one decimal, without exponent notation or locale. */
    private static StringBuilder coordinate(final StringBuilder out, final double value)
    {
        final long tenths = Math.round(value * 10.0);
        if (tenths < 0)
        {
            out.append('-');
        }
        final long magnitude = Math.abs(tenths);
        out.append(magnitude / 10);
        if (magnitude % 10 != 0)
        {
            out.append('.').append(magnitude % 10);
        }
        return out;
    }
}
