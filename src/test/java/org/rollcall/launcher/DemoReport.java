package org.rollcall.launcher;

/** What the Run command prints once the demo school is loaded and its governor pack archived. */
final class DemoReport {
    private DemoReport() {
    }

    static void print(DemoLoader.Outcome demo, String baseUrl) {
        Launcher.say("Demo school: " + demo.schoolName() + " (URN " + demo.urn() + "), " + demo.window());
        Launcher.say("Attendance " + demo.attendanceRate() + "% (GET " + baseUrl + "/api/schools/" + demo.urn()
                + "/attendance?" + demo.query() + ")");
        Launcher.say("Governor pack: document " + demo.documentId() + ", SHA-256 " + demo.sha256());
        Launcher.say("  archived at " + demo.archivedAt());
        Launcher.say("  copy saved as " + demo.savedPdf());
        Launcher.say("  run status: " + demo.runMessage());
    }
}
