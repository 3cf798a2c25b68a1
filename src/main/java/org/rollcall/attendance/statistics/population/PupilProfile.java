package org.rollcall.attendance.statistics.population;

import java.util.Objects;

/**
 * What a pupil is grouped by. Strings are the school's own values (year "R" or "7", form "7B",
 * gender "F"/"M", an ethnicity code); the flags are as recorded for the census.
 */
public record PupilProfile(
        String upn,
        String yearGroup,
        String form,
        String gender,
        boolean fsm,
        boolean disadvantaged,
        SenProvision sen,
        boolean eal,
        String ethnicity,
        boolean lookedAfter,
        boolean childInNeed) {

    public PupilProfile {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(yearGroup, "yearGroup");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(sen, "sen");
        Objects.requireNonNull(ethnicity, "ethnicity");
    }

    public static Builder builder(String upn) {
        return new Builder(upn);
    }

    /** Reads better than eleven positional arguments where only a few matter. */
    public static final class Builder {
        private final String upn;
        private String yearGroup = "";
        private String form = "";
        private String gender = "";
        private boolean fsm;
        private boolean disadvantaged;
        private SenProvision sen = SenProvision.NONE;
        private boolean eal;
        private String ethnicity = "";
        private boolean lookedAfter;
        private boolean childInNeed;

        private Builder(String upn) {
            this.upn = upn;
        }

        public Builder yearGroup(String v) {
            yearGroup = v;
            return this;
        }

        public Builder form(String v) {
            form = v;
            return this;
        }

        public Builder gender(String v) {
            gender = v;
            return this;
        }

        public Builder fsm(boolean v) {
            fsm = v;
            return this;
        }

        public Builder disadvantaged(boolean v) {
            disadvantaged = v;
            return this;
        }

        public Builder sen(SenProvision v) {
            sen = v;
            return this;
        }

        public Builder eal(boolean v) {
            eal = v;
            return this;
        }

        public Builder ethnicity(String v) {
            ethnicity = v;
            return this;
        }

        public Builder lookedAfter(boolean v) {
            lookedAfter = v;
            return this;
        }

        public Builder childInNeed(boolean v) {
            childInNeed = v;
            return this;
        }

        public PupilProfile build() {
            return new PupilProfile(
                    upn, yearGroup, form, gender, fsm, disadvantaged, sen, eal, ethnicity, lookedAfter, childInNeed);
        }
    }
}
