package org.rollcall.attendance.policy;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** The few conversions the stores share: optional percentages in and out of DECIMAL columns. */
final class Jdbc {

    private Jdbc() {}

    static Optional<BigDecimal> percent(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getBigDecimal(column));
    }

    static void setPercent(PreparedStatement s, int index, Optional<BigDecimal> value) throws SQLException {
        if (value.isPresent()) {
            s.setBigDecimal(index, value.get());
        } else {
            s.setNull(index, Types.DECIMAL);
        }
    }
}
