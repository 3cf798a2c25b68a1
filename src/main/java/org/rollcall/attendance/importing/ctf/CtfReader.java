package org.rollcall.attendance.importing.ctf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a DfE Common Transfer File one pupil at a time, so a file of any size costs the memory of
 * one pupil.
 *
 * <p>What it reads: {@code CTfile/Header} (document name, {@code CTFversion}, source and
 * destination school) and, for each {@code CTFpupilData/Pupil}: {@code UPN}, {@code Surname},
 * {@code Forename}, {@code DOB}, {@code Sex} (CTF 25) or {@code Gender} (earlier),
 * {@code BasicDetails/NCyearActual} and {@code Ethnicity}, and every
 * {@code Attendance/YearData} with {@code Year}, {@code LEA}, {@code Estab}, {@code SchoolName},
 * {@code SessionsPossible}, {@code SessionsAuthorised}, {@code SessionsAttended},
 * {@code SessionsUnauthorised} and {@code AttendSessions/AttendanceStartDate} and
 * {@code AttendanceMarks} ({@code AttendanceSessions} is accepted for the same block). Other
 * elements are skipped.
 *
 * <p>Safety: DTDs and external entities are refused (a DOCTYPE is an error, not ignored), and the
 * file's size, element depth and text length are limited by {@link CtfLimits}. A file that breaks
 * those rules or is not well-formed raises a {@link CtfException} with line and column: nothing
 * from it should be kept. Problems inside one pupil (a bad date, a missing UPN) are listed in the
 * result and that pupil is not passed on; the rest of the file is still read so every problem is
 * reported at once.
 */
public final class CtfReader {

    private static final String PUPIL = "CTfile/CTFpupilData/Pupil";
    private static final String YEAR_DATA = PUPIL + "/Attendance/YearData";

    private final CtfLimits limits;
    private final MarksStringExpander expander;
    private final XMLInputFactory factory;

    public CtfReader() {
        this(CtfLimits.DEFAULT, MarksLayout.EVERY_DAY);
    }

    public CtfReader(CtfLimits limits, MarksLayout layout) {
        this.limits = limits;
        this.expander = new MarksStringExpander(layout);
        this.factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    }

    /** What a read found: the header, how many pupils were passed on, and every problem (up to the cap). */
    public record Result(Optional<CtfHeader> header, int pupils, List<CtfProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /** Reads a file, refusing it before parsing if it is over the size limit. */
    public Result read(Path file, Consumer<CtfPupil> pupils) throws CtfException {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw tooBig(name);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, pupils);
            }
        } catch (IOException e) {
            throw new CtfException(new CtfProblem(name, 0, 0, "file", "", "could not be read: " + e.getMessage()), e);
        }
    }

    /** Reads a stream (e.g. an upload), stopping as soon as it passes the size limit. */
    public Result read(InputStream in, String fileName, Consumer<CtfPupil> pupils) throws CtfException {
        Run run = new Run(fileName, pupils);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new CtfSizeLimit(in, limits.maxBytes()));
            run.consume(xml);
            return new Result(run.header, run.passed, run.problems);
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof CtfSizeLimit.Exceeded
                    || e.getNestedException() instanceof CtfSizeLimit.Exceeded) {
                throw tooBig(fileName);
            }
            Location at = e.getLocation();
            String reason = e.getMessage() == null
                    ? "not well-formed XML"
                    : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "");
            throw new CtfException(
                    new CtfProblem(
                            fileName,
                            at == null ? 0 : at.getLineNumber(),
                            at == null ? 0 : at.getColumnNumber(),
                            "file",
                            "",
                            "not well-formed XML: " + reason),
                    e);
        } finally {
            close(xml);
        }
    }

    private CtfException tooBig(String fileName) {
        return new CtfException(new CtfProblem(
                fileName, 0, 0, "file", "", "the file is larger than the limit of " + limits.maxBytes() + " bytes"));
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Closing after a failure: the first error is the one worth reporting.
            }
        }
    }

    /** The state of one read. */
    private final class Run {
        private final String file;
        private final Consumer<CtfPupil> sink;
        private final Deque<String> path = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final Map<String, String> headerFields = new HashMap<>();
        private final List<CtfProblem> problems = new ArrayList<>();
        private Optional<CtfHeader> header = Optional.empty();
        private PupilBuilder pupil;
        private XMLStreamReader xml;
        private int passed;

        Run(String file, Consumer<CtfPupil> sink) {
            this.file = file;
            this.sink = sink;
        }

        void consume(XMLStreamReader reader) throws XMLStreamException, CtfException {
            this.xml = reader;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.DTD -> throw fatal(
                            "DOCTYPE", "a CTF must not contain a DOCTYPE (DTDs are refused)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw fatal(
                            xml.getLocalName(), "entity references are refused");
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> characters();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {}
                }
            }
            if (header.isEmpty() && !headerFields.isEmpty()) {
                header = Optional.of(buildHeader());
            }
        }

        private void start() throws CtfException {
            path.addLast(xml.getLocalName());
            if (path.size() > limits.maxDepth()) {
                throw fatal(xml.getLocalName(), "elements nest deeper than the limit of " + limits.maxDepth());
            }
            if (path.size() == 1 && !xml.getLocalName().equals("CTfile")) {
                throw fatal(xml.getLocalName(), "the root element must be CTfile");
            }
            text.setLength(0);
            String at = joined();
            if (at.equals(PUPIL)) {
                pupil = new PupilBuilder(xml.getLocation().getLineNumber());
            } else if (at.equals(YEAR_DATA) && pupil != null) {
                pupil.startYear();
            } else if (at.equals("CTfile/CTFpupilData") && header.isEmpty()) {
                header = Optional.of(buildHeader());
            }
        }

        private void characters() throws CtfException {
            if (text.length() + xml.getTextLength() > limits.maxTextLength()) {
                throw fatal(
                        path.isEmpty() ? "file" : path.peekLast(),
                        "text longer than the limit of " + limits.maxTextLength() + " characters");
            }
            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }

        private void end() {
            String at = joined();
            String value = text.toString().trim();
            String name = path.peekLast();
            if (at.startsWith("CTfile/Header/")) {
                headerFields.put(at.substring("CTfile/Header/".length()), value);
            } else if (at.equals(YEAR_DATA) && pupil != null) {
                pupil.endYear(expander, this::report);
            } else if (at.equals(PUPIL) && pupil != null) {
                pupil.build(this::report).ifPresent(p -> {
                    passed++;
                    sink.accept(p);
                });
                pupil = null;
            } else if (pupil != null && isPupilField(at)) {
                pupil.field(name, value);
            }
            text.setLength(0);
            path.removeLast();
        }

        private boolean isPupilField(String at) {
            return at.equals(PUPIL + "/UPN")
                    || at.equals(PUPIL + "/Surname")
                    || at.equals(PUPIL + "/Forename")
                    || at.equals(PUPIL + "/DOB")
                    || at.equals(PUPIL + "/Sex")
                    || at.equals(PUPIL + "/Gender")
                    || at.equals(PUPIL + "/BasicDetails/NCyearActual")
                    || at.equals(PUPIL + "/BasicDetails/Ethnicity")
                    || at.startsWith(YEAR_DATA + "/")
                            && (at.indexOf('/', YEAR_DATA.length() + 1) < 0
                                    || at.startsWith(YEAR_DATA + "/AttendSessions/")
                                    || at.startsWith(YEAR_DATA + "/AttendanceSessions/"));
        }

        private CtfHeader buildHeader() {
            Map<String, String> h = headerFields;
            return new CtfHeader(
                    h.getOrDefault("DocumentName", ""),
                    h.getOrDefault("CTFversion", h.getOrDefault("CTFVersion", "")),
                    opt("DateTime"),
                    opt("SourceSchool/LEA"),
                    opt("SourceSchool/Estab"),
                    opt("SourceSchool/URN"),
                    opt("SourceSchool/SchoolName"),
                    opt("SourceSchool/AcademicYear"),
                    opt("DestSchool/LEA"),
                    opt("DestSchool/Estab"));
        }

        private Optional<String> opt(String key) {
            return Optional.ofNullable(headerFields.get(key)).filter(s -> !s.isEmpty());
        }

        private void report(String field, String value, String reason) {
            if (problems.size() < limits.maxProblems()) {
                Location at = xml.getLocation();
                problems.add(new CtfProblem(
                        file,
                        pupil == null ? at.getLineNumber() : pupil.line,
                        pupil == null ? at.getColumnNumber() : 0,
                        field,
                        value,
                        reason + (pupil == null ? "" : " (pupil starting on line " + pupil.line + ")")));
            }
        }

        private CtfException fatal(String field, String reason) {
            Location at = xml.getLocation();
            return new CtfException(new CtfProblem(file, at.getLineNumber(), at.getColumnNumber(), field, "", reason));
        }

        private String joined() {
            return String.join("/", path);
        }
    }
}
