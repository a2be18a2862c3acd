package com.tradefinder.tools.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SvgChartTest
{
    private static final long HOUR = Scorecard.DAY_NS / 24;

    static Document parse(final String svg) throws Exception
    {
        final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldDrawAWellFormedLineChartWithAxesLegendAndEscapedText() throws Exception
    {
        final long t0 = ReportJournal.time("2024-01-01T00:00:00Z");
        final long[] times = new long[5_000];
        final double[] values = new double[times.length];
        for (int i = 0; i < times.length; i++)
        {
            times[i] = t0 + i * HOUR;
            values[i] = 10_000 + 1_000 * Math.sin(i / 100.0);
        }
        final String svg = SvgChart.timeLines("Equity <USD> & more", List.of(
            new SvgChart.Series("Equity \"A\" & <B>", "#2563eb", times, values, false),
            new SvgChart.Series("Drawdown", "#dc2626", times, values, true)), Format::compact, 500);

        final Element root = parse(svg).getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Equity <USD> & more");
        assertThat(root.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(root.getElementsByTagName("path").getLength()).isEqualTo(1);
        final String points = ((Element)root.getElementsByTagName("polyline").item(0)).getAttribute("points");
        assertThat(points.split(" ")).hasSizeLessThanOrEqualTo(500).hasSizeGreaterThan(100);
        assertThat(svg).contains(">Equity &quot;A&quot; &amp; &lt;B&gt;</text>");
        // 5000 h ≈ 208 days: two-month ticks from 2024-01 … 2024-07
        assertThat(svg).contains(">2024-01</text>", ">2024-03</text>", ">2024-07</text>");
    }

    @Test
    void shouldDrawAWellFormedBarChart() throws Exception
    {
        final String svg = SvgChart.bars("R distribution", List.of(new SvgChart.Bar("−1.0", 3, "#dc2626"),
            new SvgChart.Bar("0.0", 0, "#16a34a"), new SvgChart.Bar("0.5", 5, "#16a34a")), "R", v -> Format.number(v, 0));
        final Element root = parse(svg).getDocumentElement();
        assertThat(root.getElementsByTagName("rect").getLength()).isEqualTo(3);
        assertThat(svg).contains("<title>0.5: 5</title>");
    }

    @Test
    void shouldSayNoDataForEmptyCharts() throws Exception
    {
        assertThat(parse(SvgChart.timeLines("empty", List.of(), Format::compact, 100)).getDocumentElement()
            .getTextContent()).contains("no data");
        assertThat(SvgChart.bars("empty", List.of(), "R", Format::compact)).contains("no data");
        final String single = SvgChart.timeLines("one", List.of(new SvgChart.Series("x", "#000",
            new long[]{ 0 }, new double[]{ 5 }, false)), Format::compact, 100);
        assertThat(parse(single).getDocumentElement().getElementsByTagName("circle").getLength()).isEqualTo(1);
    }

    @Test
    void shouldChooseRoundValueTicks()
    {
        // range 0 … 97: raw step 19.4 → 20; ticks 0 … 100
        assertThat(SvgChart.valueTicks(0, 97)).containsExactly(new double[]{ 0, 20, 40, 60, 80, 100 }, within(1e-9));
        // −12.5 … 0: raw step 2.5 → 2.5
        assertThat(SvgChart.valueTicks(-12.5, 0)).containsExactly(new double[]{ -12.5, -10, -7.5, -5, -2.5, 0 },
            within(1e-9));
        // a flat series still gets a range
        assertThat(SvgChart.valueTicks(100, 100).length).isGreaterThan(1);
    }

    @Test
    void shouldChooseCalendarTimeTicks()
    {
        // one day: 1 h and 3 h give 8 or more ticks; 6 h ticks 00:00 … 00:00
        final SvgChart.TimeTicks day = SvgChart.timeTicks(ReportJournal.time("2024-01-01T00:00:00Z"),
            ReportJournal.time("2024-01-02T00:00:00Z"));
        assertThat(day.labels()).containsExactly("01-01 00:00", "01-01 06:00", "01-01 12:00", "01-01 18:00",
            "01-02 00:00");
        // six years: yearly ticks
        final SvgChart.TimeTicks years = SvgChart.timeTicks(ReportJournal.time("2019-01-01T00:00:00Z"),
            ReportJournal.time("2025-01-01T00:00:00Z"));
        assertThat(years.labels()).containsExactly("2019", "2020", "2021", "2022", "2023", "2024", "2025");
    }
}
