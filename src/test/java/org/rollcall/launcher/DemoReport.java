package org.rollcall.launcher;

/** What the Run command prints once the demo school is loaded and its documents made: where each is and how to open it. */
final class DemoReport {
    private static final int SHOWN = 4;

    private DemoReport() {}

    static void print(DemoLoader.Outcome demo, String baseUrl) {
        Launcher.say("Demo school: " + demo.schoolName() + " (URN " + demo.urn() + "), " + demo.window());
        Launcher.say("Attendance " + demo.attendanceRate() + "% (GET " + baseUrl + "/api/schools/" + demo.urn()
                + "/attendance?" + demo.query() + ")");
        Launcher.say(
                "Documents for the current term (open a PDF with any PDF reader, e.g. xdg-open FILE; the .docx with"
                        + " Word or LibreOffice; or download them logged in as admin):");
        for (DemoDocuments.Family f : demo.documents().families()) {
            Launcher.say("  " + f.name() + ": " + (f.madeNow() ? "made now" : "kept from an earlier start")
                    + (f.note().isBlank() ? "" : " (" + f.note() + ")"));
            f.files().stream().limit(SHOWN).forEach(file -> Launcher.say("    " + file.toAbsolutePath()));
            f.urls().stream().limit(SHOWN).forEach(url -> Launcher.say("    GET " + baseUrl + "/api/" + url));
            if (f.urls().size() > SHOWN) {
                Launcher.say("    ... and " + (f.urls().size() - SHOWN) + " more (GET " + baseUrl
                        + "/api/documents?urn=" + demo.urn() + ")");
            }
        }
    }
}
