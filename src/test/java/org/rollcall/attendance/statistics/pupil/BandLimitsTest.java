package org.rollcall.attendance.statistics.pupil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rollcall.attendance.statistics.pupil.Band.AT_RISK;
import static org.rollcall.attendance.statistics.pupil.Band.EARLY_CONCERN;
import static org.rollcall.attendance.statistics.pupil.Band.EXCELLENT;
import static org.rollcall.attendance.statistics.pupil.Band.HIGH_RISK;
import static org.rollcall.attendance.statistics.pupil.Band.PERSISTENT_ABSENCE;
import static org.rollcall.attendance.statistics.pupil.Band.SERIOUS_CONCERN;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which band a pupil exactly on, just above and just below each default limit falls in. */
class BandLimitsTest {

    @ParameterizedTest(name = "{0} of 1000 sessions -> {1}")
    @CsvSource({
        "1000, EXCELLENT",
        "970, EXCELLENT", // 97.0% is in the top band
        "969, EARLY_CONCERN",
        "950, EARLY_CONCERN", // 95.0% belongs above the limit
        "949, AT_RISK",
        "920, AT_RISK", // 92.0% belongs above the limit
        "919, HIGH_RISK",
        "901, HIGH_RISK", // 90.1% is not PA
        "900, PERSISTENT_ABSENCE", // 90.0% is PA
        "851, PERSISTENT_ABSENCE",
        "850, SERIOUS_CONCERN", // "at 85% or below"
        "0, SERIOUS_CONCERN"
    })
    void defaultLimits(long attended, Band expected) {
        assertEquals(Optional.of(expected), BandLimits.DEFAULT.bandOf(attended, 1000));
    }

    @Test
    void noPossibleSessionMeansNoBand() {
        assertEquals(Optional.empty(), BandLimits.DEFAULT.bandOf(0, 0));
    }

    @Test
    void aSchoolCanSetItsOwnLimits() {
        BandLimits own = new BandLimits(
                new BigDecimal("98"),
                new BigDecimal("96"),
                new BigDecimal("93"),
                new BigDecimal("90"),
                new BigDecimal("80"));
        assertEquals(Optional.of(EARLY_CONCERN), own.bandOf(97, 100));
        assertEquals(Optional.of(AT_RISK), own.bandOf(95, 100));
        assertEquals(Optional.of(PERSISTENT_ABSENCE), own.bandOf(85, 100));
        assertEquals(Optional.of(EXCELLENT), own.bandOf(98, 100));
        assertEquals(Optional.of(HIGH_RISK), own.bandOf(91, 100));
        assertEquals(Optional.of(SERIOUS_CONCERN), own.bandOf(80, 100));
    }

    @Test
    void limitsMustDecrease() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new BandLimits(
                        new BigDecimal("97"),
                        new BigDecimal("95"),
                        new BigDecimal("95"),
                        new BigDecimal("90"),
                        new BigDecimal("85")));
        assertThrows(
                IllegalArgumentException.class,
                () -> new BandLimits(
                        new BigDecimal("101"),
                        new BigDecimal("95"),
                        new BigDecimal("92"),
                        new BigDecimal("90"),
                        new BigDecimal("85")));
    }
}
