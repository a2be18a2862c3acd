package com.tradefinder.tools.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatTest
{
    @Test
    void shouldFormatNumbersWithSeparatorsAndATrueMinus()
    {
        assertThat(Format.money(12_345.678)).isEqualTo("12,345.68");
        assertThat(Format.money(-3.1)).isEqualTo("−3.10");
        assertThat(Format.money(-0.001)).isEqualTo("0.00");
        assertThat(Format.percent(0.0512)).isEqualTo("5.12 %");
        assertThat(Format.percent(Double.NaN)).isEqualTo("–");
        assertThat(Format.number(Double.POSITIVE_INFINITY, 2)).isEqualTo("∞");
        assertThat(Format.number(Double.NEGATIVE_INFINITY, 2)).isEqualTo("−∞");
    }

    @Test
    void shouldFormatCompactAxisLabels()
    {
        assertThat(Format.compact(1_250_000)).isEqualTo("1.25M");
        assertThat(Format.compact(35_000)).isEqualTo("35k");
        assertThat(Format.compact(950)).isEqualTo("950");
        assertThat(Format.compact(0.25)).isEqualTo("0.25");
        assertThat(Format.compact(0)).isEqualTo("0");
    }

    @Test
    void shouldEscapeTextForHtmlAndSvg()
    {
        assertThat(Html.escape("<b>\"A&B\" 'c'</b>\u0007")).isEqualTo("&lt;b&gt;&quot;A&amp;B&quot; &#39;c&#39;&lt;/b&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }
}
