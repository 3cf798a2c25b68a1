package org.rollcall.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which table cells the governor pack sets to the right (figures) and which to the left (words). */
class PackLineFiguresTest {

    @Test
    void figuresWithTheirSignsAndUnitsAndTheDashOfAHiddenFigureAreFigures() {
        for (String figure : new String[] {"95.50%", "12", "1,234", "+1.00 pts", "-0.50 pts", "−2.5%", "–", "0"}) {
            assertTrue(PackLine.isFigure(figure), figure);
        }
    }

    @Test
    void wordsDatesAndMixedCellsAreNot() {
        for (String words : new String[] {
            "Amber", "Partly in place: developing", "fewer than 5", "up 2 (was 6)", "12 March 2026", "1.2b", "", null
        }) {
            assertFalse(PackLine.isFigure(words), String.valueOf(words));
        }
    }
}
