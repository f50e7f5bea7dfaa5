package org.riparian.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Property(tries = 5000)
    void writesEveryMillisecondAsInstantDoes(@ForAll @LongRange(min = -62_135_596_800_000L, max = 253_402_300_799_999L) long epochMs) {
        assertThat(Times.format(epochMs)).isEqualTo(Instant.ofEpochMilli(epochMs).toString());
    }

    @Property(tries = 500)
    void yearsBeyondFourDigitsStillRoundTrip(@ForAll long epochMs) {
        assertThat(Times.format(epochMs)).isEqualTo(Instant.ofEpochMilli(epochMs).toString());
    }

    @Test
    void secondsAlwaysMillisecondsWhenNotZero() {
        assertThat(Times.format(0)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(Times.format(-1)).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(Times.format(Instant.parse("2026-07-11T06:30:05.040Z").toEpochMilli())).isEqualTo("2026-07-11T06:30:05.040Z");
        assertThat(Times.format(Instant.parse("0001-01-01T00:00:00Z").toEpochMilli())).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(Times.format(Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli())).isEqualTo("9999-12-31T23:59:59.999Z");
        assertThat(Times.formatInterval(0, 86_400_000)).isEqualTo("1970-01-01T00:00:00Z/1970-01-02T00:00:00Z");
    }
}
