package org.rollcall.attendance;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the MIS says about a pupil: names, year and form, and the characteristics reports group by
 * (FSM, disadvantaged, SEN provision N/K/E, EAL, ethnicity, looked after, child in need, young carer).
 * Absent values are unknown, not false.
 */
public record PupilDetails(
        String surname,
        String forename,
        String yearGroup,
        String form,
        Optional<LocalDate> dob,
        Optional<String> gender,
        Optional<Boolean> fsm,
        Optional<Boolean> disadvantaged,
        Optional<String> sen,
        Optional<Boolean> eal,
        Optional<String> ethnicity,
        Optional<Boolean> lookedAfter,
        Optional<Boolean> childInNeed,
        Optional<Boolean> youngCarer) {}
