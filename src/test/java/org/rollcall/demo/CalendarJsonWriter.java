package org.rollcall.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.rollcall.demo.DemoCalendar.AcademicYear;
import org.rollcall.demo.DemoCalendar.Closure;
import org.rollcall.demo.DemoCalendar.Term;

/**
 * Writes a {@link DemoCalendar} as the JSON the server's calendar endpoint takes.
 *
 * <pre>
 * {"academicYears": [
 *   {"name": "2024/25", "start": "2024-09-01", "end": "2025-08-31",
 *    "terms": [{"name": "Autumn", "start": "2024-09-02", "end": "2024-12-20",
 *               "halfTerm": {"start": "2024-10-28", "end": "2024-11-01"}}, ...],
 *    "closures": [{"date": "2024-09-02", "kind": "INSET", "description": "Staff training day"}, ...]}
 * ]}
 * </pre>
 * Dates are ISO {@code YYYY-MM-DD}; {@code kind} is INSET, BANK_HOLIDAY or PLANNED. Written by hand
 * because the values are dates, fixed words and our own descriptions: nothing needs escaping beyond
 * quotes and backslashes, and no JSON library is on the plain classpath.
 */
final class CalendarJsonWriter {

    private CalendarJsonWriter() {}

    static void write(DemoCalendar calendar, Writer out) throws IOException {
        out.write("{\n  \"academicYears\": [");
        Iterator<AcademicYear> years = calendar.academicYears().iterator();
        while (years.hasNext()) {
            AcademicYear y = years.next();
            out.write("\n    {\"name\": " + str(y.name()) + ", \"start\": " + str(y.start()) + ", \"end\": "
                    + str(y.end()) + ",\n     \"terms\": [");
            Iterator<Term> terms = y.terms().iterator();
            while (terms.hasNext()) {
                Term t = terms.next();
                out.write("\n       {\"name\": " + str(t.name()) + ", \"start\": " + str(t.start()) + ", \"end\": "
                        + str(t.end()) + ", \"halfTerm\": {\"start\": " + str(t.halfTermStart()) + ", \"end\": "
                        + str(t.halfTermEnd()) + "}}" + (terms.hasNext() ? "," : ""));
            }
            out.write("],\n     \"closures\": [");
            Iterator<Closure> closures = y.closures().iterator();
            while (closures.hasNext()) {
                Closure c = closures.next();
                out.write("\n       {\"date\": " + str(c.date()) + ", \"kind\": "
                        + str(c.kind().name()) + ", \"description\": " + str(c.description()) + "}"
                        + (closures.hasNext() ? "," : ""));
            }
            out.write("]}" + (years.hasNext() ? "," : ""));
        }
        out.write("\n  ]\n}\n");
    }

    private static String str(Object value) {
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
