package org.rollcall.attendance.statistics.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rollcall.attendance.statistics.counting.Registers.attending;
import static org.rollcall.attendance.statistics.counting.Registers.tally;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.attendance.statistics.counting.CodeSessions;
import org.rollcall.attendance.statistics.counting.SessionTally;

class BottomAttendersTest {

    /** Twenty pupils at 100%, plus whoever the test adds. */
    private static Map<String, SessionTally> school() {
        Map<String, SessionTally> map = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            map.put(String.format("P%02d", i), attending(20, 20));
        }
        return map;
    }

    @Test
    void theBottomTenPercentComeWithTheirMainReasons() {
        Map<String, SessionTally> pupils = school();
        pupils.put("LOW1", tally("/*10 I*6 G*3 M")); // 50%
        pupils.put("LOW2", tally("/*16 N*4")); // 80%
        pupils.put("LOW3", tally("/*18 O*2")); // 90%
        pupils.put("NONE", tally("X*20")); // not measured
        // 23 measured pupils: 10% is 2.3, so the lowest 3
        List<BottomAttender> bottom = BottomAttenders.of(pupils);
        assertEquals(
                List.of("LOW1", "LOW2", "LOW3"),
                bottom.stream().map(BottomAttender::upn).toList());
        BottomAttender worst = bottom.get(0);
        assertEquals(new BigDecimal("50.00"), worst.attendanceRate());
        assertEquals(
                List.of("I", "G", "M"),
                worst.mainReasons().stream().map(CodeSessions::code).toList());
        assertEquals(6, worst.mainReasons().get(0).sessions());
    }

    @Test
    void pupilsTiedAtTheCutAreAllIncluded() {
        Map<String, SessionTally> pupils = school();
        pupils.put("LOW1", attending(10, 20));
        pupils.put("LOW2", attending(16, 20));
        pupils.put("TIE1", attending(19, 20));
        pupils.put("TIE2", attending(38, 40)); // also 95%
        // 24 pupils: 10% is 2.4, so 3 to take, and the third is tied with the fourth
        List<BottomAttender> bottom = BottomAttenders.of(pupils);
        assertEquals(
                List.of("LOW1", "LOW2", "TIE1", "TIE2"),
                bottom.stream().map(BottomAttender::upn).toList());
        assertEquals(2, BottomAttenders.of(pupils, 5, 3).size(), "5% of 24 is 1.2, so 2 (LOW1, LOW2), none tied");
    }
}
